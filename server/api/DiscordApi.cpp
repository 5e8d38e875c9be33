#include "api/DiscordApi.h"

#include "ApiErrorCodes.h"
#include "ServerLog.h"
#include "api/VerifiedEmail.h"
#include "auth/SecureRandom.h"
#include "integrations/DiscordRelay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DiscordApi", text);
}
const QString kTag = QStringLiteral("integrations");
const char* const kColumns = "id, encounter_id, party_id, url_masked, created_at, last_status, last_error, "
                             "last_attempt_at, last_wait_ms, delivered";

QJsonValue nullable(const QVariant& value)
{
    return value.isNull() || value.toString().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(value.toString());
}
// A link as the API shows it: never the webhook URL itself.
QJsonObject linkItem(const Row& row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.value(QStringLiteral("id")).toString()},
        {QStringLiteral("encounterId"), nullable(row.value(QStringLiteral("encounter_id")))},
        {QStringLiteral("partyId"), nullable(row.value(QStringLiteral("party_id")))},
        {QStringLiteral("webhook"), row.value(QStringLiteral("url_masked")).toString()},
        {QStringLiteral("createdAt"), row.value(QStringLiteral("created_at")).toString()},
        {QStringLiteral("status"), row.value(QStringLiteral("last_status")).toString()},
        {QStringLiteral("lastError"), nullable(row.value(QStringLiteral("last_error")))},
        {QStringLiteral("lastAttemptAt"), nullable(row.value(QStringLiteral("last_attempt_at")))},
        {QStringLiteral("lastWaitMs"), row.value(QStringLiteral("last_wait_ms")).toLongLong()},
        {QStringLiteral("delivered"), row.value(QStringLiteral("delivered")).toLongLong()}};
}
ApiReply linkNotFound()
{
    return ApiReply::error(api::kNotFound, tr("Discord link not found."));
}
} // namespace

void DiscordApi::registerRoutes(Router& router)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/v1/integrations/discord"), Access::User,
        RateClass::Standard,
        QStringLiteral("Discord channels linked to encounters or parties (webhook masked, last outcome)"),
        kTag, [this](ApiRequest& r) { return list(r); });
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/v1/integrations/discord"), Access::User,
        RateClass::Standard,
        QStringLiteral("Link a Discord webhook to an encounter or a party (paid tiers, confirmed email)"),
        kTag, [this](ApiRequest& r) { return create(r); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/api/v1/integrations/discord/:id"), Access::User,
               RateClass::Standard, QStringLiteral("Remove a Discord link; nothing more is posted"), kTag,
               [this](ApiRequest& r) { return remove(r); });
    Route test;
    test.method = QStringLiteral("POST");
    test.pattern = QStringLiteral("/api/v1/integrations/discord/:id/test");
    test.summary = QStringLiteral("Post a test message to the linked channel; answers how Discord took it");
    test.tag = kTag;
    test.handler = [this](ApiRequest& r, const Respond& respond) { sendTest(r, respond); };
    router.add(test);
}

std::optional<ApiReply> DiscordApi::refuseToPost(const AuthUser& user, const QString& action) const
{
    if (!m_ctx.planFor(user.tier).liveView) {
        const Plan* lifting = nullptr;
        for (const Plan& plan : m_ctx.plans.plans()) {
            if (plan.liveView && (!lifting || plan.rank < lifting->rank))
                lifting = &plan;
        }
        const QString name = lifting ? lifting->name : tr("a paid plan");
        return ApiReply::error(api::kTierRequired,
                               tr("Posting a fight to Discord needs the %1 plan or a bigger one.").arg(name),
                               {{QStringLiteral("feature"), QStringLiteral("discord")},
                                {QStringLiteral("requiredTier"), lifting ? lifting->tier : QString()}});
    }
    return refuseUnverified(user, action);
}

ApiReply DiscordApi::list(ApiRequest& request)
{
    Result<PageRequest> page = PageRequest::from(request.query);
    if (!page)
        return ApiReply::fromError(page.error());
    Result<std::optional<Row>> total = m_ctx.db->one(
        QStringLiteral("SELECT COUNT(*) AS n FROM discord_links WHERE account_id = ?"), {request.user->id});
    if (!total)
        return ApiReply::fromError(total.error());
    Result<QList<Row>> rows =
        m_ctx.db->all(QStringLiteral("SELECT %1 FROM discord_links WHERE account_id = ? "
                                     "ORDER BY created_at, id LIMIT ? OFFSET ?")
                          .arg(QLatin1String(kColumns)),
                      {request.user->id, page->limit, page->offset()});
    if (!rows)
        return ApiReply::fromError(rows.error());
    QJsonArray items;
    for (const Row& row : rows.value())
        items.append(linkItem(row));
    return ApiReply::ok(paginated(
        items, page.value(), total.value() ? total.value()->value(QStringLiteral("n")).toLongLong() : 0));
}

ApiReply DiscordApi::create(ApiRequest& request)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return ApiReply::fromError(body.error());
    if (std::optional<ApiReply> refused = refuseToPost(*request.user, tr("link a Discord channel")))
        return *refused;
    const QString account = request.user->id;
    const std::optional<DiscordWebhook> webhook =
        DiscordWebhook::parse(body.value().value(QStringLiteral("webhookUrl")).toString());
    const QString encounterId = body.value().value(QStringLiteral("encounterId")).toString();
    const QString partyId = body.value().value(QStringLiteral("partyId")).toString();
    QVariantMap invalid;
    if (!webhook)
        invalid.insert(QStringLiteral("webhookUrl"),
                       tr("must be a Discord webhook URL: https://discord.com/api/webhooks/<id>/<token>"));
    if (encounterId.isEmpty() == partyId.isEmpty())
        invalid.insert(encounterId.isEmpty() ? QStringLiteral("encounterId") : QStringLiteral("partyId"),
                       tr("name either an encounter or a party"));
    if (!invalid.isEmpty())
        return ApiReply::error(
            api::kValidationError,
            tr("Paste the webhook URL from the Discord channel's settings "
               "(Integrations > Webhooks > Copy Webhook URL) and name one encounter or party."),
            invalid);
    const QString kind = encounterId.isEmpty() ? QStringLiteral("party") : QStringLiteral("encounter");
    Result<std::optional<EntityRow>> target =
        m_ctx.entities->get(account, kind, encounterId.isEmpty() ? partyId : encounterId);
    if (!target)
        return ApiReply::fromError(target.error());
    if (!target.value())
        return ApiReply::error(api::kNotFound, kind == QLatin1String("party") ? tr("Party not found.")
                                                                              : tr("Encounter not found."));
    Result<std::optional<Row>> used = m_ctx.db->one(
        QStringLiteral("SELECT COUNT(*) AS n FROM discord_links WHERE account_id = ?"), {account});
    if (!used)
        return ApiReply::fromError(used.error());
    const qint64 count = used.value() ? used.value()->value(QStringLiteral("n")).toLongLong() : 0;
    if (count >= kMaxLinksPerAccount)
        return ApiReply::error(
            api::kLimitExceeded,
            tr("An account links at most %1 Discord channels; remove one first.").arg(kMaxLinksPerAccount),
            {{QStringLiteral("resource"), QStringLiteral("discordLinks")},
             {QStringLiteral("limit"), kMaxLinksPerAccount},
             {QStringLiteral("used"), count}});
    const QString id = secure::newId();
    const QString sealed =
        m_relay.secrets().seal(webhook->canonicalUrl().toUtf8(), DiscordRelay::sealBinding(id, account));
    if (sealed.isEmpty())
        return ApiReply::internal(
            Error::make(api::kInternal, QStringLiteral("sealing the webhook URL failed")));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Status stored = m_ctx.db->transaction([&]() -> Status {
        Result<int> inserted = m_ctx.db->run(
            QStringLiteral(
                "INSERT INTO discord_links (id, account_id, encounter_id, party_id, url_ciphertext, "
                "url_masked, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, account, encounterId.isEmpty() ? QVariant() : QVariant(encounterId),
             partyId.isEmpty() ? QVariant() : QVariant(partyId), sealed, webhook->masked(), now});
        if (!inserted)
            return inserted.error();
        return m_relay.recordStartingViews(id, account, encounterId, partyId);
    });
    if (!stored)
        return ApiReply::fromError(stored.error());
    log::event(lcServerLive, QtInfoMsg, "discord_linked", request.id, {{"linkId", id}, {"target", kind}});
    Result<std::optional<Row>> row = m_ctx.db->one(
        QStringLiteral("SELECT %1 FROM discord_links WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    if (!row || !row.value())
        return row ? linkNotFound() : ApiReply::fromError(row.error());
    return ApiReply::ok(linkItem(*row.value()), 201);
}

ApiReply DiscordApi::remove(ApiRequest& request)
{
    const QString id = request.param(0);
    Result<int> removed = 0;
    Status done = m_ctx.db->transaction([&]() -> Status {
        removed = m_ctx.db->run(QStringLiteral("DELETE FROM discord_links WHERE id = ? AND account_id = ?"),
                                {id, request.user->id});
        if (!removed)
            return removed.error();
        Result<int> views =
            m_ctx.db->run(QStringLiteral("DELETE FROM discord_views WHERE link_id = ? AND account_id = ?"),
                          {id, request.user->id});
        return views ? Status::success() : Status(views.error());
    });
    if (!done)
        return ApiReply::fromError(done.error());
    if (removed.value() == 0)
        return linkNotFound();
    m_relay.forget(id);
    log::event(lcServerLive, QtInfoMsg, "discord_unlinked", request.id, {{"linkId", id}});
    return ApiReply::ok(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}});
}

void DiscordApi::sendTest(ApiRequest& request, const Respond& respond)
{
    const QString account = request.user->id;
    Result<std::optional<Row>> row = m_ctx.db->one(
        QStringLiteral(
            "SELECT id, encounter_id, party_id, url_ciphertext FROM discord_links WHERE id = ? AND "
            "account_id = ?"),
        {request.param(0), account});
    if (!row)
        return respond(ApiReply::fromError(row.error()));
    if (!row.value())
        return respond(linkNotFound());
    if (std::optional<ApiReply> refused = refuseToPost(*request.user, tr("post to Discord")))
        return respond(*refused);
    const QString id = row.value()->value(QStringLiteral("id")).toString();
    const std::optional<QByteArray> url =
        m_relay.secrets().open(row.value()->value(QStringLiteral("url_ciphertext")).toString(),
                               DiscordRelay::sealBinding(id, account));
    const std::optional<DiscordWebhook> webhook =
        url ? DiscordWebhook::parse(QString::fromUtf8(*url)) : std::nullopt;
    if (!webhook)
        return respond(ApiReply::error(
            api::kConflict,
            tr("This link's webhook URL cannot be read any more; remove it and link the channel again.")));
    // The target's name as the DM wrote it, for the message.
    const bool party = !row.value()->value(QStringLiteral("party_id")).toString().isEmpty();
    Result<std::optional<EntityRow>> target = m_ctx.entities->get(
        account, party ? QStringLiteral("party") : QStringLiteral("encounter"),
        row.value()->value(party ? QStringLiteral("party_id") : QStringLiteral("encounter_id")).toString());
    const QString name =
        target && target.value() ? target.value()->doc.value(QStringLiteral("name")).toString() : QString();
    const QString linkedTo = party ? tr("the party %1").arg(name) : tr("the encounter %1").arg(name);
    m_relay.send(
        id, account, *webhook, discordTestPost(linkedTo, QDateTime::currentDateTimeUtc()),
        [respond, id](const DiscordRelay::Outcome& outcome) {
            if (outcome.delivered)
                return respond(ApiReply::ok(QJsonObject{{QStringLiteral("id"), id},
                                                        {QStringLiteral("delivered"), true},
                                                        {QStringLiteral("httpStatus"), outcome.httpStatus}}));
            respond(ApiReply::error(api::kBadGateway,
                                    tr("Discord did not take the test message: %1").arg(outcome.error),
                                    {{QStringLiteral("httpStatus"), outcome.httpStatus}}));
        });
}

} // namespace dnd::server
