#include "integrations/DiscordRelay.h"

#include "ServerContext.h"
#include "ServerLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <cmath>

namespace dnd::server {

namespace {
// No wait Discord asks for, nor any backoff, is taken as longer than this.
constexpr qint64 kLongestWaitMs = 60'000;
constexpr int kTransferTimeoutMs = 15'000;
// A party's encounters read per write, at most.
constexpr int kEncountersPerParty = 200;

qint64 secondsToMs(double seconds)
{
    if (!std::isfinite(seconds) || seconds <= 0)
        return 0;
    return std::min<qint64>(kLongestWaitMs, qint64(std::ceil(seconds * 1000.0)));
}
QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
// Discord's own words about a refusal ({"message": "Unknown Webhook", "code": 10015}); they hold
// nothing secret.
QString discordMessage(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString().left(200);
}
} // namespace

DiscordRelay::DiscordRelay(ServerContext& context, QObject* parent)
    : QObject(parent), m_ctx(context),
      m_secrets(context.config.jwtSecret, QByteArrayLiteral("dnd-tracker discord webhook url v1"))
{
    m_clock.start();
    m_processTimer.setSingleShot(true);
    m_processTimer.setInterval(0);
    connect(&m_processTimer, &QTimer::timeout, this, &DiscordRelay::processAccounts);
}

DiscordRelay::~DiscordRelay()
{
    // Replies still running are aborted with the access manager; nobody waits for them now.
    for (const auto& channel : std::as_const(m_channels))
        channel->timer.stop();
}

QByteArray DiscordRelay::sealBinding(const QString& linkId, const QString& account)
{
    return (QStringLiteral("discord-link:") + linkId + QLatin1Char('/') + account).toUtf8();
}

void DiscordRelay::accountWritten(const QString& account)
{
    m_pendingAccounts.insert(account);
    m_processTimer.start();
}

void DiscordRelay::processAccounts()
{
    const QSet<QString> accounts = std::exchange(m_pendingAccounts, {});
    for (const QString& account : accounts)
        processAccount(account);
}

Result<QList<QJsonObject>> DiscordRelay::linkedEncounters(const QString& account, const QString& encounterId,
                                                          const QString& partyId)
{
    QList<QJsonObject> encounters;
    if (!encounterId.isEmpty()) {
        Result<std::optional<QJsonObject>> encounter =
            m_ctx.entities->encounterWithParticipants(account, encounterId);
        if (!encounter)
            return encounter.error();
        if (encounter.value())
            encounters.append(*encounter.value());
        return encounters;
    }
    Result<QList<EntityRow>> rows = m_ctx.entities->list(account, QStringLiteral("encounter"), {}, {},
                                                         PageRequest{1, kEncountersPerParty});
    if (!rows)
        return rows.error();
    for (const EntityRow& row : rows.value()) {
        if (row.doc.value(QStringLiteral("partyId")).toString() != partyId)
            continue;
        Result<QJsonObject> encounter = m_ctx.entities->encounterWithParticipants(account, row);
        if (!encounter)
            return encounter.error();
        encounters.append(encounter.value());
    }
    return encounters;
}

Status DiscordRelay::recordStartingViews(const QString& linkId, const QString& account,
                                         const QString& encounterId, const QString& partyId)
{
    Result<QList<QJsonObject>> encounters = linkedEncounters(account, encounterId, partyId);
    if (!encounters)
        return encounters.error();
    for (const QJsonObject& encounter : encounters.value()) {
        const PublicEncounterView view = publicView(encounter, CharacterHpShown::Words);
        Result<int> stored = m_ctx.db->run(
            QStringLiteral(
                "INSERT INTO discord_views (link_id, account_id, encounter_id, view) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (link_id, encounter_id) DO NOTHING"),
            {linkId, account, view.encounterId, compact(view.toJson())});
        if (!stored)
            return stored.error();
    }
    return Status::success();
}

Result<bool> DiscordRelay::claimView(const QString& linkId, const QString& account,
                                     const QString& encounterId, const std::optional<QString>& storedJson,
                                     const QString& viewJson)
{
    // Compare-and-set: of several processes that read the same stored view, one moves it on.
    Result<int> changed =
        storedJson
            ? m_ctx.db->run(QStringLiteral("UPDATE discord_views SET view = ? WHERE link_id = ? AND "
                                           "encounter_id = ? AND view = ?"),
                            {viewJson, linkId, encounterId, *storedJson})
            : m_ctx.db->run(QStringLiteral("INSERT INTO discord_views (link_id, account_id, encounter_id, "
                                           "view) VALUES (?, ?, ?, ?) ON CONFLICT (link_id, encounter_id) "
                                           "DO NOTHING"),
                            {linkId, account, encounterId, viewJson});
    if (!changed)
        return changed.error();
    return changed.value() == 1;
}

void DiscordRelay::processAccount(const QString& account)
{
    Result<QList<Row>> links = m_ctx.db->all(
        QStringLiteral(
            "SELECT id, encounter_id, party_id, url_ciphertext FROM discord_links WHERE account_id = ? "
            "ORDER BY created_at, id"),
        {account});
    if (!links || links.value().isEmpty()) {
        if (!links)
            log::event(lcServerLive, QtWarningMsg, "discord_read_failed", {},
                       {{"error", links.error().message}});
        return;
    }
    // A plan without the live view (after a downgrade) posts nothing; the links stay for later.
    Result<std::optional<AuthUser>> user = m_ctx.loadUser(account);
    if (!user || !user.value() || !m_ctx.planFor(user.value()->tier).liveView)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Row& link : links.value()) {
        const QString linkId = link.value(QStringLiteral("id")).toString();
        Result<QList<QJsonObject>> encounters =
            linkedEncounters(account, link.value(QStringLiteral("encounter_id")).toString(),
                             link.value(QStringLiteral("party_id")).toString());
        if (!encounters)
            continue; // the next write reads them again; the stored views are still the last posted
        for (const QJsonObject& encounter : encounters.value()) {
            const PublicEncounterView after = publicView(encounter, CharacterHpShown::Words);
            Result<std::optional<Row>> stored = m_ctx.db->one(
                QStringLiteral("SELECT view FROM discord_views WHERE link_id = ? AND encounter_id = ?"),
                {linkId, after.encounterId});
            if (!stored)
                break;
            std::optional<QString> storedJson;
            PublicEncounterView before;
            if (stored.value()) {
                storedJson = stored.value()->value(QStringLiteral("view")).toString();
                before =
                    PublicEncounterView::fromJson(QJsonDocument::fromJson(storedJson->toUtf8()).object());
            } else if (!after.inCombat) {
                continue; // nothing posted about it yet, and no fight to tell
            }
            if (stored.value() && before == after)
                continue;
            Result<bool> claimed =
                claimView(linkId, account, after.encounterId, storedJson, compact(after.toJson()));
            if (!claimed || !claimed.value())
                continue;
            const QList<DiscordPost> posts = discordPostsBetween(before, after, now);
            if (posts.isEmpty())
                continue;
            const std::optional<QByteArray> url = m_secrets.open(
                link.value(QStringLiteral("url_ciphertext")).toString(), sealBinding(linkId, account));
            const std::optional<DiscordWebhook> webhook =
                url ? DiscordWebhook::parse(QString::fromUtf8(*url)) : std::nullopt;
            if (!webhook) {
                record(
                    linkId, QStringLiteral("failed"),
                    tr("The webhook URL cannot be read with this service's secret; link the channel again."),
                    0, 0);
                break;
            }
            for (const DiscordPost& post : posts)
                send(linkId, account, *webhook, post);
        }
    }
}

void DiscordRelay::send(const QString& linkId, const QString& account, const DiscordWebhook& webhook,
                        const DiscordPost& post, Done done)
{
    std::shared_ptr<Channel>& slot = m_channels[linkId];
    if (!slot) {
        slot = std::make_shared<Channel>();
        slot->timer.setSingleShot(true);
        connect(&slot->timer, &QTimer::timeout, this, [this, linkId] { pump(linkId); });
    }
    Channel& channel = *slot;
    channel.account = account;
    channel.url = webhook.executeUrl(m_ctx.config.discordApiBase);
    const qsizetype firstWaiting = channel.busy ? 1 : 0;
    // A turn nobody has seen yet is stale once the next one is due: a DM clicking through turns
    // fast gets the turn that matters, not a backlog.
    if (post.kind == DiscordPost::Kind::Turn) {
        for (qsizetype i = channel.queue.size() - 1; i >= firstWaiting; --i) {
            if (channel.queue[i].post.kind == DiscordPost::Kind::Turn &&
                channel.queue[i].post.encounterId == post.encounterId) {
                if (channel.queue[i].done)
                    channel.queue[i].done(Outcome{false, 0, tr("Replaced by a newer turn.")});
                channel.queue.removeAt(i);
            }
        }
    }
    if (channel.queue.size() >= kMaxQueuedPerLink && channel.queue.size() > firstWaiting) {
        Outgoing dropped = channel.queue.takeAt(firstWaiting);
        if (dropped.done)
            dropped.done(Outcome{false, 0, tr("Too many messages waiting for this channel.")});
        log::event(lcServerLive, QtWarningMsg, "discord_dropped", {}, {{"linkId", linkId}});
    }
    channel.queue.append(
        Outgoing{post, QJsonDocument(post.body).toJson(QJsonDocument::Compact), std::move(done)});
    pump(linkId);
}

void DiscordRelay::forget(const QString& linkId)
{
    std::shared_ptr<Channel> channel = m_channels.take(linkId);
    if (!channel)
        return;
    channel->timer.stop();
    for (Outgoing& outgoing : channel->queue) {
        if (outgoing.done)
            outgoing.done(Outcome{false, 0, tr("The link was removed.")});
    }
}

void DiscordRelay::waitThenPump(const QString& linkId, Channel& channel, qint64 waitMs)
{
    channel.notBeforeMs = std::max(channel.notBeforeMs, m_clock.elapsed() + waitMs);
    pump(linkId);
}

void DiscordRelay::pump(const QString& linkId)
{
    const std::shared_ptr<Channel> slot = m_channels.value(linkId);
    if (!slot)
        return;
    Channel& channel = *slot;
    if (channel.busy)
        return;
    if (channel.queue.isEmpty()) {
        // Idle: the decrypted URL is not kept in memory longer than it is needed.
        if (channel.notBeforeMs <= m_clock.elapsed())
            m_channels.remove(linkId);
        return;
    }
    const qint64 wait = channel.notBeforeMs - m_clock.elapsed();
    if (wait > 0) {
        channel.timer.start(int(wait));
        return;
    }
    // A link removed through another process, or with messages still queued here, posts nothing more.
    Result<std::optional<Row>> exists =
        m_ctx.db->one(QStringLiteral("SELECT id FROM discord_links WHERE id = ?"), {linkId});
    if (exists && !exists.value())
        return forget(linkId);
    channel.busy = true;
    ++channel.attempts;
    QNetworkRequest request(channel.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("User-Agent", "dnd-tracker-server");
    request.setTransferTimeout(kTransferTimeoutMs);
    QNetworkReply* reply = m_network.post(request, channel.queue.first().json);
    connect(reply, &QNetworkReply::finished, this, [this, linkId, reply] { finished(linkId, reply); });
}

void DiscordRelay::finished(const QString& linkId, QNetworkReply* reply)
{
    reply->deleteLater();
    const std::shared_ptr<Channel> slot = m_channels.value(linkId);
    if (!slot)
        return; // forgotten meanwhile
    Channel& channel = *slot;
    channel.busy = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    // The bucket's own budget: when it is spent, the next message waits for its reset.
    if (reply->rawHeader("X-RateLimit-Remaining") == "0") {
        const qint64 resetMs = secondsToMs(reply->rawHeader("X-RateLimit-Reset-After").toDouble());
        if (resetMs > 0) {
            channel.notBeforeMs = std::max(channel.notBeforeMs, m_clock.elapsed() + resetMs);
            record(linkId, {}, {}, resetMs, 0);
        }
    }
    if (status >= 200 && status < 300)
        return complete(linkId, channel, Outcome{true, status, {}});
    const int attempt = channel.attempts;
    const bool lastAttempt = attempt >= m_ctx.config.discordMaxAttempts;
    if (status == 429) {
        // Discord's body says how long in seconds (a fraction); the header is the fallback.
        double seconds =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("retry_after")).toDouble();
        if (seconds <= 0)
            seconds = reply->rawHeader("Retry-After").toDouble();
        const qint64 waitMs = std::max<qint64>(secondsToMs(seconds), 1);
        log::event(lcServerLive, QtInfoMsg, "discord_rate_limited", {},
                   {{"linkId", linkId}, {"waitMs", waitMs}, {"attempt", attempt}});
        if (lastAttempt)
            return complete(linkId, channel,
                            Outcome{false, status,
                                    tr("Discord kept asking to slow down; the message was dropped "
                                       "after %1 attempts.")
                                        .arg(attempt)});
        record(linkId, QStringLiteral("rate_limited"), {}, waitMs, 0);
        return waitThenPump(linkId, channel, waitMs);
    }
    const bool retryable = status == 0 || status >= 500;
    const QString error =
        status == 0 ? tr("Discord could not be reached (%1).").arg(reply->errorString())
                    : tr("Discord answered %1%2.")
                          .arg(status)
                          .arg(discordMessage(body).isEmpty() ? QString()
                                                              : QStringLiteral(": ") + discordMessage(body));
    log::event(lcServerLive, QtWarningMsg, "discord_post_failed", {},
               {{"linkId", linkId}, {"status", status}, {"attempt", attempt}});
    if (!retryable || lastAttempt)
        return complete(
            linkId, channel,
            Outcome{false, status,
                    retryable ? tr("%1 Gave up after %2 attempts.").arg(error).arg(attempt) : error});
    // 1x, 2x, 4x ... the base, capped.
    const qint64 backoff = std::min<qint64>(kLongestWaitMs, qint64(m_ctx.config.discordRetryBaseMs)
                                                                << std::min(attempt - 1, 16));
    record(linkId, QStringLiteral("retrying"), error, 0, 0);
    waitThenPump(linkId, channel, backoff);
}

void DiscordRelay::complete(const QString& linkId, Channel& channel, const Outcome& outcome)
{
    Outgoing done = channel.queue.takeFirst();
    channel.attempts = 0;
    if (outcome.delivered) {
        record(linkId, QStringLiteral("ok"), {}, -1, 1);
    } else {
        record(linkId, QStringLiteral("failed"), outcome.error, -1, 0);
        log::event(lcServerLive, QtWarningMsg, "discord_gave_up", {},
                   {{"linkId", linkId}, {"status", outcome.httpStatus}});
    }
    if (done.done)
        done.done(outcome);
    pump(linkId);
}

void DiscordRelay::record(const QString& linkId, const QString& status, const QString& error, qint64 waitMs,
                          int delivered)
{
    // The wait is written only when there is one (waitMs > 0); the last one recorded stays otherwise.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Result<int> written = 0;
    if (waitMs > 0)
        written = m_ctx.db->run(QStringLiteral("UPDATE discord_links SET last_wait_ms = ? WHERE id = ?"),
                                {waitMs, linkId});
    if (written && !status.isEmpty())
        written =
            m_ctx.db->run(QStringLiteral("UPDATE discord_links SET last_status = ?, last_error = ?, "
                                         "last_attempt_at = ?, delivered = delivered + ? WHERE id = ?"),
                          {status, error.isEmpty() ? QVariant() : QVariant(error), now, delivered, linkId});
    if (!written)
        log::event(lcServerLive, QtWarningMsg, "discord_status_not_saved", {},
                   {{"linkId", linkId}, {"error", written.error().message}});
}

} // namespace dnd::server
