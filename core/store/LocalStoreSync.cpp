// The parts of LocalStore that sync uses: merging what the service holds into the local copy,
// and the bookkeeping of what was pushed and pulled. Kept apart from the write path of the DM's
// own edits (LocalStore.cpp) because nothing here is recorded for sync again.
#include "model/DocumentValidation.h"
#include "model/ElementMerge.h"
#include "model/FieldGroups.h"
#include "store/LocalStore.h"
#include "util/LogCategories.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSysInfo>
#include <QUuid>
#include <algorithm>
#include <limits>
#include <map>

namespace dnd {

namespace {

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Names the computer, so a data folder copied to another one is told apart from the original.
QString machineId()
{
    const QByteArray id = QSysInfo::machineUniqueId();
    return id.isEmpty() ? QSysInfo::machineHostName() : QString::fromLatin1(id);
}

QString rowKey(EntityKind kind, const QString& id)
{
    return entityName(kind) + QLatin1Char('/') + id;
}

QJsonObject clocksToJson(const QHash<QString, QString>& clocks)
{
    QJsonObject json;
    for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

// Keeps a pulled row the store cannot take as it is (the cookie moves past it all the same).
Status holdRow(Database& db, const RemoteRow& remote, const QString& reason)
{
    QSqlQuery& hold = db.prepared(QStringLiteral(
        "INSERT INTO sync_held_row (entity, row_id, cl, fields, clocks, reason) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (entity, row_id) DO UPDATE SET cl = excluded.cl, fields = excluded.fields, "
        "clocks = excluded.clocks, reason = excluded.reason"));
    hold.addBindValue(entityName(remote.kind));
    hold.addBindValue(remote.id);
    hold.addBindValue(remote.causalLength);
    hold.addBindValue(compactJson(remote.fields));
    hold.addBindValue(compactJson(clocksToJson(remote.clocks)));
    hold.addBindValue(reason);
    return db.exec(hold);
}

// Takes every held row out of its table, to be merged again.
Result<QList<RemoteRow>> takeHeldRows(Database& db)
{
    QSqlQuery& read =
        db.prepared(QStringLiteral("SELECT entity, row_id, cl, fields, clocks FROM sync_held_row"));
    if (Status s = db.exec(read); !s)
        return s.error();
    QList<RemoteRow> held;
    while (read.next()) {
        const std::optional<EntityKind> kind = entityKindFromName(read.value(0).toString());
        if (!kind)
            continue;
        RemoteRow row{*kind,
                      read.value(1).toString(),
                      read.value(2).toLongLong(),
                      QJsonDocument::fromJson(read.value(3).toString().toUtf8()).object(),
                      {}};
        const QJsonObject clocks = QJsonDocument::fromJson(read.value(4).toString().toUtf8()).object();
        for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it)
            row.clocks.insert(it.key(), it.value().toString());
        held.append(std::move(row));
    }
    read.finish();
    if (Status s = db.exec(db.prepared(QStringLiteral("DELETE FROM sync_held_row"))); !s)
        return s.error();
    return held;
}

const char* reasonName(LocalStore::NewDeviceReason reason)
{
    switch (reason) {
    case LocalStore::NewDeviceReason::Copied:
        return "the store was copied to another folder or computer";
    case LocalStore::NewDeviceReason::Restored:
        return "the store was restored from a backup";
    case LocalStore::NewDeviceReason::OtherAccount:
        return "the store was signed in to another account or service";
    case LocalStore::NewDeviceReason::ServiceRestored:
        return "the service's data was restored or reset";
    case LocalStore::NewDeviceReason::IdentityMismatch:
        return "the service holds other changes under this store's numbers";
    case LocalStore::NewDeviceReason::RemovedFromAccount:
        return "the device was removed from the account";
    }
    return "";
}

} // namespace

Result<int> LocalStore::applyRemote(const QList<RemoteRow>& rows, bool fullSnapshot)
{
    QList<RemoteChange> changed;
    // Merged rows need not wait for the disk: they come again until the cookie after them is kept
    // (a commit that does wait), and the write-ahead log keeps commits in order, so a crash can
    // only lose a tail of merges whose cookie it loses too. Waiting cost a flush per chunk.
    if (Status relaxed = m_db->exec(QStringLiteral("PRAGMA synchronous = NORMAL")); !relaxed)
        return relaxed.error();
    const auto durableAgain = qScopeGuard([this] {
        if (Status restored = m_db->exec(QStringLiteral("PRAGMA synchronous = FULL")); !restored)
            qCWarning(lcStoreSync) << "could not make commits durable again:" << restored.errorMessage();
    });
    const Status status = m_db->transaction([&]() -> Status {
        changed.clear(); // a retried transaction starts over
        // Rows held back earlier go again after the new ones, which may have made them valid.
        Result<QList<RemoteRow>> held = takeHeldRows(*m_db);
        if (!held)
            return held.error();
        const QList<RemoteRow>* batches[] = {&rows, &held.value()};
        for (const QList<RemoteRow>* batch : batches) {
            for (const RemoteRow& remote : *batch) {
                Result<bool> merged = mergeRemote(remote);
                if (!merged)
                    return merged.error();
                if (merged.value())
                    changed.append(RemoteChange{remote.kind, remote.id});
            }
        }
        if (fullSnapshot) {
            ServiceSnapshot snapshot;
            for (const RemoteRow& remote : rows)
                snapshot.add(remote);
            SnapshotComparison progress;
            QList<QPair<EntityKind, QString>> compared;
            if (Result<int> queued =
                    queueWhatServiceLacks(snapshot, progress, std::numeric_limits<int>::max(), compared);
                !queued)
                return queued.error();
        }
        // Local edits made after this are stamped after everything seen here.
        QSqlQuery& saveClock =
            m_db->prepared(QStringLiteral("UPDATE sync_state SET last_hlc = ? WHERE id = 1"));
        saveClock.addBindValue(m_hlc.last());
        return m_db->exec(saveClock);
    });
    if (!status)
        return status.error();
    notifyRemoteChanges(changed);
    return int(changed.size());
}

Result<bool> LocalStore::mergeRemote(const RemoteRow& remote)
{
    const QString table = entityName(remote.kind);
    for (const QString& clock : remote.clocks) {
        // Whatever the wall clocks say, an edit made after this one was seen is stamped after it.
        if (const Status followed = m_hlc.follow(clock); !followed)
            qCWarning(lcStoreSync) << followed.errorMessage();
    }
    Result<Row> read = readRow(remote.kind, remote.id);
    if (!read)
        return read.error();
    const Row& local = read.value();
    if (local.exists && remote.causalLength < local.causalLength)
        return false; // the local copy is in a later life; the outbox carries it to the service
    const bool newLife = !local.exists || remote.causalLength > local.causalLength;
    const bool alive = remote.causalLength % 2 == 1;
    if (!alive && !newLife)
        return false; // deleted here already

    // The fields to take: all of a new life's record, else those whose remote clock is newer.
    QJsonObject doc = local.doc;
    QStringList taken;
    QHash<QString, QString> mergedClocks = remote.clocks;
    if (alive && newLife) {
        doc = remote.fields;
        taken = remote.clocks.keys();
    } else if (alive) {
        Result<QHash<QString, QString>> ours = rowClocks(remote.kind, remote.id);
        if (!ours)
            return ours.error();
        QHash<QString, QString> clocks = remote.clocks;
        for (auto it = remote.clocks.constBegin(); it != remote.clocks.constEnd(); ++it) {
            // Lists merged element by element are merged below, with their elements' clocks.
            if (taken.contains(it.key()) || isElementClockKey(it.key()) ||
                isElementMerged(remote.kind, it.key()))
                continue;
            // Fields that are only valid together come from one side, whichever edited them last.
            const QStringList group = fieldGroup(remote.kind, it.key());
            const QStringList fields = group.isEmpty() ? QStringList{it.key()} : group;
            const QString theirs = newestClock(remote.clocks, fields);
            if (theirs <= newestClock(ours.value(), fields))
                continue;
            for (const QString& field : fields) {
                // A field the service no longer has was removed there.
                if (remote.fields.contains(field))
                    doc.insert(field, remote.fields.value(field));
                else
                    doc.remove(field);
                clocks.insert(field, theirs);
                taken << field;
            }
        }
        for (const QString& field : elementMergedFields(remote.kind)) {
            const ElementMergeResult merged =
                mergeElementLists(field, {remote.fields.value(field).toArray(), remote.clocks},
                                  {local.doc.value(field).toArray(), ours.value()});
            if (merged.list != local.doc.value(field).toArray())
                doc.insert(field, merged.list);
            QHash<QString, QString> newClocks = merged.clocks;
            if (merged.fieldClock != ours->value(field, ours->value(QStringLiteral("*"))))
                newClocks.insert(field, merged.fieldClock);
            for (auto it = newClocks.constBegin(); it != newClocks.constEnd(); ++it) {
                if (ours->value(it.key()) != it.value()) {
                    clocks.insert(it.key(), it.value());
                    taken << it.key();
                }
            }
        }
        if (taken.isEmpty())
            return false;
        mergedClocks = clocks;
    }
    doc.insert(QStringLiteral("id"), remote.id);
    if (alive) {
        if (const ValidationErrors errors = validateDocument(remote.kind, doc); !errors.isEmpty()) {
            // Held, not skipped: the cookie moves past it, so it would never come again.
            qCWarning(lcStoreSync) << "holding" << table << remote.id
                                   << "from the service:" << errors.toError().message;
            if (Status held = holdRow(*m_db, remote, errors.toError().message); !held)
                return held.error();
            return false;
        }
    }

    const qint64 now = m_clock.nowMs();
    QSqlQuery& write =
        local.exists
            ? m_db->prepared(
                  QStringLiteral("UPDATE %1 SET cl = ?, doc = ?, updated_at = ? WHERE id = ?").arg(table))
            : m_db->prepared(
                  QStringLiteral(
                      "INSERT INTO %1 (cl, doc, updated_at, id, created_at) VALUES (?, ?, ?, ?, ?)")
                      .arg(table));
    write.addBindValue(remote.causalLength);
    write.addBindValue(compactJson(doc));
    write.addBindValue(now);
    write.addBindValue(remote.id);
    if (!local.exists)
        write.addBindValue(now);
    if (Status s = m_db->exec(write); !s)
        return s.error();

    if (newLife) {
        // The clocks of the row's earlier life must not outvote the edits of this one.
        if (Status s = clearFieldClocks(remote.kind, remote.id); !s)
            return s.error();
    }
    for (const QString& field : taken) {
        if (Status s = recordFieldClock(remote.kind, remote.id, field, mergedClocks.value(field)); !s)
            return s.error();
    }
    return true;
}

void ServiceSnapshot::add(const RemoteRow& row)
{
    RemoteRow kept{row.kind, row.id, row.causalLength, {}, row.clocks};
    m_rows.insert(rowKey(row.kind, row.id), std::move(kept));
}

const RemoteRow* ServiceSnapshot::find(EntityKind kind, const QString& id) const
{
    const auto found = m_rows.constFind(rowKey(kind, id));
    return found == m_rows.cend() ? nullptr : &found.value();
}

void ServiceSnapshot::remove(EntityKind kind, const QString& id)
{
    m_rows.remove(rowKey(kind, id));
}

Result<int> LocalStore::queueWhatServiceLacks(const ServiceSnapshot& snapshot, SnapshotComparison& progress,
                                              int maxRows, QList<QPair<EntityKind, QString>>& compared)
{
    // A record the service refused waits for "Send again" (or the next sign-in after an upgrade).
    QSet<QString> refused;
    for (const SyncRejection& rejection : rejections())
        refused.insert(rowKey(rejection.kind, rejection.rowId));
    struct LocalClocks {
        QString newest;
        QStringList fields;
    };
    // Certain only when the service has a clock for every field this device has one for, and every
    // local clock is at most the oldest of them (a creation clock stands for fields only the
    // document names); otherwise the row is looked at field by field.
    const auto serviceIsCurrent = [](const RemoteRow* remote, qint64 causalLength, const LocalClocks& ours) {
        if (!remote || remote->causalLength < causalLength)
            return false;
        if (remote->causalLength > causalLength)
            return true;
        if (remote->clocks.isEmpty())
            return false;
        for (const QString& field : ours.fields) {
            if (field == QLatin1String("*") || !remote->clocks.contains(field))
                return false;
        }
        const QString oldest = *std::min_element(remote->clocks.cbegin(), remote->clocks.cend());
        return ours.newest <= oldest;
    };

    Result<qint64> txId = nextTxId();
    if (!txId)
        return txId.error();
    int looked = 0;
    SnapshotComparison at = progress;
    while (at.kindIndex < int(kAllEntityKinds.size()) && looked < maxRows) {
        const EntityKind kind = kAllEntityKinds[size_t(at.kindIndex)];
        const QString table = entityName(kind);
        // The next local rows of this kind in id order, then the newest clock of each of them in
        // one grouped query: most rows the service holds as they are here, and telling so must
        // not cost a query per row.
        const int want = maxRows - looked;
        QSqlQuery& rows = m_db->prepared(
            QStringLiteral("SELECT id, cl FROM %1 WHERE id > coalesce(?, '') ORDER BY id LIMIT ?")
                .arg(table));
        rows.addBindValue(at.afterId);
        rows.addBindValue(want);
        if (Status s = m_db->exec(rows); !s)
            return s.error();
        QList<QPair<QString, qint64>> page;
        while (rows.next())
            page.append({rows.value(0).toString(), rows.value(1).toLongLong()});
        rows.finish();
        looked += int(page.size());
        if (page.size() < want) {
            ++at.kindIndex;
            at.afterId.clear();
        } else {
            at.afterId = page.constLast().first;
        }
        if (page.isEmpty())
            continue;
        QSqlQuery& readClocks = m_db->prepared(QStringLiteral(
            "SELECT row_id, max(hlc), group_concat(field, char(31)) FROM field_clock WHERE entity = ? AND "
            "row_id >= ? AND row_id <= ? GROUP BY row_id"));
        readClocks.addBindValue(table);
        readClocks.addBindValue(page.constFirst().first);
        readClocks.addBindValue(page.constLast().first);
        if (Status s = m_db->exec(readClocks); !s)
            return s.error();
        QHash<QString, LocalClocks> newestClocks;
        while (readClocks.next())
            newestClocks.insert(readClocks.value(0).toString(),
                                {readClocks.value(1).toString(),
                                 readClocks.value(2).toString().split(QChar(31), Qt::SkipEmptyParts)});
        readClocks.finish();

        for (const auto& [id, causalLength] : page) {
            compared.append({kind, id});
            if (refused.contains(rowKey(kind, id)))
                continue;
            const RemoteRow* remote = snapshot.find(kind, id);
            const auto ours = newestClocks.constFind(id);
            if (ours == newestClocks.cend()) {
                // Rows that never had a local clock (the bundled templates) were never meant to
                // sync, but a delete this device only pulled keeps no clock either: it goes up
                // again when the service holds an earlier life of the row (a restored service).
                const bool tombstone = causalLength % 2 == 0;
                if (!tombstone || (remote && remote->causalLength >= causalLength))
                    continue;
            } else if (serviceIsCurrent(remote, causalLength, *ours)) {
                continue;
            }
            Result<Row> row = readRow(kind, id);
            if (!row)
                return row.error();
            if (Status s = queueRowAgain(kind, id, causalLength, row->doc, remote, txId.value()); !s)
                return s.error();
        }
    }
    at.done = at.kindIndex >= int(kAllEntityKinds.size());
    progress = at;
    return looked;
}

Result<int> LocalStore::compareWithSnapshot(ServiceSnapshot& snapshot, SnapshotComparison& progress,
                                            int maxRows)
{
    // The progress and the snapshot move on only once the step's transaction has committed.
    SnapshotComparison next;
    QList<QPair<EntityKind, QString>> compared;
    int looked = 0;
    const Status status = m_db->transaction([&]() -> Status {
        next = progress; // a retried transaction starts over
        compared.clear();
        Result<int> step = queueWhatServiceLacks(snapshot, next, maxRows, compared);
        if (!step)
            return step.error();
        looked = step.value();
        return {};
    });
    if (!status)
        return status.error();
    progress = next;
    for (const auto& [kind, id] : compared)
        snapshot.remove(kind, id);
    return looked;
}

Status LocalStore::queueRowAgain(EntityKind kind, const QString& id, qint64 causalLength,
                                 const QJsonObject& doc, const RemoteRow* remote, qint64 txId)
{
    if (remote && remote->causalLength > causalLength)
        return {}; // the service's later life was merged here
    const bool newLife = !remote || remote->causalLength < causalLength;
    if (causalLength % 2 == 0) {
        if (!newLife)
            return {};
        // A tombstone the service lacks, so that a late copy of the row cannot bring it back. A
        // pulled delete keeps no field clock, so this comes before the check for templates below.
        return recordOutbox(kind, id, QStringLiteral("delete"), {}, m_hlc.tick(), causalLength, txId);
    }
    Result<QHash<QString, QString>> read = rowClocks(kind, id);
    if (!read)
        return read.error();
    const QHash<QString, QString>& clocks = read.value();
    // Rows that never had a local clock (the bundled templates) were never meant to sync.
    if (clocks.isEmpty())
        return {};
    const QString table = entityName(kind);

    // Each field with its own clock ("*" stands for the fields of the row's creation); a field
    // with a clock but no value was removed.
    const QString creation = clocks.value(QStringLiteral("*"));
    // A list merged element by element goes with the newest of its own and its elements' clocks,
    // and wherever it goes, the clocks of all its elements go with it.
    QHash<QString, QString> fieldClocks;
    for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it) {
        if (!isElementClockKey(it.key()))
            fieldClocks.insert(it.key(), it.value());
    }
    QJsonObject elementClocks;
    for (const QString& field : elementMergedFields(kind)) {
        QString newest = fieldClocks.value(field, creation);
        const QHash<QString, QString> ofField = elementClocksOf(field, clocks);
        for (auto it = ofField.constBegin(); it != ofField.constEnd(); ++it) {
            newest = std::max(newest, it.value());
            elementClocks.insert(it.key(), it.value());
        }
        if (doc.contains(field) && !newest.isEmpty())
            fieldClocks.insert(field, newest);
    }
    std::map<QString, QJsonObject> byClock;
    for (auto it = doc.constBegin(); it != doc.constEnd(); ++it)
        byClock[fieldClocks.value(it.key(), creation)].insert(it.key(), it.value());
    for (auto it = fieldClocks.constBegin(); it != fieldClocks.constEnd(); ++it) {
        if (it.key() != QLatin1String("*") && !doc.contains(it.key()))
            byClock[it.value()].insert(it.key(), QJsonValue(QJsonValue::Null));
    }
    const auto withElementClocks = [&](QJsonObject fields) {
        for (const QString& field : elementMergedFields(kind)) {
            if (!fields.contains(field))
                continue;
            for (auto it = elementClocks.constBegin(); it != elementClocks.constEnd(); ++it)
                fields.insert(it.key(), it.value());
        }
        return fields;
    };
    // Whether the service lacks an element clock of `field` or holds it older.
    const auto elementsNewerHere = [&](const QString& field) {
        const QHash<QString, QString> ofField = elementClocksOf(field, clocks);
        return std::any_of(ofField.constKeyValueBegin(), ofField.constKeyValueEnd(), [&](const auto& entry) {
            return entry.second > remote->clocks.value(entry.first);
        });
    };
    byClock.erase(QString()); // fields without any clock are not this device's to send
    if (newLife) {
        // The service starts the row's life from a whole record, stamped with the oldest clock;
        // fields written later follow with their own clocks.
        if (byClock.empty())
            return {};
        const QString oldest = byClock.begin()->first;
        QJsonObject whole = withElementClocks(doc);
        whole.insert(QStringLiteral("id"), id);
        if (Status s = recordOutbox(kind, id, QStringLiteral("put"), whole, oldest, causalLength, txId); !s)
            return s;
        byClock.erase(byClock.begin());
    } else {
        // Same life: only the fields whose clock the service holds older (or not at all).
        for (auto it = byClock.begin(); it != byClock.end();) {
            QJsonObject newer;
            for (auto field = it->second.constBegin(); field != it->second.constEnd(); ++field) {
                const QString theirs =
                    remote->clocks.value(field.key(), remote->clocks.value(QStringLiteral("*")));
                if (it->first > theirs ||
                    (isElementMerged(kind, field.key()) && elementsNewerHere(field.key())))
                    newer.insert(field.key(), field.value());
            }
            it->second = newer;
            it = newer.isEmpty() ? byClock.erase(it) : std::next(it);
        }
    }
    for (const auto& [clock, fields] : byClock) {
        if (Status s = recordOutbox(kind, id, QStringLiteral("put"), withElementClocks(fields), clock,
                                    causalLength, txId);
            !s)
            return s;
    }
    if (!byClock.empty() || newLife)
        qCInfo(lcStoreSync) << "queued again for the service:" << table << id;
    return {};
}

Result<QHash<QString, QString>> LocalStore::rowClocks(EntityKind kind, const QString& id)
{
    QSqlQuery& query =
        m_db->prepared(QStringLiteral("SELECT field, hlc FROM field_clock WHERE entity = ? AND row_id = ?"));
    query.addBindValue(entityName(kind));
    query.addBindValue(id);
    if (Status s = m_db->exec(query); !s)
        return s.error();
    QHash<QString, QString> clocks;
    while (query.next())
        clocks.insert(query.value(0).toString(), query.value(1).toString());
    query.finish();
    return clocks;
}

Status LocalStore::acknowledgeOutbox(qint64 mutationId)
{
    return m_db->transaction([&]() -> Status {
        // The acknowledged entries of this client id, by their range of numbers.
        QSqlQuery& drop =
            m_db->prepared(QStringLiteral("DELETE FROM outbox WHERE mutation_id > ? AND mutation_id <= ?"));
        drop.addBindValue(m_mutationBase);
        drop.addBindValue(m_mutationBase + mutationId);
        if (Status s = m_db->exec(drop); !s)
            return s;
        // And a bounded number of an earlier id's that will never be sent (a restored service):
        // each acknowledgement clears some, so no single one deletes them all.
        QSqlQuery& clear = m_db->prepared(QStringLiteral(
            "DELETE FROM outbox WHERE mutation_id IN (SELECT mutation_id FROM outbox WHERE mutation_id <= ? "
            "ORDER BY mutation_id LIMIT ?)"));
        clear.addBindValue(m_mutationBase);
        clear.addBindValue(kOutboxClearedPerAcknowledgement);
        if (Status s = m_db->exec(clear); !s)
            return s;
        QSqlQuery& mark = m_db->prepared(QStringLiteral(
            "UPDATE sync_state SET last_acked_mutation = max(last_acked_mutation, ?) WHERE id = 1"));
        mark.addBindValue(mutationId);
        return m_db->exec(mark);
    });
}

Result<QVariant> LocalStore::syncStateValue(const QString& column)
{
    QSqlQuery& query = m_db->prepared(QStringLiteral("SELECT %1 FROM sync_state WHERE id = 1").arg(column));
    if (Status read = m_db->exec(query); !read)
        return read.error();
    // The schema creates the row; a store has no sync state without it.
    QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

Result<qint64> LocalStore::syncCookie()
{
    Result<QVariant> cookie = syncStateValue(QStringLiteral("cookie"));
    if (!cookie)
        return cookie.error();
    return cookie->toLongLong();
}

Status LocalStore::setSyncCookie(qint64 cookie)
{
    return m_db->transaction([&]() -> Status {
        QSqlQuery& query = m_db->prepared(QStringLiteral("UPDATE sync_state SET cookie = ? WHERE id = 1"));
        query.addBindValue(cookie);
        return m_db->exec(query);
    });
}

Status LocalStore::setSyncPosition(qint64 cookie, const QString& epoch)
{
    return m_db->transaction([&]() -> Status {
        QSqlQuery& query =
            m_db->prepared(QStringLiteral("UPDATE sync_state SET cookie = ?, epoch = ? WHERE id = 1"));
        query.addBindValue(cookie);
        query.addBindValue(epoch);
        return m_db->exec(query);
    });
}

Result<bool> LocalStore::mustCompareNextSnapshot()
{
    Result<QVariant> compare = syncStateValue(QStringLiteral("compare_next_snapshot"));
    if (!compare)
        return compare.error();
    return compare->toBool();
}

Status LocalStore::keepSnapshotPosition(qint64 cookie, const QString& epoch)
{
    return m_db->transaction([&]() -> Status {
        QSqlQuery& query = m_db->prepared(QStringLiteral(
            "UPDATE sync_state SET cookie = ?, epoch = ?, compare_next_snapshot = 0 WHERE id = 1"));
        query.addBindValue(cookie);
        query.addBindValue(epoch);
        return m_db->exec(query);
    });
}

Result<bool> LocalStore::hasFieldClocks()
{
    QSqlQuery& query = m_db->prepared(QStringLiteral("SELECT EXISTS (SELECT 1 FROM field_clock)"));
    if (Status s = m_db->exec(query); !s)
        return s.error();
    const bool any = query.next() && query.value(0).toBool();
    query.finish();
    return any;
}

Result<QString> LocalStore::syncEpoch()
{
    Result<QVariant> epoch = syncStateValue(QStringLiteral("epoch"));
    if (!epoch)
        return epoch.error();
    return epoch->toString();
}

Result<qint64> LocalStore::lastIssuedMutation()
{
    QSqlQuery& query = m_db->prepared(
        QStringLiteral("SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'outbox'"));
    if (Status read = m_db->exec(query); !read)
        return read.error();
    const qint64 issued =
        query.next() ? std::max<qint64>(0, query.value(0).toLongLong() - m_mutationBase) : 0;
    query.finish();
    return issued;
}

Result<QString> LocalStore::replacedClientId()
{
    Result<QVariant> id = syncStateValue(QStringLiteral("replaces_client_id"));
    if (!id)
        return id.error();
    return id->toString();
}

Status LocalStore::clearReplacedClientId()
{
    return m_db->transaction([&]() -> Status {
        return m_db->exec(
            m_db->prepared(QStringLiteral("UPDATE sync_state SET replaces_client_id = '' WHERE id = 1")));
    });
}

Status LocalStore::startAsNewDevice(NewDeviceReason reason)
{
    const QString fresh = QUuid::createUuid().toString(QUuid::Id128);
    // Only a device that will never sync under its old id again may free that id's slot: a
    // copied store's original goes on using it.
    const bool oldIdIsDead =
        reason == NewDeviceReason::Restored || reason == NewDeviceReason::ServiceRestored;
    qint64 base = 0;
    const Status status = m_db->transaction([&]() -> Status {
        // The queued changes become 1, 2, 3 ... of the new id: the numbering base moves to just
        // below the first of them, so no entry is rewritten, however many are queued. A restored
        // service may hold a row in an earlier life than a queued edit of it, and would refuse
        // that edit (not a whole record): then the base moves past every entry issued, which
        // leaves them to be cleared by later acknowledgements. The rows hold everything the queue
        // did, with their clocks: the full pull that follows queues again what the service lacks,
        // whole records first.
        QSqlQuery& numbers = m_db->prepared(
            QStringLiteral("SELECT (SELECT min(mutation_id) FROM outbox WHERE mutation_id > ?), "
                           "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0)"));
        numbers.addBindValue(m_mutationBase);
        if (Status s = m_db->exec(numbers); !s)
            return s;
        if (!numbers.next())
            return Database::sqlError(QStringLiteral("read the outbox's numbers"), numbers.lastError());
        const bool dropQueue = reason == NewDeviceReason::ServiceRestored || numbers.value(0).isNull();
        base = dropQueue ? numbers.value(1).toLongLong() : numbers.value(0).toLongLong() - 1;
        numbers.finish();
        QSqlQuery& state = m_db->prepared(QStringLiteral(
            "UPDATE sync_state SET client_id = ?, cookie = 0, epoch = '', last_acked_mutation = 0, "
            "compare_next_snapshot = 1, mutation_base = ?, replaces_client_id = CASE WHEN ? AND "
            "replaces_client_id = '' THEN client_id ELSE replaces_client_id END WHERE id = 1"));
        state.addBindValue(fresh);
        state.addBindValue(base);
        state.addBindValue(oldIdIsDead);
        return m_db->exec(state);
    });
    if (!status)
        return status;
    qCInfo(lcStoreSync) << "syncing as a new device:" << reasonName(reason);
    m_clientId = fresh;
    m_mutationBase = base;
    m_hlc.setNodeId(fresh);
    return {};
}

Status LocalStore::useSyncAccount(const QString& account)
{
    QSqlQuery& query = m_db->prepared(QStringLiteral("SELECT sync_account FROM sync_state WHERE id = 1"));
    if (Status s = m_db->exec(query); !s)
        return s;
    const QString recorded = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (recorded == account)
        return {};
    if (!recorded.isEmpty()) {
        if (Status s = startAsNewDevice(NewDeviceReason::OtherAccount); !s)
            return s;
    }
    return m_db->transaction([&]() -> Status {
        QSqlQuery& record =
            m_db->prepared(QStringLiteral("UPDATE sync_state SET sync_account = ? WHERE id = 1"));
        record.addBindValue(account);
        return m_db->exec(record);
    });
}

QString LocalStore::restoredMarkPath(const QString& storePath)
{
    return storePath + QStringLiteral(".restored");
}

Status LocalStore::recordRejection(const SyncRejection& rejection)
{
    return m_db->transaction([&]() -> Status {
        QSqlQuery& query = m_db->prepared(QStringLiteral(
            "INSERT INTO sync_rejection (entity, row_id, code, message, at_ms) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (entity, row_id) DO UPDATE SET code = excluded.code, message = excluded.message, "
            "at_ms = excluded.at_ms"));
        query.addBindValue(entityName(rejection.kind));
        query.addBindValue(rejection.rowId);
        query.addBindValue(rejection.code);
        query.addBindValue(rejection.message);
        query.addBindValue(rejection.atMs);
        return m_db->exec(query);
    });
}

QList<SyncRejection> LocalStore::rejections()
{
    QSqlQuery& query = m_db->prepared(QStringLiteral(
        "SELECT entity, row_id, code, message, at_ms FROM sync_rejection ORDER BY at_ms, entity, row_id"));
    QList<SyncRejection> result;
    if (const Status read = m_db->exec(query); !read) {
        qCWarning(lcStoreSync) << "reading what did not sync failed:" << read.errorMessage();
        return result;
    }
    while (query.next()) {
        const std::optional<EntityKind> kind = entityKindFromName(query.value(0).toString());
        if (kind)
            result.append({*kind, query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toLongLong()});
    }
    query.finish();
    return result;
}

Status LocalStore::sendAgain(EntityKind kind, const QString& id)
{
    return m_db->transaction([&]() -> Status {
        Result<Row> row = readRow(kind, id);
        if (!row)
            return row.error();
        if (row->exists) {
            Result<qint64> txId = nextTxId();
            if (!txId)
                return txId.error();
            // As if the service had never seen the record: its whole current life goes again.
            if (Status s = queueRowAgain(kind, id, row->causalLength, row->doc, nullptr, txId.value()); !s)
                return s;
        }
        QSqlQuery& forget =
            m_db->prepared(QStringLiteral("DELETE FROM sync_rejection WHERE entity = ? AND row_id = ?"));
        forget.addBindValue(entityName(kind));
        forget.addBindValue(id);
        return m_db->exec(forget);
    });
}

Status LocalStore::replaceOutboxPayload(qint64 mutationId, const QJsonObject& payload)
{
    return m_db->transaction([&]() -> Status {
        QSqlQuery& query =
            m_db->prepared(QStringLiteral("UPDATE outbox SET payload_json = ? WHERE mutation_id = ?"));
        query.addBindValue(compactJson(payload));
        query.addBindValue(m_mutationBase + mutationId);
        return m_db->exec(query);
    });
}

Status LocalStore::setClockOffset(qint64 offsetMs)
{
    m_hlc.setOffset(offsetMs);
    return m_db->transaction([&]() -> Status {
        QSqlQuery& query =
            m_db->prepared(QStringLiteral("UPDATE sync_state SET clock_offset_ms = ? WHERE id = 1"));
        query.addBindValue(offsetMs);
        return m_db->exec(query);
    });
}

Status LocalStore::prepareSync(const QString& path)
{
    const QString place = QFileInfo(path).canonicalFilePath();
    const QString machine = machineId();
    QSqlQuery& query = m_db->prepared(QStringLiteral(
        "SELECT store_path, machine_id, clock_offset_ms, (SELECT max(hlc) FROM field_clock) FROM sync_state "
        "WHERE id = 1"));
    if (Status s = m_db->exec(query); !s)
        return s;
    if (!query.next())
        return Database::sqlError(QStringLiteral("read the sync identity"), query.lastError());
    const QString recordedPlace = query.value(0).toString();
    const QString recordedMachine = query.value(1).toString();
    m_hlc.setOffset(query.value(2).toLongLong());
    // Never below a clock already in the file, whichever device wrote it.
    if (const Status followed = m_hlc.follow(query.value(3).toString());
        !followed && !query.value(3).isNull())
        qCWarning(lcStoreSync) << "newest field clock not followed:" << followed.errorMessage();
    query.finish();

    const QString mark = restoredMarkPath(path);
    const bool restored = QFileInfo::exists(mark);
    // An empty place is a new store, or one from before places were recorded: it is the device.
    const bool moved = !recordedPlace.isEmpty() && (recordedPlace != place || recordedMachine != machine);
    if (restored || moved) {
        if (Status s = startAsNewDevice(restored ? NewDeviceReason::Restored : NewDeviceReason::Copied); !s)
            return s;
    }
    if (restored || recordedPlace != place || recordedMachine != machine) {
        const Status recorded = m_db->transaction([&]() -> Status {
            QSqlQuery& record = m_db->prepared(
                QStringLiteral("UPDATE sync_state SET store_path = ?, machine_id = ? WHERE id = 1"));
            record.addBindValue(place);
            record.addBindValue(machine);
            return m_db->exec(record);
        });
        if (!recorded)
            return recorded;
    }
    // Gone only once the new identity is in the file: a crash before leaves the mark to act again.
    if (restored && !QFile::remove(mark))
        qCWarning(lcStoreSync) << "could not remove" << mark;
    return {};
}

} // namespace dnd
