#include "storage/EntityRepository.h"

#include "ApiErrorCodes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace dnd::server {

namespace {
QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
QString likePattern(const QString& search)
{
    QString escaped = search.toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

QJsonObject EntityRow::toApi() const
{
    QJsonObject object = doc;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("createdAt"), createdAt);
    object.insert(QStringLiteral("updatedAt"), updatedAt);
    object.insert(QStringLiteral("version"), version);
    return object;
}

Result<QJsonObject> EntityRepository::encounterWithParticipants(const QString& account,
                                                                const EntityRow& encounter)
{
    Result<QList<EntityRow>> participants =
        list(account, QStringLiteral("participant"), encounter.id, {}, PageRequest{1, 1000});
    if (!participants)
        return participants.error();
    QJsonArray items;
    for (const EntityRow& row : participants.value())
        items.append(row.toApi());
    QJsonObject data = encounter.toApi();
    data.insert(QStringLiteral("participants"), items);
    return data;
}

Result<std::optional<QJsonObject>> EntityRepository::encounterWithParticipants(const QString& account,
                                                                               const QString& id)
{
    Result<std::optional<EntityRow>> row = get(account, QStringLiteral("encounter"), id);
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<QJsonObject>();
    Result<QJsonObject> data = encounterWithParticipants(account, *row.value());
    if (!data)
        return data.error();
    return std::optional<QJsonObject>(data.value());
}

EntityRow EntityRepository::rowFrom(const Row& row)
{
    EntityRow entity;
    entity.id = row.value(QStringLiteral("id")).toString();
    entity.parentId = row.value(QStringLiteral("parent_id")).toString();
    entity.version = row.value(QStringLiteral("version")).toLongLong();
    entity.cl = row.value(QStringLiteral("cl")).toInt();
    entity.doc = QJsonDocument::fromJson(row.value(QStringLiteral("doc")).toByteArray()).object();
    entity.createdAt = row.value(QStringLiteral("created_at")).toString();
    entity.updatedAt = row.value(QStringLiteral("updated_at")).toString();
    return entity;
}

Result<std::optional<EntityRow>> EntityRepository::get(const QString& account, const QString& kind,
                                                       const QString& id)
{
    Result<std::optional<Row>> row = m_db.one(
        QStringLiteral("SELECT id, parent_id, version, cl, doc, created_at, updated_at FROM entities "
                       "WHERE account_id = ? AND kind = ? AND id = ? AND cl % 2 = 1"),
        {account, kind, id});
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<EntityRow>();
    return std::optional<EntityRow>(rowFrom(*row.value()));
}

QString EntityRepository::liveRowsWhere(const QString& account, const QString& kind, const QString& parentId,
                                        const QString& search, QVariantList* params)
{
    QString sql = QStringLiteral(" FROM entities WHERE account_id = ? AND kind = ? AND cl % 2 = 1");
    *params << account << kind;
    if (!parentId.isEmpty()) {
        sql += QStringLiteral(" AND parent_id = ?");
        *params << parentId;
    }
    if (!search.isEmpty()) {
        sql += QStringLiteral(" AND LOWER(name) LIKE ? ESCAPE '\\'");
        *params << likePattern(search);
    }
    return sql;
}

QList<EntityRow> EntityRepository::decodeRows(const QList<Row>& rows)
{
    QList<EntityRow> entities;
    entities.reserve(rows.size());
    for (const Row& row : rows)
        entities.append(rowFrom(row));
    return entities;
}

Result<QList<EntityRow>> EntityRepository::list(const QString& account, const QString& kind,
                                                const QString& parentId, const QString& search,
                                                const PageRequest& page)
{
    QVariantList params;
    const QString sql = QStringLiteral("SELECT id, parent_id, version, cl, doc, created_at, updated_at") +
                        liveRowsWhere(account, kind, parentId, search, &params) +
                        QStringLiteral(" ORDER BY created_at, id LIMIT ? OFFSET ?");
    params << page.limit << page.offset();
    Result<QList<Row>> rows = m_db.all(sql, params);
    if (!rows)
        return rows.error();
    return decodeRows(rows.value());
}

Result<JsonPage> EntityRepository::listJson(const QString& account, const QString& kind,
                                            const QString& parentId, const QString& search,
                                            const PageRequest& page)
{
    // COUNT(*) OVER () gives the whole list's size on every row of the page: one statement
    // instead of a count and a page (SQLite 3.25+ and PostgreSQL both have window functions).
    QVariantList params;
    const QString sql = QStringLiteral("SELECT doc, created_at, updated_at, version, COUNT(*) OVER ()") +
                        liveRowsWhere(account, kind, parentId, search, &params) +
                        QStringLiteral(" ORDER BY created_at, id LIMIT ? OFFSET ?");
    params << page.limit << page.offset();
    JsonPage result;
    result.items = QByteArray("[");
    bool any = false;
    Status visited = m_db.each(sql, params, [&result, &any](const QSqlQuery& query) {
        // Stored documents are compact JSON objects written by this service (they hold the id);
        // the row's metadata goes in front of their first key.
        const QByteArray doc = query.value(0).toString().toUtf8();
        QByteArray& json = result.items;
        if (any)
            json += ',';
        any = true;
        json += "{\"createdAt\":\"" + query.value(1).toString().toLatin1() + "\",\"updatedAt\":\"" +
                query.value(2).toString().toLatin1() +
                "\",\"version\":" + QByteArray::number(query.value(3).toLongLong());
        if (doc.size() > 2)
            json += ',' + doc.mid(1);
        else
            json += '}';
        result.total = query.value(4).toLongLong();
    });
    if (!visited)
        return visited.error();
    result.items += ']';
    if (!any && page.offset() > 0) {
        // A page past the end has no row to carry the total.
        Result<qint64> total = count(account, kind, parentId, search);
        if (!total)
            return total.error();
        result.total = total.value();
    }
    return result;
}

Result<qint64> EntityRepository::count(const QString& account, const QString& kind, const QString& parentId,
                                       const QString& search)
{
    QVariantList params;
    const QString sql =
        QStringLiteral("SELECT COUNT(*) AS n") + liveRowsWhere(account, kind, parentId, search, &params);
    Result<std::optional<Row>> row = m_db.one(sql, params);
    if (!row)
        return row.error();
    return row.value() ? row.value()->value(QStringLiteral("n")).toLongLong() : 0;
}

Result<qint64> EntityRepository::storedBytes(const QString& account)
{
    // LENGTH counts characters; the limit is in bytes of the UTF-8 text.
    const QString bytes = m_db.dialect() == ServerDatabase::Dialect::Postgres
                              ? QStringLiteral("OCTET_LENGTH(doc)")
                              : QStringLiteral("LENGTH(CAST(doc AS BLOB))");
    Result<std::optional<Row>> row = m_db.one(
        QStringLiteral("SELECT COALESCE(SUM(%1), 0) AS n FROM entities WHERE account_id = ? AND cl % 2 = 1")
            .arg(bytes),
        {account});
    if (!row)
        return row.error();
    return row.value() ? row.value()->value(QStringLiteral("n")).toLongLong() : 0;
}

qint64 EntityRepository::documentBytes(const QJsonObject& doc)
{
    return QJsonDocument(doc).toJson(QJsonDocument::Compact).size();
}

Result<std::optional<Error>> EntityRepository::refuseOverStorage(const QString& account, const Plan& plan,
                                                                 qint64 grownBy, std::optional<qint64>* known)
{
    const QString resource = QStringLiteral("storageBytes");
    const std::optional<int> limit = plan.limit(resource);
    if (!limit || grownBy <= 0)
        return std::optional<Error>();
    Result<qint64> used = known && *known ? Result<qint64>(**known) : storedBytes(account);
    if (!used)
        return used.error();
    if (known)
        *known = used.value();
    if (used.value() + grownBy <= *limit)
        return std::optional<Error>();
    return std::optional<Error>(Error::make(
        api::kLimitExceeded,
        QCoreApplication::translate(
            "EntityRepository", "Your %1 plan stores at most %2 of records; %3 are in use and this change "
                                "needs %4 more. %5")
            .arg(plan.name, Plan::formatLimit(resource, *limit), Plan::formatLimit(resource, used.value()),
                 Plan::formatLimit(resource, grownBy), plan.upgradeHint(resource)),
        plan.limitDetails(resource, used.value())));
}

Status EntityRepository::createSpace(const QString& account)
{
    Result<int> created =
        m_db.run(QStringLiteral("INSERT INTO spaces (account_id, version) VALUES (?, 0)"), {account});
    if (!created)
        return created.error();
    return Status::success();
}

Result<quint64> EntityRepository::cacheGeneration(const QString& account)
{
    if (m_db.dialect() == ServerDatabase::Dialect::Sqlite)
        return generation(account);
    Result<std::optional<Row>> row =
        m_db.one(QStringLiteral("SELECT version FROM spaces WHERE account_id = ?"), {account});
    if (!row)
        return row.error();
    return row.value() ? quint64(row.value()->value(QStringLiteral("version")).toLongLong()) : 0;
}

Result<qint64> EntityRepository::bumpVersion(const QString& account)
{
    Result<std::optional<Row>> row = m_db.one(
        QStringLiteral("UPDATE spaces SET version = version + 1 WHERE account_id = ? RETURNING version"),
        {account});
    if (!row)
        return row.error();
    if (!row.value())
        return Error::make(api::kInternal, QStringLiteral("The account has no storage space."));
    markChanged(account);
    return row.value()->value(QStringLiteral("version")).toLongLong();
}

Status EntityRepository::stampFields(const QString& account, const QString& kind, const QString& id,
                                     const QJsonObject& before, const QJsonObject& after, qint64 version)
{
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.contains(it.key()) && before.value(it.key()) == it.value())
            continue; // unchanged fields keep their clock, so a device's concurrent edit of them still wins
        Result<int> stamped = m_db.run(
            QStringLiteral("INSERT INTO field_clocks (account_id, kind, id, field, hlc, version) VALUES (?, "
                           "?, ?, ?, ?, ?) "
                           "ON CONFLICT (account_id, kind, id, field) DO UPDATE SET hlc = excluded.hlc, "
                           "version = excluded.version"),
            {account, kind, id, it.key(), m_clock.tick(), version});
        if (!stamped)
            return stamped.error();
    }
    return Status::success();
}

Result<qint64> EntityRepository::put(const QString& account, const QString& kind, const QString& id,
                                     const QString& parentId, const QJsonObject& doc)
{
    qint64 version = 0;
    Status status = m_db.transaction([&]() -> Status {
        Result<std::optional<Row>> existing = m_db.one(
            QStringLiteral("SELECT cl, doc FROM entities WHERE account_id = ? AND kind = ? AND id = ?"),
            {account, kind, id});
        if (!existing)
            return existing.error();
        Result<qint64> bumped = bumpVersion(account);
        if (!bumped)
            return bumped.error();
        version = bumped.value();
        const QString now = nowIso();
        const QByteArray json = QJsonDocument(doc).toJson(QJsonDocument::Compact);
        const QString name = doc.value(QStringLiteral("name")).toString();
        QJsonObject before;
        if (!existing.value()) {
            Result<int> inserted =
                m_db.run(QStringLiteral("INSERT INTO entities (account_id, kind, id, parent_id, name, "
                                        "version, cl, doc, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"),
                         {account, kind, id, parentId.isEmpty() ? QVariant() : QVariant(parentId), name,
                          version, QString::fromUtf8(json), now, now});
            if (!inserted)
                return inserted.error();
        } else {
            int cl = existing.value()->value(QStringLiteral("cl")).toInt();
            if (cl % 2 == 0)
                ++cl; // undelete: a higher causal length beats the tombstone everywhere
            else
                before = QJsonDocument::fromJson(existing.value()->value(QStringLiteral("doc")).toByteArray())
                             .object();
            Result<int> updated = m_db.run(QStringLiteral("UPDATE entities SET parent_id = ?, name = ?, "
                                                          "version = ?, cl = ?, doc = ?, updated_at = ? "
                                                          "WHERE account_id = ? AND kind = ? AND id = ?"),
                                           {parentId.isEmpty() ? QVariant() : QVariant(parentId), name,
                                            version, cl, QString::fromUtf8(json), now, account, kind, id});
            if (!updated)
                return updated.error();
        }
        return stampFields(account, kind, id, before, doc, version);
    });
    if (!status)
        return status.error();
    return version;
}

Result<qint64> EntityRepository::remove(const QString& account, const QString& kind, const QString& id)
{
    qint64 version = 0;
    Status status = m_db.transaction([&]() -> Status {
        Result<qint64> bumped = bumpVersion(account);
        if (!bumped)
            return bumped.error();
        version = bumped.value();
        const QString now = nowIso();
        Result<int> removed =
            m_db.run(QStringLiteral("UPDATE entities SET cl = cl + 1, version = ?, updated_at = ? "
                                    "WHERE account_id = ? AND kind = ? AND id = ? AND cl % 2 = 1"),
                     {version, now, account, kind, id});
        if (!removed)
            return removed.error();
        if (removed.value() == 0)
            return Error::make(api::kNotFound, QStringLiteral("Not found."));
        return removeChildren(account, id, version);
    });
    if (!status)
        return status.error();
    return version;
}

Status EntityRepository::removeChildren(const QString& account, const QString& parentId, qint64 version)
{
    Result<int> children =
        // No device's own change (last_writer cleared), though it may share the version of the
        // push that deleted the parent: every device pulls it, also the one whose push caused it.
        m_db.run(
            QStringLiteral("UPDATE entities SET cl = cl + 1, version = ?, updated_at = ?, last_writer = NULL "
                           "WHERE account_id = ? AND parent_id = ? AND cl % 2 = 1"),
            {version, nowIso(), account, parentId});
    if (!children)
        return children.error();
    return Status::success();
}

Status EntityRepository::removeAccount(const QString& account)
{
    markChanged(account);
    for (const char* table : {"entities", "field_clocks", "spaces", "sync_clients", "removed_devices",
                              "shares", "discord_links", "discord_views"}) {
        Result<int> removed = m_db.run(
            QStringLiteral("DELETE FROM %1 WHERE account_id = ?").arg(QLatin1String(table)), {account});
        if (!removed)
            return removed.error();
    }
    return Status::success();
}

} // namespace dnd::server
