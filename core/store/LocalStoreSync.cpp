// The parts of LocalStore that sync uses: merging what the service holds into the local copy,
// and the bookkeeping of what was pushed and pulled. Kept apart from the write path of the DM's
// own edits (LocalStore.cpp) because nothing here is recorded for sync again.
#include "model/DocumentValidation.h"
#include "store/LocalStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStoreSync, "dnd.store.sync")

namespace dnd {

namespace {

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Result<int> LocalStore::applyRemote(const QList<RemoteRow>& rows)
{
    QList<RemoteChange> changed;
    const Status status = m_db->transaction([&]() -> Status {
        changed.clear();
        for (const RemoteRow& remote : rows) {
            Result<bool> merged = mergeRemote(remote);
            if (!merged)
                return merged.error();
            if (merged.value())
                changed.append(RemoteChange{remote.kind, remote.id});
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
        // A clock beyond the drift bound is not followed; the rows are still taken, since the
        // service accepted them.
        if (const Status observed = m_hlc.observe(clock); !observed)
            qCWarning(lcStoreSync) << observed.errorMessage();
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
    if (alive && newLife) {
        doc = remote.fields;
        taken = remote.clocks.keys();
    } else if (alive) {
        for (auto it = remote.clocks.constBegin(); it != remote.clocks.constEnd(); ++it) {
            if (it.value() <= fieldClock(remote.kind, remote.id, it.key()))
                continue;
            // A field the service no longer has was removed there.
            if (remote.fields.contains(it.key()))
                doc.insert(it.key(), remote.fields.value(it.key()));
            else
                doc.remove(it.key());
            taken << it.key();
        }
        if (taken.isEmpty())
            return false;
    }
    doc.insert(QStringLiteral("id"), remote.id);
    if (alive) {
        if (const ValidationErrors errors = validateDocument(remote.kind, doc); !errors.isEmpty()) {
            qCWarning(lcStoreSync) << "skipping" << table << remote.id
                                   << "from the service:" << errors.toError().message;
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
        QSqlQuery& clear =
            m_db->prepared(QStringLiteral("DELETE FROM field_clock WHERE entity = ? AND row_id = ?"));
        clear.addBindValue(table);
        clear.addBindValue(remote.id);
        if (Status s = m_db->exec(clear); !s)
            return s.error();
    }
    for (const QString& field : taken) {
        if (Status s = recordFieldClock(remote.kind, remote.id, field, remote.clocks.value(field)); !s)
            return s.error();
    }
    return true;
}

Status LocalStore::acknowledgeOutbox(qint64 mutationId)
{
    return m_db->transaction([&]() -> Status {
        QSqlQuery& drop = m_db->prepared(QStringLiteral("DELETE FROM outbox WHERE mutation_id <= ?"));
        drop.addBindValue(mutationId);
        if (Status s = m_db->exec(drop); !s)
            return s;
        QSqlQuery& mark = m_db->prepared(QStringLiteral(
            "UPDATE sync_state SET last_acked_mutation = max(last_acked_mutation, ?) WHERE id = 1"));
        mark.addBindValue(mutationId);
        return m_db->exec(mark);
    });
}

qint64 LocalStore::syncCookie()
{
    QSqlQuery& query = m_db->prepared(QStringLiteral("SELECT cookie FROM sync_state WHERE id = 1"));
    qint64 cookie = 0;
    if (query.exec() && query.next())
        cookie = query.value(0).toLongLong();
    query.finish();
    return cookie;
}

Status LocalStore::setSyncCookie(qint64 cookie)
{
    return m_db->transaction([&]() -> Status {
        QSqlQuery& query = m_db->prepared(QStringLiteral("UPDATE sync_state SET cookie = ? WHERE id = 1"));
        query.addBindValue(cookie);
        return m_db->exec(query);
    });
}

} // namespace dnd
