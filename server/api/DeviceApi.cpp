#include "api/DeviceApi.h"

#include "ApiErrorCodes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DeviceApi", text);
}
QJsonValue textOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}
} // namespace

void DeviceApi::registerRoutes(Router& router)
{
    const QString users = QStringLiteral("users");
    router
        .add(QStringLiteral("GET"), QStringLiteral("/api/v1/users/me/devices"), Access::User,
             RateClass::Standard,
             QStringLiteral("The devices holding the plan's device slots, with registration and last sync"),
             users, [this](ApiRequest& r) { return list(r); })
        .tokenScope = TokenScope::SessionOnly;
    router
        .add(QStringLiteral("DELETE"), QStringLiteral("/api/v1/users/me/devices/:id"), Access::User,
             RateClass::Standard,
             QStringLiteral("Remove a device and free its slot (it is told when it syncs again)"), users,
             [this](ApiRequest& r) { return remove(r); })
        .tokenScope = TokenScope::SessionOnly;
}

ApiReply DeviceApi::list(ApiRequest& request)
{
    Result<PageRequest> page = PageRequest::from(request.query);
    if (!page)
        return ApiReply::fromError(page.error());
    Result<QList<Row>> rows = m_ctx.db->all(
        QStringLiteral("SELECT id, registered_at, last_sync_at, last_mutation_id, COUNT(*) OVER () AS total "
                       "FROM sync_clients WHERE account_id = ? ORDER BY COALESCE(registered_at, ''), id "
                       "LIMIT ? OFFSET ?"),
        {request.user->id, page->limit, page->offset()});
    if (!rows)
        return ApiReply::internal(rows.error());
    QJsonArray items;
    qint64 total = 0;
    for (const Row& row : rows.value()) {
        total = row.value(QStringLiteral("total")).toLongLong();
        items.append(QJsonObject{
            {QStringLiteral("id"), row.value(QStringLiteral("id")).toString()},
            {QStringLiteral("registeredAt"), textOrNull(row.value(QStringLiteral("registered_at")))},
            {QStringLiteral("lastSyncAt"), textOrNull(row.value(QStringLiteral("last_sync_at")))},
            {QStringLiteral("changesSent"), row.value(QStringLiteral("last_mutation_id")).toLongLong()}});
    }
    if (rows.value().isEmpty() && page->page > 1) {
        Result<std::optional<Row>> counted =
            m_ctx.db->one(QStringLiteral("SELECT COUNT(*) AS n FROM sync_clients WHERE account_id = ?"),
                          {request.user->id});
        if (!counted)
            return ApiReply::internal(counted.error());
        total = counted.value() ? counted.value()->value(QStringLiteral("n")).toLongLong() : 0;
    }
    QJsonObject data = paginated(items, page.value(), total);
    const std::optional<int> limit = m_ctx.planFor(request.user->tier).limit(QStringLiteral("devices"));
    data.insert(QStringLiteral("limit"), limit ? QJsonValue(*limit) : QJsonValue(QJsonValue::Null));
    return ApiReply::ok(data);
}

ApiReply DeviceApi::remove(ApiRequest& request)
{
    const QString deviceId = request.param(0);
    const QString userId = request.user->id;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    bool found = false;
    Status removed = m_ctx.db->transaction([&]() -> Status {
        // Scoped to the owner: another account's device id answers 404 and stays.
        Result<int> deleted = m_ctx.db->run(
            QStringLiteral("DELETE FROM sync_clients WHERE id = ? AND account_id = ?"), {deviceId, userId});
        if (!deleted)
            return deleted.error();
        found = deleted.value() == 1;
        if (!found)
            return Status::success();
        for (const auto& [sql, values] : QList<QPair<QString, QVariantList>>{
                 {QStringLiteral("DELETE FROM sync_rejections WHERE client_id = ?"), {deviceId}},
                 {QStringLiteral("INSERT INTO removed_devices (id, account_id, removed_at) VALUES (?, ?, ?)"),
                  {deviceId, userId, now}}}) {
            Result<int> done = m_ctx.db->run(sql, values);
            if (!done)
                return done.error();
        }
        return Status::success();
    });
    if (!removed)
        return ApiReply::internal(removed.error());
    if (!found)
        return ApiReply::error(api::kNotFound, tr("No such device on this account."));
    return ApiReply::ok(QJsonObject{{QStringLiteral("id"), deviceId}, {QStringLiteral("removed"), true}});
}

} // namespace dnd::server
