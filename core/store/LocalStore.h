#pragma once

#include "model/EntityKind.h"
#include "store/ChangeSet.h"
#include "store/Database.h"
#include "store/HybridLogicalClock.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace dnd {

// A queued local change waiting to reach the service.
struct OutboxEntry {
    qint64 mutationId = 0;
    EntityKind kind = EntityKind::Party;
    QString rowId;
    QString op; // "put" or "delete"
    QJsonObject payload;
    QString hlc;
    qint64 causalLength = 1;
    qint64 txId = 0;
    qsizetype payloadBytes = 0; // the payload as compact JSON (UTF-8), as stored
};

// A row as the service holds it, to be merged into this device's copy (LocalStoreSync.cpp).
struct RemoteRow {
    EntityKind kind = EntityKind::Party;
    QString id;
    qint64 causalLength = 1;        // odd alive, even deleted
    QJsonObject fields;             // the record; empty for a deleted row
    QHash<QString, QString> clocks; // field -> hybrid logical clock of its last write
};

// What a full snapshot showed the service holds: each row's causal length and field clocks (the
// fields themselves are left out), gathered page by page while the pages are merged.
class ServiceSnapshot {
public:
    void add(const RemoteRow& row);
    const RemoteRow* find(EntityKind kind, const QString& id) const;
    // Forgets rows already compared, so the snapshot is freed a step at a time, not all at once.
    void remove(EntityKind kind, const QString& id);
    qsizetype size() const { return m_rows.size(); }

private:
    QHash<QString, RemoteRow> m_rows; // "<entity>/<id>"
};

// How far the comparison of this device's rows with a service snapshot has got: local rows are
// visited kind by kind, in id order.
struct SnapshotComparison {
    int kindIndex = 0; // into kAllEntityKinds
    QString afterId;   // the last row id of that kind already compared
    bool done = false;
};

// A local change the sync service refused for good, kept per record (newest reason) until the
// record is sent again.
struct SyncRejection {
    EntityKind kind = EntityKind::Party;
    QString rowId;
    QString code;
    QString message;
    qint64 atMs = 0; // when the refusal arrived, by this device's clock
};

// A record that rows from the service changed: now alive with new fields, or deleted.
struct RemoteChange {
    EntityKind kind = EntityKind::Party;
    QString id;
};

// The id and name of a live record, read without decoding its document.
struct NamedRecord {
    QString id;
    QString name;
};

// The DM's data on this machine. Every write the DM makes goes through commit(), which validates
// the result, applies it and, in the same transaction, records what sync needs (field clocks,
// causal length, outbox). Rows from the service come in through applyRemote(). No other code
// writes entity tables.
class LocalStore {
public:
    static Result<std::unique_ptr<LocalStore>> open(const QString& path, const Clock& clock,
                                                    Database::Options options = {});
    static Result<std::unique_ptr<LocalStore>> open(const QString& path)
    {
        return open(path, SystemClock::instance());
    }
    ~LocalStore();

    Database& database() { return *m_db; }
    const Clock& clock() const { return m_clock; }
    static QString newId();

    // Applies every change or none. On success returns the change set that undoes it. In a put, a
    // field whose value is null is removed from the record.
    Result<ChangeSet> commit(const ChangeSet& changes);

    // Reads see live (not deleted) records only.
    std::optional<QJsonObject> document(EntityKind kind, const QString& id);
    QList<QJsonObject> documents(EntityKind kind);
    QList<QJsonObject> children(EntityKind kind, const QString& parentId);
    bool isDeleted(EntityKind kind, const QString& id);
    qint64 causalLength(EntityKind kind, const QString& id);
    qint64 count(EntityKind kind);
    // The id and "name" field of every live record of a kind, in creation order. SQLite reads the
    // field; no document is decoded (a picker listing hundreds of encounters needs only this).
    QList<NamedRecord> names(EntityKind kind);

    template <typename Entity> std::optional<Entity> get(const QString& id)
    {
        if (std::optional<QJsonObject> doc = document(Entity::kKind, id))
            return Entity::fromJson(*doc);
        return std::nullopt;
    }
    template <typename Entity> QList<Entity> all() { return decode<Entity>(documents(Entity::kKind)); }
    template <typename Entity> QList<Entity> childrenOf(const QString& parentId)
    {
        return decode<Entity>(children(Entity::kKind, parentId));
    }

    // Sync bookkeeping, read by the sync engine and by tests.
    QString clientId() const { return m_clientId; }
    // The oldest queued changes, at most `limit`; a failed read is an error, never an empty queue.
    Result<QList<OutboxEntry>> queuedChanges(int limit);
    Result<qint64> queuedCount();
    // The same for display and tests: a failed read is logged and reads as empty.
    QList<OutboxEntry> outbox(int limit = 1000);
    qint64 outboxSize();
    QString fieldClock(EntityKind kind, const QString& id, const QString& field);

    // Merges rows pulled from the service in one transaction, the way the service merges pushes:
    // a lower causal length loses, a higher one starts a new life of the row, and in the same
    // life each field takes the newer clock. Nothing is queued in the outbox and nothing enters
    // the undo history. A row that would make a record validation refuses is held (and logged)
    // and merged again at every later call, never skipped. Answers how many rows changed. When
    // `fullSnapshot` is set, the rows are everything the service holds:
    // in the same transaction, every local row or field the service lacks or holds older is
    // queued again with its own field clocks (after a restore of either side).
    Result<int> applyRemote(const QList<RemoteRow>& rows, bool fullSnapshot = false);
    // The end of a full snapshot that arrived in pages (each merged with applyRemote), one step:
    // in one transaction, queues what `snapshot` (every row the service holds) lacks of at most
    // `maxRows` more local rows, from where `progress` stands, and moves `progress` on (`done`
    // once every local row was compared). The rows compared leave `snapshot`. Answers how many
    // local rows the step looked at. Steps keep each transaction, and the wait of whoever called
    // it, bounded whatever the store holds; the caller keeps the cookie once done. Interrupted,
    // the queued part goes up and the next full snapshot queues the rest.
    Result<int> compareWithSnapshot(ServiceSnapshot& snapshot, SnapshotComparison& progress, int maxRows);
    // Whether any row has a field clock: a store without one has nothing of its own that a
    // snapshot could lack (a new device, bundled templates only).
    Result<bool> hasFieldClocks();
    // Called once applyRemote has committed, with the records it changed, so whatever shows or
    // caches them (an open encounter) reads them again. Answers a handle for removing it.
    using RemoteChangeListener = std::function<void(const QList<RemoteChange>&)>;
    int addRemoteChangeListener(RemoteChangeListener listener);
    void removeRemoteChangeListener(int handle);
    // Called after each commit() of a non-empty change with its outcome, so the window can say
    // when saving fails (a full disk, a locked or read-only file) and when it works again.
    using CommitOutcomeListener = std::function<void(const Status&)>;
    int addCommitOutcomeListener(CommitOutcomeListener listener);
    void removeCommitOutcomeListener(int handle);
    // Drops the outbox entries the service has processed (up to and including `mutationId`), and
    // at most kOutboxClearedPerAcknowledgement entries of an earlier client id that will never be
    // sent. Mutation ids here and in queuedChanges(), replaceOutboxPayload() and
    // lastIssuedMutation() are the client id's own numbers (1, 2, 3 ... since it was taken).
    Status acknowledgeOutbox(qint64 mutationId);
    static constexpr int kOutboxClearedPerAcknowledgement = 500;
    // The service version this device has pulled up to. Like every read of the sync state, a
    // failed read is an error (never 0 or empty, which would mean a full pull or a new service).
    Result<qint64> syncCookie();
    Status setSyncCookie(qint64 cookie);
    // The cookie together with the epoch of the service data it belongs to.
    Status setSyncPosition(qint64 cookie, const QString& epoch);
    Result<QString> syncEpoch();
    // Whether the next full snapshot must be compared with this store's rows (it started again as
    // a new device and may hold changes the service lacks beyond its outbox). A failed read is an
    // error, never "no".
    Result<bool> mustCompareNextSnapshot();
    // The cookie and epoch at the end of a whole snapshot: from now on whatever the service lacks
    // of this store is in its outbox, so the next full snapshot is not compared.
    Status keepSnapshotPosition(qint64 cookie, const QString& epoch);
    // The highest mutation id this store has ever handed out (acknowledged or not). The service
    // acknowledging one above it means the store is not the device the service knows. A failed
    // read is an error, never 0 (which would make the store a new device for nothing).
    Result<qint64> lastIssuedMutation();
    // The client id this store synced under before it last became a new device, until the service
    // has been told to free that slot (clearReplacedClientId); empty otherwise.
    Result<QString> replacedClientId();
    Status clearReplacedClientId();

    // Why a store stops being the device the service knows.
    enum class NewDeviceReason {
        Copied,             // the file is in another folder or on another machine
        Restored,           // the file was restored from a backup
        OtherAccount,       // signed in to another account or service
        ServiceRestored,    // the service's data has another epoch or lost this device's progress
        IdentityMismatch,   // the service saw other mutations under this store's numbers
        RemovedFromAccount, // the account removed this device to free its slot
    };
    // Takes a new client id and starts syncing again from nothing: the queued changes are
    // numbered from 1 under the new id, the cookie and epoch are forgotten, so the next pull is
    // a full snapshot, after which whatever the service lacks is queued with its field clocks.
    // Touches no outbox entry (the numbering moves by a base), whatever the queue holds.
    Status startAsNewDevice(NewDeviceReason reason);
    // Records the service and account this store syncs with ("<service url> <account id>"); a
    // different one than before makes it a new device there.
    Status useSyncAccount(const QString& account);
    // Beside a store file, the mark BackupManager::restore leaves: the next open starts a new device.
    static QString restoredMarkPath(const QString& storePath);
    // What did not sync and why, one entry per record, oldest first; kept across restarts.
    Status recordRejection(const SyncRejection& rejection);
    QList<SyncRejection> rejections();
    // Queues the whole record again, with its own field clocks, and forgets its rejection.
    Status sendAgain(EntityKind kind, const QString& id);
    // Replaces what a queued put carries (a change that can never be accepted travels empty, so
    // the numbering the service follows has no gap).
    Status replaceOutboxPayload(qint64 mutationId, const QJsonObject& payload);
    // How far this machine's clock is behind the sync service's, as measured by the sync engine;
    // local edits are stamped with the corrected time (kept across restarts).
    Status setClockOffset(qint64 offsetMs);
    qint64 clockOffset() const { return m_hlc.offset(); }

    // Local, unsynced preferences of this data folder.
    QString setting(const QString& key, const QString& fallback = {});
    Status setSetting(const QString& key, const QString& value);

private:
    LocalStore(std::unique_ptr<Database> db, const Clock& clock, QString clientId);
    template <typename Entity> static QList<Entity> decode(const QList<QJsonObject>& docs)
    {
        QList<Entity> result;
        result.reserve(docs.size());
        for (const QJsonObject& doc : docs)
            result.append(Entity::fromJson(doc));
        return result;
    }

    struct Row {
        bool exists = false;
        qint64 causalLength = 0;
        QJsonObject doc;
    };
    Result<Row> readRow(EntityKind kind, const QString& id);
    // For the plain readers: a failed read is logged and reads as "no such record".
    Row readRowOrLog(EntityKind kind, const QString& id);
    Status applyOp(const ChangeOp& op, ChangeOrigin origin, qint64 txId, ChangeSet& inverse);
    Status recordOutbox(EntityKind kind, const QString& id, const QString& op, const QJsonObject& payload,
                        const QString& hlc, qint64 cl, qint64 txId);
    Status recordFieldClock(EntityKind kind, const QString& id, const QString& field, const QString& hlc);
    // Forgets the clocks of a row's fields: a new life starts (the old life's must not outvote it).
    Status clearFieldClocks(EntityKind kind, const QString& id);
    // Every field clock of one row (field -> clock; "*" is the clock of the row's creation).
    Result<QHash<QString, QString>> rowClocks(EntityKind kind, const QString& id);
    // One remote row merged into the local copy; answers whether anything changed.
    Result<bool> mergeRemote(const RemoteRow& remote);
    // Queues every local row, or the fields of one, that `snapshot` (all the service holds) lacks
    // or holds with older clocks; at most `maxRows` local rows from `progress` on (named in
    // `compared`).
    Result<int> queueWhatServiceLacks(const ServiceSnapshot& snapshot, SnapshotComparison& progress,
                                      int maxRows, QList<QPair<EntityKind, QString>>& compared);
    Status queueRowAgain(EntityKind kind, const QString& id, qint64 causalLength, const QJsonObject& doc,
                         const RemoteRow* remote, qint64 txId);
    Result<ChangeSet> commitChanges(const ChangeSet& changes); // commit() less its listeners
    Result<qint64> nextTxId();
    // One column of the single sync_state row.
    Result<QVariant> syncStateValue(const QString& column);
    // After opening: the clock takes the kept offset and follows every field clock in the file
    // (so no local edit is stamped below one), and a store in another place than where it took
    // its client id, or restored from a backup, becomes a new device.
    Status prepareSync(const QString& path);
    void notifyRemoteChanges(const QList<RemoteChange>& changes);

    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    QString m_clientId;
    // The outbox entry numbered m_mutationBase + N is mutation N of the client id (sync_state).
    qint64 m_mutationBase = 0;
    HybridLogicalClock m_hlc;
    std::map<int, RemoteChangeListener> m_remoteListeners;
    std::map<int, CommitOutcomeListener> m_commitListeners;
    int m_nextListener = 1;
};

} // namespace dnd
