#pragma once

#include "SyncProtocol.h"
#include "billing/PlanCatalog.h"
#include "storage/EntityRepository.h"
#include "storage/ServerDatabase.h"
#include "store/HybridLogicalClock.h"

namespace dnd::server {

// The service's side of sync (docs/SYNC.md) on the account's entity rows.
//
// A push is applied in one transaction: mutations the device already sent are skipped, a gap
// stops the batch, each field is taken only when its clock is newer than the stored one, a causal
// length lower than the row's loses, and the account's version moves once for the whole batch.
// A mutation that can never apply (invalid document, over the plan's limit, a clock too far
// ahead) is rejected but still counts as processed, so it does not hold up the queue.
class SyncRepository {
public:
    SyncRepository(ServerDatabase& db, HybridLogicalClock& clock, EntityRepository& entities)
        : m_db(db), m_clock(clock), m_entities(entities)
    {}

    struct PushOutcome {
        sync::PushResponse response;
        bool changed = false; // the account's data moved on: devices should pull
        // What the push did that the business reports count: combat log entries that came alive
        // (one per combat action on the device) and encounters whose combat started.
        int combatActions = 0;
        int combatsStarted = 0;
    };
    // FORBIDDEN when the device is registered to another account, DEVICE_REMOVED when the account
    // removed it, LIMIT_EXCEEDED when it would be one device more than the plan allows, SYNC_GAP when
    // mutations are missing before the batch's new ones; nothing changes then.
    Result<PushOutcome> push(const QString& account, const sync::PushRequest& request, const Plan& plan);
    // The rows changed after `cookie` (all rows, with reset set, when the cookie is not one this
    // account has reached), with their field clocks, and what this device's pushes reached; one
    // page at a time (hasMore set when more follow from the answer's cookie). DEVICE_REMOVED when
    // the account removed this device id. With `skipOwnRows` (and no reset), a row whose every
    // change after the cookie came from this device's pushes is left out: the device holds it.
    Result<sync::PullResponse> pull(const QString& account, const QString& clientId, qint64 cookie,
                                    bool skipOwnRows = false);

    // The epoch of the service's sync data, created on first use. Devices keep it beside their
    // cookie; a different one tells them the data was restored or reset.
    static Result<QString> epoch(ServerDatabase& db);
    // A new epoch after the database was restored from a backup or reset, and every device's
    // progress forgotten (they come back as new devices and re-upload what the restore lost).
    static Result<QString> resetEpoch(ServerDatabase& db);

private:
    // The account's data version now (0 before its first change).
    Result<qint64> accountVersion(const QString& account);
    // The last account version of the page of a pull after `since`: whole versions, up to
    // sync::kPullPageRows rows and sync::kPullPageBytes of documents (at least one version).
    // `own` leaves out the rows a pull skips as the device's own (ownRowsFilter).
    struct OwnRows {
        QString filter; // an SQL condition on the entities row, empty when nothing is skipped
        QVariantList values;
    };
    static OwnRows ownRowsFilter(const QString& clientId, qint64 since, bool skip, const QString& alias);
    Result<qint64> pageEnd(const QString& account, qint64 since, qint64 current, const OwnRows& own);
    struct StoredRow {
        qint64 causalLength = 0;
        QJsonObject doc;
        QHash<QString, QString> clocks; // field -> hybrid logical clock
    };
    // What applying one mutation did: nothing (superseded or rejected), or a change.
    enum class Outcome { Unchanged, Changed };

    struct ClientProgress {
        qint64 lastMutationId = 0;
        QString lastMutationHlc;
    };
    // DEVICE_REMOVED when the account removed this device id (it must start again as a new device).
    Status refuseRemoved(const QString& account, const QString& clientId);
    Result<ClientProgress> registerClient(const QString& account, const sync::PushRequest& request,
                                          const Plan& plan);
    // The rejections of mutations in `request` the service processed before (up to `last`),
    // kept until the device sends from a later id: its first answer may have been lost.
    Status reportAgain(const sync::PushRequest& request, qint64 last, QList<sync::Rejection>& rejected);
    // Applies one mutation; the account's version is moved (once per batch) into *version when
    // the first change is written.
    Result<Outcome> apply(const QString& account, const sync::Mutation& m, const Plan& plan, qint64* version,
                          QList<sync::Rejection>& rejected, PushOutcome& counted);
    Result<std::optional<StoredRow>> read(const QString& account, const QString& kind, const QString& id);
    // Writes the row and stamps each of `stampedFields` with its clock; `dropOldClocks` first
    // forgets the clocks of the row's earlier life (a new life starts).
    Status write(const QString& account, const sync::Mutation& m, bool exists, const QJsonObject& doc,
                 qint64 causalLength, const QHash<QString, QString>& stampedFields, bool dropOldClocks,
                 qint64 version);
    // Merges a list that merges element by element (docs/SYNC.md) from a put into `doc`, and
    // adds the clocks to stamp: those of a new life as sent, else those the merge moved. No row
    // (a new life): the list as sent.
    void mergeElements(const sync::Mutation& m, const QString& field, const std::optional<StoredRow>& row,
                       QJsonObject& doc, QHash<QString, QString>& stamped);
    // A rejection when a row of `kind` coming alive would exceed the plan's limit.
    Result<std::optional<sync::Rejection>> checkLimit(const QString& account, const sync::Mutation& m,
                                                      const QJsonObject& doc, const Plan& plan);

    ServerDatabase& m_db;
    HybridLogicalClock& m_clock;
    // Bytes of the account's live documents during one push, read once (storage limit).
    std::optional<qint64> m_storedBytes;
    // The device whose push is being applied: each row it changes is noted as its (last_writer).
    QString m_writer;
    EntityRepository& m_entities;
};

} // namespace dnd::server
