#include "live/ClusterBus.h"

#include "ApiErrorCodes.h"
#include "ServerContext.h"
#include "ServerLog.h"
#include "auth/SecureRandom.h"
#include "live/WebSocketHub.h"
#include "storage/ServerDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>

namespace dnd::server {

namespace {
// How often the listening connection is checked; a notice lost while it was down is made good by
// the catch-up that follows, so this bounds how late such a change can arrive.
constexpr int kWatchdogMs = 1000;

QString noticeName(ClusterBus::Notice notice)
{
    switch (notice) {
    case ClusterBus::Notice::AccountData:
        return QStringLiteral("account");
    case ClusterBus::Notice::SessionsEnded:
        return QStringLiteral("sessions");
    case ClusterBus::Notice::ShareRevoked:
        return QStringLiteral("share");
    case ClusterBus::Notice::Following:
        return QStringLiteral("following");
    case ClusterBus::Notice::ApiTokenRevoked:
        return QStringLiteral("api-token");
    }
    return {};
}

std::optional<ClusterBus::Notice> noticeNamed(const QString& name)
{
    for (ClusterBus::Notice notice : {ClusterBus::Notice::AccountData, ClusterBus::Notice::SessionsEnded,
                                      ClusterBus::Notice::ShareRevoked, ClusterBus::Notice::Following,
                                      ClusterBus::Notice::ApiTokenRevoked}) {
        if (noticeName(notice) == name)
            return notice;
    }
    return std::nullopt;
}
} // namespace

ClusterBus::ClusterBus(ServerContext& context, QObject* parent)
    : QObject(parent), m_ctx(context), m_instanceId(secure::newId())
{
    m_watchdog.setInterval(kWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &ClusterBus::keepListening);
}

ClusterBus::~ClusterBus() = default;

Status ClusterBus::start(const QString& databaseUrl)
{
    if (m_ctx.db->dialect() != ServerDatabase::Dialect::Postgres)
        return Status::success();
    Result<std::unique_ptr<ServerDatabase>> listener =
        ServerDatabase::open(databaseUrl, QStringLiteral("dnd-server-notices"));
    if (!listener)
        return listener.error();
    m_listener = std::move(listener).value();
    connect(
        m_listener->driver(),
        qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(&QSqlDriver::notification),
        this, [this](const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload) {
            onNotification(channel, payload);
        });
    if (!subscribe())
        return Error::make(api::kDatabase,
                           tr("Cannot listen for the other service processes' changes on PostgreSQL."));
    m_watchdog.start();
    return Status::success();
}

bool ClusterBus::subscribe()
{
    return m_listener->driver()->subscribeToNotification(QLatin1String(kChannel));
}

void ClusterBus::publish(Notice notice, const QString& subject, qint64 version)
{
    if (!m_listener)
        return;
    const QJsonObject message{{QStringLiteral("from"), m_instanceId},
                              {QStringLiteral("notice"), noticeName(notice)},
                              {QStringLiteral("subject"), subject},
                              {QStringLiteral("version"), version}};
    Result<std::optional<Row>> sent = m_ctx.db->one(
        QStringLiteral("SELECT pg_notify(?, ?) AS sent"),
        {QLatin1String(kChannel), QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact))});
    // The change itself is committed; the others catch up when their connection comes back, or
    // at their next session check for ended sessions.
    if (!sent)
        qCWarning(lcServerLive, "could not tell the other service processes: %s",
                  qPrintable(sent.error().message));
}

void ClusterBus::onNotification(const QString& channel, const QVariant& payload)
{
    if (channel != QLatin1String(kChannel))
        return;
    const QJsonObject message = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString from = message.value(QStringLiteral("from")).toString();
    if (from == m_instanceId)
        return; // this process applied its own change already
    const std::optional<Notice> notice = noticeNamed(message.value(QStringLiteral("notice")).toString());
    const QString subject = message.value(QStringLiteral("subject")).toString();
    if (!notice || subject.isEmpty()) {
        qCWarning(lcServerLive, "ignored a notice this service does not know: %s",
                  qPrintable(payload.toString().left(200)));
        return;
    }
    apply(*notice, from, subject, message.value(QStringLiteral("version")).toInteger());
}

void ClusterBus::apply(Notice notice, const QString& from, const QString& subject, qint64 version)
{
    if (!m_ctx.hub)
        return;
    switch (notice) {
    case Notice::AccountData:
        return m_ctx.hub->deliverAccountChange(subject, version);
    case Notice::SessionsEnded:
        m_ctx.forgetUser(subject);
        return m_ctx.hub->endSessionsHere(subject);
    case Notice::ShareRevoked:
        return m_ctx.hub->closeWatchersHere(subject);
    case Notice::Following:
        return m_ctx.hub->setFollowedElsewhere(subject, from, version != 0);
    case Notice::ApiTokenRevoked:
        return m_ctx.hub->closeApiTokenHere(subject);
    }
}

void ClusterBus::keepListening()
{
    if (!m_listener->ping()) {
        m_catchUpNeeded = true; // notices sent meanwhile are lost to this process
        return;
    }
    // A new connection (after a drop) listens to nothing yet.
    if (!m_listener->driver()->subscribedToNotifications().contains(QLatin1String(kChannel))) {
        m_catchUpNeeded = true;
        if (!subscribe())
            return;
        qCInfo(lcServerLive, "listening for the other service processes' changes again");
    }
    if (m_catchUpNeeded && m_ctx.hub) {
        m_catchUpNeeded = false;
        m_ctx.hub->catchUp();
    }
}

} // namespace dnd::server
