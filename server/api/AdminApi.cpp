#include "api/AdminApi.h"

#include "ApiErrorCodes.h"
#include "auth/Sessions.h"
#include "live/WebSocketHub.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AdminApi", text);
}
QJsonObject userJson(const Row& r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.value(QStringLiteral("id")).toString()},
        {QStringLiteral("email"), r.value(QStringLiteral("email")).toString()},
        {QStringLiteral("username"), r.value(QStringLiteral("username")).toString()},
        {QStringLiteral("role"), r.value(QStringLiteral("role")).toString()},
        {QStringLiteral("tier"), r.value(QStringLiteral("tier")).toString()},
        {QStringLiteral("disabled"), r.value(QStringLiteral("disabled")).toInt() != 0},
        {QStringLiteral("isEmailVerified"), r.value(QStringLiteral("email_verified")).toInt() != 0},
        {QStringLiteral("subscriptionStatus"), r.value(QStringLiteral("subscription_status")).toString()},
        {QStringLiteral("createdAt"), r.value(QStringLiteral("created_at")).toString()},
        {QStringLiteral("lastLoginAt"), r.value(QStringLiteral("last_login_at")).toString()}};
}
const QString kUserColumns = QStringLiteral("id, email, username, role, tier, disabled, email_verified, "
                                            "subscription_status, created_at, last_login_at");
} // namespace

void AdminApi::registerRoutes(Router& router)
{
    const QString tag = QStringLiteral("admin");
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/admin/users"), Access::Admin,
               RateClass::Standard, QStringLiteral("List and search users (?search=)"), tag,
               [this](ApiRequest& r) { return listUsers(r); });
    router.add(QStringLiteral("PUT"), QStringLiteral("/api/v1/admin/users/:id"), Access::Admin,
               RateClass::Standard, QStringLiteral("Change a user's tier, role or disabled flag"), tag,
               [this](ApiRequest& r) { return updateUser(r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/admin/stats"), Access::Admin,
               RateClass::Standard, QStringLiteral("Users per tier, subscriptions, requests, connections"),
               tag, [this](ApiRequest& r) { return stats(r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/admin/logs"), Access::Admin,
               RateClass::Standard, QStringLiteral("The admin action log"), tag,
               [this](ApiRequest& r) { return logs(r); });
}

ApiReply AdminApi::listUsers(ApiRequest& request)
{
    Result<PageRequest> page = PageRequest::from(request.query);
    if (!page)
        return ApiReply::fromError(page.error());
    const QString search =
        request.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).trimmed().toLower();
    const QString pattern = QLatin1Char('%') + search + QLatin1Char('%');
    Result<std::optional<Row>> total = m_ctx.db->one(
        QStringLiteral("SELECT COUNT(*) AS n FROM users WHERE LOWER(email) LIKE ? OR LOWER(username) LIKE ?"),
        {pattern, pattern});
    Result<QList<Row>> rows = m_ctx.db->all(
        QStringLiteral("SELECT %1 FROM users WHERE LOWER(email) LIKE ? OR LOWER(username) LIKE ? "
                       "ORDER BY created_at, id LIMIT ? OFFSET ?")
            .arg(kUserColumns),
        {pattern, pattern, page.value().limit, page.value().offset()});
    if (!total || !rows)
        return ApiReply::internal(!total ? total.error() : rows.error());
    QJsonArray items;
    for (const Row& row : rows.value())
        items.append(userJson(row));
    return ApiReply::ok(paginated(
        items, page.value(), total.value() ? total.value()->value(QStringLiteral("n")).toLongLong() : 0));
}

ApiReply AdminApi::updateUser(ApiRequest& request)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString target = request.param(0);
    Result<std::optional<Row>> row =
        m_ctx.db->one(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {target});
    if (!row)
        return ApiReply::internal(row.error());
    if (!row.value())
        return ApiReply::error(api::kNotFound, tr("User not found."));
    QString tier = row.value()->value(QStringLiteral("tier")).toString();
    QString role = row.value()->value(QStringLiteral("role")).toString();
    bool disabled = row.value()->value(QStringLiteral("disabled")).toInt() != 0;
    QVariantMap details;
    QJsonObject changes;
    const QJsonObject& object = body.value();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QStringLiteral("tier")) {
            if (!it.value().isString() || !m_ctx.plans.find(it.value().toString()))
                details.insert(it.key(), tr("must be one of the plans' tiers"));
            tier = it.value().toString();
        } else if (it.key() == QStringLiteral("role")) {
            if (it.value().toString() != QStringLiteral("user") &&
                it.value().toString() != QStringLiteral("admin"))
                details.insert(it.key(), tr("must be user or admin"));
            role = it.value().toString();
        } else if (it.key() == QStringLiteral("disabled")) {
            if (!it.value().isBool())
                details.insert(it.key(), tr("must be true or false"));
            disabled = it.value().toBool();
        } else {
            details.insert(it.key(), tr("cannot be changed here"));
        }
        changes.insert(it.key(), it.value());
    }
    if (changes.isEmpty())
        details.insert(QStringLiteral("body"), tr("name at least one of tier, role, disabled"));
    if (target == request.user->id && (role != QStringLiteral("admin") || disabled))
        details.insert(QStringLiteral("role"), tr("administrators cannot demote or disable themselves"));
    if (!details.isEmpty())
        return ApiReply::error(api::kValidationError, tr("Some fields are not valid."), details);
    Status saved = m_ctx.db->transaction([&]() -> Status {
        Result<int> updated = m_ctx.db->run(
            QStringLiteral("UPDATE users SET tier = ?, role = ?, disabled = ?, updated_at = ? WHERE id = ?"),
            {tier, role, disabled ? 1 : 0, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
             target});
        m_ctx.forgetUser(target);
        if (!updated)
            return updated.error();
        if (disabled) {
            if (Status ended = endSessions(*m_ctx.db, target); !ended)
                return ended;
        }
        return m_ctx.logAdminAction(*request.user, target, QStringLiteral("user.update"), changes, request);
    });
    if (!saved)
        return ApiReply::internal(saved.error());
    if (disabled)
        m_ctx.hub->endSessions(target);
    Result<std::optional<Row>> updated =
        m_ctx.db->one(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {target});
    if (!updated || !updated.value())
        return ApiReply::internal(updated ? Error::make(api::kInternal, QStringLiteral("vanished"))
                                          : updated.error());
    return ApiReply::ok(userJson(*updated.value()));
}

ApiReply AdminApi::stats(ApiRequest&)
{
    Result<QList<Row>> tiers =
        m_ctx.db->all(QStringLiteral("SELECT tier, COUNT(*) AS n FROM users GROUP BY tier"));
    Result<std::optional<Row>> active =
        m_ctx.db->one(QStringLiteral("SELECT COUNT(*) AS n FROM users WHERE tier <> 'free' AND "
                                     "subscription_status IN ('active', 'trialing')"));
    Result<std::optional<Row>> users = m_ctx.db->one(QStringLiteral("SELECT COUNT(*) AS n FROM users"));
    if (!tiers || !active || !users)
        return ApiReply::internal(!tiers ? tiers.error() : !active ? active.error() : users.error());
    QJsonObject perTier;
    for (const Plan& plan : m_ctx.plans.plans())
        perTier.insert(plan.tier, 0);
    for (const Row& row : tiers.value())
        perTier.insert(row.value(QStringLiteral("tier")).toString(),
                       row.value(QStringLiteral("n")).toLongLong());
    return ApiReply::ok(QJsonObject{
        {QStringLiteral("users"), users.value() ? users.value()->value(QStringLiteral("n")).toLongLong() : 0},
        {QStringLiteral("usersPerTier"), perTier},
        {QStringLiteral("activeSubscriptions"),
         active.value() ? active.value()->value(QStringLiteral("n")).toLongLong() : 0},
        {QStringLiteral("requestsTotal"), m_ctx.metrics.requestsTotal()},
        {QStringLiteral("webSocketConnections"), m_ctx.hub->connectionCount()},
        {QStringLiteral("httpConnections"), m_ctx.openConnections ? m_ctx.openConnections() : 0}});
}

ApiReply AdminApi::logs(ApiRequest& request)
{
    Result<PageRequest> page = PageRequest::from(request.query);
    if (!page)
        return ApiReply::fromError(page.error());
    Result<std::optional<Row>> total =
        m_ctx.db->one(QStringLiteral("SELECT COUNT(*) AS n FROM admin_actions"));
    Result<QList<Row>> rows = m_ctx.db->all(
        QStringLiteral(
            "SELECT id, admin_user_id, target_user_id, action, details, ip_address, user_agent, created_at "
            "FROM admin_actions ORDER BY created_at DESC, id LIMIT ? OFFSET ?"),
        {page.value().limit, page.value().offset()});
    if (!total || !rows)
        return ApiReply::internal(!total ? total.error() : rows.error());
    QJsonArray items;
    for (const Row& r : rows.value())
        items.append(QJsonObject{
            {QStringLiteral("id"), r.value(QStringLiteral("id")).toString()},
            {QStringLiteral("adminUserId"), r.value(QStringLiteral("admin_user_id")).toString()},
            {QStringLiteral("targetUserId"), r.value(QStringLiteral("target_user_id")).toString()},
            {QStringLiteral("action"), r.value(QStringLiteral("action")).toString()},
            {QStringLiteral("details"),
             QJsonDocument::fromJson(r.value(QStringLiteral("details")).toByteArray()).object()},
            {QStringLiteral("ipAddress"), r.value(QStringLiteral("ip_address")).toString()},
            {QStringLiteral("userAgent"), r.value(QStringLiteral("user_agent")).toString()},
            {QStringLiteral("createdAt"), r.value(QStringLiteral("created_at")).toString()}});
    return ApiReply::ok(paginated(
        items, page.value(), total.value() ? total.value()->value(QStringLiteral("n")).toLongLong() : 0));
}

} // namespace dnd::server
