#include "store/LocalStore.h"

#include "model/DocumentValidation.h"
#include "model/ElementMerge.h"
#include "model/FieldGroups.h"
#include "store/Migrations.h"
#include "util/ErrorCodes.h"
#include "util/LogCategories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>
#include <vector>

namespace dnd {

namespace {

// Larger documents are refused: no statblock or encounter comes near it, and a runaway import
// must not bloat every backup and sync push.
constexpr qsizetype kMaxDocumentBytes = 1024 * 1024;

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LocalStore)
};

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool isAlive(qint64 causalLength)
{
    return causalLength % 2 == 1;
}

bool isTemplateCreature(EntityKind kind, const QJsonObject& doc)
{
    return kind == EntityKind::Creature && doc.value(QStringLiteral("isTemplate")).toBool();
}

} // namespace

LocalStore::LocalStore(std::unique_ptr<Database> db, const Clock& clock, QString clientId)
    : m_db(std::move(db)), m_clock(clock), m_clientId(clientId), m_hlc(clock, clientId)
{}

LocalStore::~LocalStore() = default;

QString LocalStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString& path, const Clock& clock,
                                                     Database::Options options)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db)
        return db.error();
    QSqlQuery query((*db)->connection());
    if (!query.exec(QStringLiteral("SELECT client_id, last_hlc FROM sync_state WHERE id = 1")) ||
        !query.next())
        return Database::sqlError(Text::tr("read the sync state"), query.lastError());
    const QString clientId = query.value(0).toString();
    const QString lastHlc = query.value(1).toString();
    query.finish();
    std::unique_ptr<LocalStore> store(new LocalStore(std::move(db).value(), clock, clientId));
    store->m_hlc.restore(lastHlc);
    // Files held at an older schema on purpose (migration tests) number their outbox from 0.
    if (store->m_db->schemaVersion() >= latestSchemaVersion()) {
        if (!query.exec(QStringLiteral("SELECT mutation_base FROM sync_state WHERE id = 1")) || !query.next())
            return Database::sqlError(Text::tr("read the sync state"), query.lastError());
        store->m_mutationBase = query.value(0).toLongLong();
        query.finish();
    }
    // A file held at an older schema on purpose (migration tests) lacks the identity columns; it
    // is prepared for sync once it is migrated.
    if (!store->m_db->isReadOnly() && store->m_db->schemaVersion() >= latestSchemaVersion()) {
        if (Status prepared = store->prepareSync(path); !prepared)
            return prepared.error();
    }
    return store;
}

Result<LocalStore::Row> LocalStore::readRow(EntityKind kind, const QString& id)
{
    QSqlQuery& query =
        m_db->prepared(QStringLiteral("SELECT cl, doc FROM %1 WHERE id = ?").arg(entityName(kind)));
    query.addBindValue(id);
    if (Status status = m_db->exec(query); !status)
        return status.error();
    Row row;
    if (query.next()) {
        row.exists = true;
        row.causalLength = query.value(0).toLongLong();
        row.doc = parse(query.value(1).toString());
    }
    query.finish();
    return row;
}

LocalStore::Row LocalStore::readRowOrLog(EntityKind kind, const QString& id)
{
    Result<Row> row = readRow(kind, id);
    if (!row) {
        qCWarning(lcLocalStore) << "reading" << entityName(kind) << id << "failed:" << row.errorMessage();
        return {};
    }
    return std::move(row).value();
}

namespace {

// Calls every listener of a map by handle. A listener may add or remove listeners while it runs (a
// session closed because its encounter is gone, a window closing): each is looked up again first.
template <typename Listener, typename Argument>
void callEach(const std::map<int, Listener>& listeners, const Argument& argument)
{
    std::vector<int> handles;
    for (const auto& [handle, listener] : listeners)
        handles.push_back(handle);
    for (int handle : handles) {
        if (const auto found = listeners.find(handle); found != listeners.end())
            found->second(argument);
    }
}

} // namespace

Result<ChangeSet> LocalStore::commit(const ChangeSet& changes)
{
    const std::optional<Error>& protection = m_db->writeProtection();
    if (m_db->isReadOnly() && !protection)
        return Error::make(codes::kReadOnly, Text::tr("The data file is open read-only."));
    if (changes.isEmpty())
        return ChangeSet(changes.origin());
    if (protection) {
        // Opened read-only because the file cannot be written: a failure of the file, which the
        // listeners (the window's bar) show like any other.
        callEach(m_commitListeners, Status(*protection));
        return *protection;
    }
    Result<ChangeSet> done = commitChanges(changes);
    callEach(m_commitListeners, done ? Status() : Status(done.error()));
    return done;
}

int LocalStore::addCommitOutcomeListener(CommitOutcomeListener listener)
{
    const int handle = m_nextListener++;
    m_commitListeners.emplace(handle, std::move(listener));
    return handle;
}

void LocalStore::removeCommitOutcomeListener(int handle)
{
    m_commitListeners.erase(handle);
}

Result<ChangeSet> LocalStore::commitChanges(const ChangeSet& changes)
{
    ChangeSet inverse(changes.origin());

    const QString hlcBefore = m_hlc.last();
    Status status = m_db->transaction([&]() -> Status {
        qint64 txId = 0;
        if (changes.origin() == ChangeOrigin::Local) {
            Result<qint64> next = nextTxId();
            if (!next)
                return next.error();
            txId = next.value();
        }
        QList<ChangeOp> undo;
        for (const ChangeOp& op : changes.ops()) {
            ChangeSet single;
            if (Status s = applyOp(op, changes.origin(), txId, single); !s)
                return s;
            undo.append(single.ops());
        }
        // Undo runs the inverse steps in reverse order.
        for (auto it = undo.crbegin(); it != undo.crend(); ++it) {
            const ChangeOp& op = *it;
            if (op.type == ChangeOp::Type::Put)
                inverse.put(op.kind, op.id, op.fields);
            else if (op.type == ChangeOp::Type::Remove)
                inverse.remove(op.kind, op.id);
            else
                inverse.restore(op.kind, op.id);
        }
        if (changes.origin() == ChangeOrigin::Local && m_hlc.last() != hlcBefore) {
            QSqlQuery& saveClock =
                m_db->prepared(QStringLiteral("UPDATE sync_state SET last_hlc = ? WHERE id = 1"));
            saveClock.addBindValue(m_hlc.last());
            return m_db->exec(saveClock);
        }
        return {};
    });
    // The clock keeps what it issued for a rolled-back commit: stamps only have to grow.
    if (!status)
        return status.error();
    return inverse;
}

Result<qint64> LocalStore::nextTxId()
{
    QSqlQuery& next = m_db->prepared(QStringLiteral(
        "UPDATE sync_state SET next_tx_id = next_tx_id + 1 WHERE id = 1 RETURNING next_tx_id - 1"));
    if (Status s = m_db->exec(next); !s)
        return s.error();
    qint64 txId = 0;
    if (next.next())
        txId = next.value(0).toLongLong();
    next.finish();
    return txId;
}

Status LocalStore::applyOp(const ChangeOp& op, ChangeOrigin origin, qint64 txId, ChangeSet& inverse)
{
    const QString table = entityName(op.kind);
    if (op.id.isEmpty())
        return Error::make(codes::kValidationError, Text::tr("A %1 record needs an id.").arg(table));
    Result<Row> read = readRow(op.kind, op.id);
    if (!read)
        return read.error();
    const Row& row = *read;
    const bool recordSync = origin == ChangeOrigin::Local;
    const qint64 now = m_clock.nowMs();

    if (recordSync && (isTemplateCreature(op.kind, row.doc) ||
                       (op.type == ChangeOp::Type::Put && isTemplateCreature(op.kind, op.fields)))) {
        return Error::make(
            codes::kReadOnly,
            Text::tr("Bundled creatures are read-only; duplicate one to make your own version."));
    }

    switch (op.type) {
    case ChangeOp::Type::Put: {
        if (row.exists && !isAlive(row.causalLength)) {
            return Error::make(
                codes::kDeleted,
                Text::tr("That %1 was deleted; undo the deletion before editing it.").arg(table));
        }
        QJsonObject doc = row.exists ? row.doc : op.fields;
        QJsonObject changed;
        QJsonObject previous;
        // A new row is the fields given, less the null ones: no field-by-field merge (adding 200
        // combatants at once spent a fifth of the commit inserting their fields one by one).
        if (!row.exists) {
            for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it) {
                if (it.value().isNull() || it.value().isUndefined())
                    doc.remove(it.key());
            }
        }
        // A null value removes the field; that is how an undo takes back a field an edit added.
        for (auto it = op.fields.constBegin(); row.exists && it != op.fields.constEnd(); ++it) {
            const bool removes = it.value().isNull() || it.value().isUndefined();
            const bool had = doc.contains(it.key());
            if (removes ? !had : (had && doc.value(it.key()) == it.value()))
                continue;
            previous.insert(it.key(), had ? doc.value(it.key()) : QJsonValue(QJsonValue::Null));
            changed.insert(it.key(), removes ? QJsonValue(QJsonValue::Null) : it.value());
            if (removes)
                doc.remove(it.key());
            else
                doc.insert(it.key(), it.value());
        }
        if (row.exists && changed.isEmpty())
            return {};
        doc.insert(QStringLiteral("id"), op.id);
        const QString text = compact(doc);
        if (text.size() > kMaxDocumentBytes) {
            return Error::make(codes::kValidationError,
                               Text::tr("The %1 record is too large (%2 characters; at most %3).")
                                   .arg(table)
                                   .arg(text.size())
                                   .arg(kMaxDocumentBytes));
        }
        if (const ValidationErrors errors = validateDocument(op.kind, doc); !errors.isEmpty())
            return errors.toError();

        if (row.exists) {
            QSqlQuery& update = m_db->prepared(
                QStringLiteral("UPDATE %1 SET doc = ?, updated_at = ? WHERE id = ?").arg(table));
            update.addBindValue(text);
            update.addBindValue(now);
            update.addBindValue(op.id);
            if (Status s = m_db->exec(update); !s)
                return s;
            inverse.put(op.kind, op.id, previous);
        } else {
            QSqlQuery& insert = m_db->prepared(
                QStringLiteral("INSERT INTO %1 (id, cl, created_at, updated_at, doc) VALUES (?, 1, ?, ?, ?)")
                    .arg(table));
            insert.addBindValue(op.id);
            insert.addBindValue(now);
            insert.addBindValue(now);
            insert.addBindValue(text);
            if (Status s = m_db->exec(insert); !s)
                return s;
            inverse.remove(op.kind, op.id);
        }
        if (!recordSync)
            return {};
        const QString hlc = m_hlc.tick();
        if (row.exists) {
            // A field of a group that is only valid together travels with the whole group, under
            // one clock, so a merge elsewhere takes all of it or none of it.
            for (const QString& field : changed.keys()) {
                for (const QString& member : fieldGroup(op.kind, field)) {
                    if (!changed.contains(member))
                        changed.insert(member, doc.contains(member) ? doc.value(member)
                                                                    : QJsonValue(QJsonValue::Null));
                }
            }
            // A list merged element by element: each element written gets its own clocks (read
            // before this write stamps the list), and the change carries the clocks of all its
            // elements, so the service merges it per element.
            QJsonObject payload = changed;
            QHash<QString, QString> ownClocks;
            for (const QString& field : elementMergedFields(op.kind)) {
                if (!changed.contains(field))
                    continue;
                Result<QHash<QString, QString>> ours = rowClocks(op.kind, op.id);
                if (!ours)
                    return ours.error();
                const QHash<QString, QString> elementClocks =
                    elementClocksAfterWrite(field, {row.doc.value(field).toArray(), ours.value()},
                                            doc.value(field).toArray(), hlc, true);
                for (auto it = elementClocks.constBegin(); it != elementClocks.constEnd(); ++it) {
                    payload.insert(it.key(), it.value());
                    if (ours->value(it.key()) != it.value())
                        ownClocks.insert(it.key(), it.value());
                }
            }
            for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
                ownClocks.insert(it.key(), hlc);
            for (auto it = ownClocks.constBegin(); it != ownClocks.constEnd(); ++it) {
                if (Status s = recordFieldClock(op.kind, op.id, it.key(), it.value()); !s)
                    return s;
            }
            return recordOutbox(op.kind, op.id, QStringLiteral("put"), payload, hlc, row.causalLength, txId);
        } else if (Status s = recordFieldClock(op.kind, op.id, QStringLiteral("*"), hlc); !s) {
            // A new row carries one clock for all of its fields; later edits add per-field ones.
            return s;
        }
        return recordOutbox(op.kind, op.id, QStringLiteral("put"), doc, hlc, 1, txId);
    }
    case ChangeOp::Type::Remove:
    case ChangeOp::Type::Restore: {
        const bool removing = op.type == ChangeOp::Type::Remove;
        if (!row.exists)
            return Error::make(codes::kNotFound, Text::tr("There is no %1 with id %2.").arg(table, op.id));
        if (isAlive(row.causalLength) != removing)
            return {}; // already in the asked-for state
        const qint64 cl = row.causalLength + 1;
        QSqlQuery& setCl =
            m_db->prepared(QStringLiteral("UPDATE %1 SET cl = ?, updated_at = ? WHERE id = ?").arg(table));
        setCl.addBindValue(cl);
        setCl.addBindValue(now);
        setCl.addBindValue(op.id);
        if (Status s = m_db->exec(setCl); !s)
            return s;
        if (removing)
            inverse.restore(op.kind, op.id);
        else
            inverse.remove(op.kind, op.id);
        if (!recordSync)
            return {};
        const QString hlc = m_hlc.tick();
        // An undelete sends the whole record under its own clock, and the service starts the new
        // life from it; the fields keep that clock here too, so that sending the row again (after
        // a restore) carries the same stamp and not the old life's.
        if (!removing) {
            if (Status s = clearFieldClocks(op.kind, op.id); !s)
                return s;
            if (Status s = recordFieldClock(op.kind, op.id, QStringLiteral("*"), hlc); !s)
                return s;
        }
        return recordOutbox(op.kind, op.id, removing ? QStringLiteral("delete") : QStringLiteral("put"),
                            removing ? QJsonObject() : row.doc, hlc, cl, txId);
    }
    }
    return {};
}

Status LocalStore::recordFieldClock(EntityKind kind, const QString& id, const QString& field,
                                    const QString& hlc)
{
    QSqlQuery& query = m_db->prepared(
        QStringLiteral("INSERT INTO field_clock (entity, row_id, field, hlc) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (entity, row_id, field) DO UPDATE SET hlc = excluded.hlc"));
    query.addBindValue(entityName(kind));
    query.addBindValue(id);
    query.addBindValue(field);
    query.addBindValue(hlc);
    return m_db->exec(query);
}

Status LocalStore::clearFieldClocks(EntityKind kind, const QString& id)
{
    QSqlQuery& clear =
        m_db->prepared(QStringLiteral("DELETE FROM field_clock WHERE entity = ? AND row_id = ?"));
    clear.addBindValue(entityName(kind));
    clear.addBindValue(id);
    return m_db->exec(clear);
}

Status LocalStore::recordOutbox(EntityKind kind, const QString& id, const QString& op,
                                const QJsonObject& payload, const QString& hlc, qint64 cl, qint64 txId)
{
    QSqlQuery& query = m_db->prepared(QStringLiteral("INSERT INTO outbox (entity, row_id, op, payload_json, "
                                                     "hlc, cl, tx_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entityName(kind));
    query.addBindValue(id);
    query.addBindValue(op);
    query.addBindValue(compact(payload));
    query.addBindValue(hlc);
    query.addBindValue(cl);
    query.addBindValue(txId);
    return m_db->exec(query);
}

std::optional<QJsonObject> LocalStore::document(EntityKind kind, const QString& id)
{
    const Row row = readRowOrLog(kind, id);
    if (!row.exists || !isAlive(row.causalLength))
        return std::nullopt;
    return row.doc;
}

QList<QJsonObject> LocalStore::documents(EntityKind kind)
{
    QSqlQuery& query =
        m_db->prepared(QStringLiteral("SELECT doc FROM %1 WHERE cl % 2 = 1 ORDER BY created_at, rowid")
                           .arg(entityName(kind)));
    QList<QJsonObject> result;
    if (Status status = m_db->exec(query); status) {
        while (query.next())
            result.append(parse(query.value(0).toString()));
    } else {
        qCWarning(lcLocalStore) << "listing" << entityName(kind) << "failed:" << status.errorMessage();
    }
    query.finish();
    return result;
}

QList<QJsonObject> LocalStore::children(EntityKind kind, const QString& parentId)
{
    QSqlQuery& query = m_db->prepared(
        QStringLiteral("SELECT doc FROM %1 WHERE parent_id = ? AND cl % 2 = 1 ORDER BY created_at, rowid")
            .arg(entityName(kind)));
    query.addBindValue(parentId);
    QList<QJsonObject> result;
    if (Status status = m_db->exec(query); status) {
        while (query.next())
            result.append(parse(query.value(0).toString()));
    } else {
        qCWarning(lcLocalStore) << "listing" << entityName(kind) << "failed:" << status.errorMessage();
    }
    query.finish();
    return result;
}

bool LocalStore::isDeleted(EntityKind kind, const QString& id)
{
    const Row row = readRowOrLog(kind, id);
    return row.exists && !isAlive(row.causalLength);
}

qint64 LocalStore::causalLength(EntityKind kind, const QString& id)
{
    return readRowOrLog(kind, id).causalLength;
}

QList<NamedRecord> LocalStore::names(EntityKind kind)
{
    QSqlQuery& query = m_db->prepared(
        QStringLiteral(
            "SELECT id, json_extract(doc, '$.name') FROM %1 WHERE cl % 2 = 1 ORDER BY created_at, rowid")
            .arg(entityName(kind)));
    QList<NamedRecord> result;
    if (Status status = m_db->exec(query); status) {
        while (query.next())
            result.append(NamedRecord{query.value(0).toString(), query.value(1).toString()});
    } else {
        qCWarning(lcLocalStore) << "listing names of" << entityName(kind)
                                << "failed:" << status.errorMessage();
    }
    query.finish();
    return result;
}

qint64 LocalStore::count(EntityKind kind)
{
    QSqlQuery& query =
        m_db->prepared(QStringLiteral("SELECT count(*) FROM %1 WHERE cl % 2 = 1").arg(entityName(kind)));
    qint64 result = 0;
    if (query.exec() && query.next())
        result = query.value(0).toLongLong();
    query.finish();
    return result;
}

Result<QList<OutboxEntry>> LocalStore::queuedChanges(int limit)
{
    QSqlQuery& query = m_db->prepared(QStringLiteral(
        "SELECT mutation_id - ?, entity, row_id, op, payload_json, hlc, cl, tx_id, "
        "length(CAST(payload_json AS BLOB)) FROM outbox WHERE mutation_id > ? ORDER BY mutation_id LIMIT ?"));
    query.addBindValue(m_mutationBase);
    query.addBindValue(m_mutationBase);
    query.addBindValue(limit);
    if (Status read = m_db->exec(query); !read)
        return read.error();
    QList<OutboxEntry> result;
    while (query.next()) {
        OutboxEntry entry;
        entry.mutationId = query.value(0).toLongLong();
        entry.kind = entityKindFromName(query.value(1).toString()).value_or(EntityKind::Party);
        entry.rowId = query.value(2).toString();
        entry.op = query.value(3).toString();
        entry.payload = parse(query.value(4).toString());
        entry.hlc = query.value(5).toString();
        entry.causalLength = query.value(6).toLongLong();
        entry.txId = query.value(7).toLongLong();
        entry.payloadBytes = query.value(8).toLongLong();
        result.append(entry);
    }
    query.finish();
    return result;
}

Result<qint64> LocalStore::queuedCount()
{
    QSqlQuery& query = m_db->prepared(QStringLiteral("SELECT count(*) FROM outbox WHERE mutation_id > ?"));
    query.addBindValue(m_mutationBase);
    if (Status read = m_db->exec(query); !read)
        return read.error();
    const qint64 result = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return result;
}

QList<OutboxEntry> LocalStore::outbox(int limit)
{
    Result<QList<OutboxEntry>> entries = queuedChanges(limit);
    if (!entries)
        qCWarning(lcLocalStore) << "reading the outbox failed:" << entries.errorMessage();
    return entries ? entries.value() : QList<OutboxEntry>();
}

qint64 LocalStore::outboxSize()
{
    Result<qint64> size = queuedCount();
    if (!size)
        qCWarning(lcLocalStore) << "counting the outbox failed:" << size.errorMessage();
    return size ? size.value() : 0;
}

QString LocalStore::fieldClock(EntityKind kind, const QString& id, const QString& field)
{
    QSqlQuery& query = m_db->prepared(
        QStringLiteral("SELECT hlc FROM field_clock WHERE entity = ? AND row_id = ? AND field IN (?, '*') "
                       "ORDER BY field = '*' LIMIT 1"));
    query.addBindValue(entityName(kind));
    query.addBindValue(id);
    query.addBindValue(field);
    QString result;
    if (query.exec() && query.next())
        result = query.value(0).toString();
    query.finish();
    return result;
}

int LocalStore::addRemoteChangeListener(RemoteChangeListener listener)
{
    const int handle = m_nextListener++;
    m_remoteListeners.emplace(handle, std::move(listener));
    return handle;
}

void LocalStore::removeRemoteChangeListener(int handle)
{
    m_remoteListeners.erase(handle);
}

void LocalStore::notifyRemoteChanges(const QList<RemoteChange>& changes)
{
    if (changes.isEmpty())
        return;
    callEach(m_remoteListeners, changes);
}

QString LocalStore::setting(const QString& key, const QString& fallback)
{
    QSqlQuery& query = m_db->prepared(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(key);
    QString result = fallback;
    if (query.exec() && query.next())
        result = query.value(0).toString();
    query.finish();
    return result;
}

Status LocalStore::setSetting(const QString& key, const QString& value)
{
    return m_db->transaction([&]() -> Status {
        QSqlQuery& query =
            m_db->prepared(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) "
                                          "DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(value);
        return m_db->exec(query);
    });
}

} // namespace dnd
