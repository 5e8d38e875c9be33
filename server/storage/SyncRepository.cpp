#include "storage/SyncRepository.h"

#include "ApiErrorCodes.h"
#include "auth/SecureRandom.h"
#include "model/DocumentValidation.h"
#include "model/ElementMerge.h"
#include "model/Encounter.h"
#include "model/FieldGroups.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace dnd::server {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dnd::server::SyncRepository", text);
}

// The document field naming the parent row, for the kinds the REST API lists under a parent.
QString parentField(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Character:
        return QStringLiteral("partyId");
    case EntityKind::Participant:
    case EntityKind::CombatLog:
        return QStringLiteral("encounterId");
    default:
        return {};
    }
}

// The plan limit that counts the live rows of a kind, if any.
QString limitKey(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Party:
        return QStringLiteral("parties");
    case EntityKind::Encounter:
        return QStringLiteral("encounters");
    case EntityKind::Creature:
        return QStringLiteral("creatures");
    case EntityKind::CombatLog:
        return QStringLiteral("combatLogEntries");
    case EntityKind::Character:
        return QStringLiteral("characters");
    case EntityKind::Participant:
        return QStringLiteral("participantsPerEncounter");
    default:
        return {};
    }
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullWhenEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Result<SyncRepository::ClientProgress>
SyncRepository::registerClient(const QString& account, const sync::PushRequest& request, const Plan& plan)
{
    Result<std::optional<Row>> known =
        m_db.one(QStringLiteral("SELECT account_id, last_mutation_id, last_mutation_hlc FROM sync_clients "
                                "WHERE id = ?"),
                 {request.clientId});
    if (!known)
        return known.error();
    if (known.value()) {
        // A device id is the key of its progress; another account must not read or move it.
        if (known.value()->value(QStringLiteral("account_id")).toString() != account)
            return Error::make(api::kForbidden, tr("This device is registered to another account."));
        Result<int> seen = m_db.run(QStringLiteral("UPDATE sync_clients SET last_sync_at = ? WHERE id = ?"),
                                    {nowIso(), request.clientId});
        if (!seen)
            return seen.error();
        return ClientProgress{known.value()->value(QStringLiteral("last_mutation_id")).toLongLong(),
                              known.value()->value(QStringLiteral("last_mutation_hlc")).toString()};
    }
    if (Status present = refuseRemoved(account, request.clientId); !present)
        return present.error();
    // A device starting again under a new id frees the slot of the id it replaces.
    if (!request.replacesClientId.isEmpty() && request.replacesClientId != request.clientId) {
        Result<int> freed =
            m_db.run(QStringLiteral("DELETE FROM sync_clients WHERE id = ? AND account_id = ?"),
                     {request.replacesClientId, account});
        if (!freed)
            return freed.error();
    }
    if (const std::optional<int> limit = plan.limit(QStringLiteral("devices"))) {
        Result<std::optional<Row>> devices = m_db.one(
            QStringLiteral("SELECT COUNT(*) AS n FROM sync_clients WHERE account_id = ?"), {account});
        if (!devices)
            return devices.error();
        const qint64 used = devices.value() ? devices.value()->value(QStringLiteral("n")).toLongLong() : 0;
        if (used >= *limit)
            return Error::make(api::kLimitExceeded,
                               tr("Your %1 plan syncs at most %2 devices, and %3 hold the slots. Remove one "
                                  "in Account and Sync, or upgrade: %4")
                                   .arg(plan.name)
                                   .arg(*limit)
                                   .arg(used)
                                   .arg(plan.upgradeHint(QStringLiteral("devices"))),
                               plan.limitDetails(QStringLiteral("devices"), used));
    }
    const QString now = nowIso();
    Result<int> inserted =
        m_db.run(QStringLiteral("INSERT INTO sync_clients (id, account_id, last_mutation_id, registered_at, "
                                "last_sync_at) VALUES (?, ?, 0, ?, ?)"),
                 {request.clientId, account, now, now});
    if (!inserted)
        return inserted.error();
    return ClientProgress{};
}

Status SyncRepository::refuseRemoved(const QString& account, const QString& clientId)
{
    Result<std::optional<Row>> removed =
        m_db.one(QStringLiteral("SELECT removed_at FROM removed_devices WHERE id = ? AND account_id = ?"),
                 {clientId, account});
    if (!removed)
        return removed.error();
    if (!removed.value())
        return Status::success();
    const QString when = removed.value()->value(QStringLiteral("removed_at")).toString();
    return Error::make(api::kDeviceRemoved,
                       tr("This device was removed from the account (%1). It syncs again as a new device "
                          "when the plan has a free device slot.")
                           .arg(when.left(10)),
                       {{QStringLiteral("removedAt"), when}});
}

Result<SyncRepository::PushOutcome> SyncRepository::push(const QString& account,
                                                         const sync::PushRequest& request, const Plan& plan)
{
    PushOutcome outcome;
    sync::PushResponse& response = outcome.response;
    m_writer = request.clientId;
    const Status status = m_db.transaction([&]() -> Status {
        m_storedBytes.reset(); // read in this transaction (it may be a retry)
        outcome.combatActions = 0;
        outcome.combatsStarted = 0;
        Result<QString> currentEpoch = epoch(m_db);
        if (!currentEpoch)
            return currentEpoch.error();
        response.epoch = currentEpoch.value();
        Result<ClientProgress> progress = registerClient(account, request, plan);
        if (!progress)
            return progress.error();
        const qint64 last = progress->lastMutationId;
        // Mutations the device sent before (their answer was lost) are skipped; the rest must
        // follow on without a gap, or the missing ones would be lost for good.
        qint64 expected = last + 1;
        for (const sync::Mutation& m : request.mutations) {
            // A resend carries the very clock the service stored with its last mutation; another
            // clock under that number means a restored or copied store that numbers anew, whose
            // mutations would otherwise be skipped as already applied.
            if (m.id == last && !progress->lastMutationHlc.isEmpty() && m.hlc != progress->lastMutationHlc)
                return Error::make(api::kSyncIdentity,
                                   tr("Mutation %1 differs from the one this device sent before: its data "
                                      "was restored or copied. Sync it as a new device.")
                                       .arg(m.id),
                                   {{QStringLiteral("lastMutationId"), last}});
            if (m.id < expected)
                continue;
            if (m.id > expected)
                return Error::make(
                    api::kSyncGap,
                    tr("Mutation %1 was sent before mutation %2; send from %2 on.").arg(m.id).arg(expected),
                    {{QStringLiteral("lastMutationId"), last}, {QStringLiteral("epoch"), response.epoch}});
            ++expected;
        }
        if (Status reported = reportAgain(request, last, response.rejected); !reported)
            return reported;
        Result<qint64> before = accountVersion(account);
        if (!before)
            return before.error();
        response.baseVersion = before.value();
        qint64 version = 0;
        qint64 processed = last;
        QString processedHlc;
        for (const sync::Mutation& m : request.mutations) {
            if (m.id <= processed)
                continue;
            Result<Outcome> applied = apply(account, m, plan, &version, response.rejected, outcome);
            if (!applied)
                return applied.error();
            processed = m.id;
            processedHlc = m.hlc;
        }
        for (const sync::Rejection& rejection : response.rejected) {
            if (rejection.mutationId <= last)
                continue; // reported again, stored already
            Result<int> kept =
                m_db.run(QStringLiteral("INSERT INTO sync_rejections (client_id, mutation_id, code, "
                                        "message) VALUES (?, ?, ?, ?)"),
                         {request.clientId, rejection.mutationId, rejection.code, rejection.message});
            if (!kept)
                return kept.error();
        }
        if (processed != last) {
            Result<int> moved = m_db.run(
                QStringLiteral(
                    "UPDATE sync_clients SET last_mutation_id = ?, last_mutation_hlc = ? WHERE id = ?"),
                {processed, processedHlc, request.clientId});
            if (!moved)
                return moved.error();
        }
        outcome.changed = version != 0;
        response.lastMutationId = processed;
        response.version = outcome.changed ? version : response.baseVersion;
        return {};
    });
    if (!status)
        return status.error();
    return outcome;
}

Status SyncRepository::reportAgain(const sync::PushRequest& request, qint64 last,
                                   QList<sync::Rejection>& rejected)
{
    if (request.mutations.isEmpty())
        return {};
    // The device sends from its oldest unacknowledged mutation: rejections before it have arrived.
    const qint64 first = request.mutations.constFirst().id;
    Result<int> forgotten =
        m_db.run(QStringLiteral("DELETE FROM sync_rejections WHERE client_id = ? AND mutation_id < ?"),
                 {request.clientId, first});
    if (!forgotten)
        return forgotten.error();
    if (first > last)
        return {};
    Result<QList<Row>> kept = m_db.all(
        QStringLiteral(
            "SELECT mutation_id, code, message FROM sync_rejections WHERE client_id = ? AND mutation_id "
            "<= ? ORDER BY mutation_id"),
        {request.clientId, last});
    if (!kept)
        return kept.error();
    for (const Row& row : kept.value())
        rejected.append(sync::Rejection{row.value(QStringLiteral("mutation_id")).toLongLong(),
                                        row.value(QStringLiteral("code")).toString(),
                                        row.value(QStringLiteral("message")).toString()});
    return {};
}

Result<SyncRepository::Outcome> SyncRepository::apply(const QString& account, const sync::Mutation& m,
                                                      const Plan& plan, qint64* version,
                                                      QList<sync::Rejection>& rejected, PushOutcome& counted)
{
    const auto reject = [&](const QString& code, const QString& message) {
        rejected.append(sync::Rejection{m.id, code, message});
        return Outcome::Unchanged;
    };
    // A clock far ahead of ours would pull every later edit of the account into its future. The
    // whole push is refused and nothing is dropped: the device holds its queue and says why.
    if (const Status observed = m_clock.observe(m.hlc); !observed) {
        if (observed.error().code != QLatin1String("CLOCK_DRIFT"))
            return reject(observed.error().code, observed.error().message);
        const qint64 aheadMs =
            HybridLogicalClock::Timestamp::parse(m.hlc)->millis - QDateTime::currentMSecsSinceEpoch();
        return Error::make(api::kClockDrift,
                           tr("Change %1 is stamped %2 s ahead of the sync service's clock (at most %3 s are "
                              "allowed). Check this device's date and time; its changes wait until then.")
                               .arg(m.id)
                               .arg(aheadMs / 1000)
                               .arg(HybridLogicalClock::kMaxDriftMs / 1000),
                           {{QStringLiteral("mutationId"), m.id},
                            {QStringLiteral("aheadMs"), aheadMs},
                            {QStringLiteral("serverTime"), QDateTime::currentMSecsSinceEpoch()}});
    }

    const QString kind = entityName(m.entity);
    Result<std::optional<StoredRow>> stored = read(account, kind, m.rowId);
    if (!stored)
        return stored.error();
    const std::optional<StoredRow>& row = stored.value();
    // A change made in an earlier life of the row loses to the delete or undelete that ended it.
    if (row && m.causalLength < row->causalLength)
        return Outcome::Unchanged;
    const bool newLife = !row || m.causalLength > row->causalLength;

    // A new life starts from the record the mutation brings, not from what the tombstone kept.
    QJsonObject doc = row && !newLife ? row->doc : QJsonObject();
    QHash<QString, QString> stamped; // field -> the clock it is stamped with
    if (m.op == sync::MutationOp::Put) {
        for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
            if (isElementMerged(m.entity, it.key())) {
                mergeElements(m, it.key(), newLife ? std::optional<StoredRow>() : row, doc, stamped);
                continue;
            }
            // In the same life of the row, a field takes the newer of two edits; a new life
            // (creation, undelete) brings its whole record.
            // Fields that are only valid together are taken together: against the newest clock
            // of their group, which a device's edit of any of them carries whole.
            const QStringList group = fieldGroup(m.entity, it.key());
            const QString current =
                row ? newestClock(row->clocks, group.isEmpty() ? QStringList{it.key()} : group) : QString();
            if (!newLife && !current.isEmpty() && m.hlc <= current)
                continue;
            if (it.value().isNull())
                doc.remove(it.key());
            else
                doc.insert(it.key(), it.value());
            stamped.insert(it.key(), m.hlc);
        }
        if (!newLife && stamped.isEmpty())
            return Outcome::Unchanged;
        // A new life (creation, undelete) starts from the whole record, which names its id; an
        // edit of a life the service never saw (its creation was refused) would make a partial one.
        if (newLife && !m.fields.contains(QStringLiteral("id")))
            return reject(api::kValidationError,
                          tr("This change edits a record the service does not have; the whole record "
                             "must be sent first."));
        const QJsonValue docId = doc.value(QStringLiteral("id"));
        if (!docId.isUndefined() && docId.toString() != m.rowId)
            return reject(api::kValidationError, tr("The record's id does not match its row id."));
        if (const ValidationErrors errors = validateDocument(m.entity, doc); !errors.isEmpty())
            return reject(api::kValidationError, errors.toError().message);
        // Only what this change brings: a field stored before this rule keeps its row editable.
        QStringList unknown;
        for (const QString& field : unknownFields(m.entity, doc)) {
            if (m.fields.contains(topLevelField(field)))
                unknown.append(field);
        }
        if (!unknown.isEmpty())
            return reject(api::kValidationError,
                          tr("This %1 has fields the tracker does not know (%2); nothing of the change was "
                             "stored.")
                              .arg(kind, unknown.join(QStringLiteral(", ")).left(200)));
        const bool live = row && row->causalLength % 2 == 1;
        if (!live) {
            Result<std::optional<sync::Rejection>> overLimit = checkLimit(account, m, doc, plan);
            if (!overLimit)
                return overLimit.error();
            if (overLimit.value()) {
                rejected.append(*overLimit.value());
                return Outcome::Unchanged;
            }
        }
        const qint64 grownBy =
            EntityRepository::documentBytes(doc) - (live ? EntityRepository::documentBytes(row->doc) : 0);
        Result<std::optional<Error>> overStorage =
            m_entities.refuseOverStorage(account, plan, grownBy, &m_storedBytes);
        if (!overStorage)
            return overStorage.error();
        if (overStorage.value())
            return reject(overStorage.value()->code, overStorage.value()->message);
    } else if (!newLife) {
        return Outcome::Unchanged; // deleted already, in this same life
    }

    if (*version == 0) {
        Result<qint64> bumped = m_entities.bumpVersion(account);
        if (!bumped)
            return bumped.error();
        *version = bumped.value();
    }
    const qint64 causalLength = row ? std::max(row->causalLength, m.causalLength) : m.causalLength;
    if (const Status written =
            write(account, m, row.has_value(), doc, causalLength, stamped, newLife && row, *version);
        !written)
        return written.error();
    // The storage in use, once read in this push, follows each write.
    if (m_storedBytes) {
        const bool liveBefore = row && row->causalLength % 2 == 1;
        *m_storedBytes += (causalLength % 2 == 1 ? EntityRepository::documentBytes(doc) : 0) -
                          (liveBefore ? EntityRepository::documentBytes(row->doc) : 0);
    }
    const bool aliveBefore = row && row->causalLength % 2 == 1;
    if (m.entity == EntityKind::CombatLog && causalLength % 2 == 1 && !aliveBefore)
        ++counted.combatActions;
    // A fight starts when the encounter becomes active from anything but paused (that is a resume).
    if (m.entity == EntityKind::Encounter && causalLength % 2 == 1) {
        const QString before = aliveBefore ? row->doc.value(QStringLiteral("status")).toString() : QString();
        if (doc.value(QStringLiteral("status")).toString() == encounterStatusKey(EncounterStatus::Active) &&
            before != encounterStatusKey(EncounterStatus::Active) &&
            before != encounterStatusKey(EncounterStatus::Paused))
            ++counted.combatsStarted;
    }
    // An encounter goes with its combatants and log entries, also when a device deleted only the
    // encounter (releases before this rule did); its own deletes of them then change nothing.
    if (m.entity == EntityKind::Encounter && m.op == sync::MutationOp::Delete) {
        if (const Status children = m_entities.removeChildren(account, m.rowId, *version); !children)
            return children.error();
        m_storedBytes.reset(); // read again when next needed
    }
    return Outcome::Changed;
}

Result<std::optional<sync::Rejection>> SyncRepository::checkLimit(const QString& account,
                                                                  const sync::Mutation& m,
                                                                  const QJsonObject& doc, const Plan& plan)
{
    const QString resource = limitKey(m.entity);
    const std::optional<int> limit = resource.isEmpty() ? std::nullopt : plan.limit(resource);
    if (!limit)
        return std::optional<sync::Rejection>();
    // Participants count per encounter, everything else per account.
    const bool perEncounter = m.entity == EntityKind::Participant;
    const QString parent = perEncounter ? doc.value(parentField(m.entity)).toString() : QString();
    Result<qint64> used = m_entities.count(account, entityName(m.entity), parent);
    if (!used)
        return used.error();
    if (used.value() < *limit)
        return std::optional<sync::Rejection>();
    const QString message =
        perEncounter ? tr("Your %1 plan allows at most %2 participants in one encounter; this one stays on "
                          "the device. %3")
                           .arg(plan.name)
                           .arg(*limit)
                           .arg(plan.upgradeHint(resource))
                     : tr("Your %1 plan syncs at most %2 %3; this one stays on the device. %4")
                           .arg(plan.name)
                           .arg(*limit)
                           .arg(resource, plan.upgradeHint(resource));
    return std::optional<sync::Rejection>(sync::Rejection{m.id, api::kLimitExceeded, message});
}

Result<std::optional<SyncRepository::StoredRow>> SyncRepository::read(const QString& account,
                                                                      const QString& kind, const QString& id)
{
    Result<std::optional<Row>> row =
        m_db.one(QStringLiteral("SELECT cl, doc FROM entities WHERE account_id = ? AND kind = ? AND id = ?"),
                 {account, kind, id});
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<StoredRow>();
    StoredRow stored;
    stored.causalLength = row.value()->value(QStringLiteral("cl")).toLongLong();
    stored.doc = QJsonDocument::fromJson(row.value()->value(QStringLiteral("doc")).toByteArray()).object();
    Result<QList<Row>> clocks = m_db.all(
        QStringLiteral("SELECT field, hlc FROM field_clocks WHERE account_id = ? AND kind = ? AND id = ?"),
        {account, kind, id});
    if (!clocks)
        return clocks.error();
    for (const Row& clock : clocks.value())
        stored.clocks.insert(clock.value(QStringLiteral("field")).toString(),
                             clock.value(QStringLiteral("hlc")).toString());
    return std::optional<StoredRow>(std::move(stored));
}

void SyncRepository::mergeElements(const sync::Mutation& m, const QString& field,
                                   const std::optional<StoredRow>& row, QJsonObject& doc,
                                   QHash<QString, QString>& stamped)
{
    const QJsonArray incoming = m.fields.value(field).toArray();
    QHash<QString, QString> sent;
    for (auto it = m.elementClocks.constBegin(); it != m.elementClocks.constEnd(); ++it)
        sent.insert(it.key(), it.value().toString());
    sent = elementClocksOf(field, sent);
    if (!row) {
        // A new life: the list as sent, with the clocks its elements had on the device.
        doc.insert(field, incoming);
        stamped.insert(field, m.hlc);
        stamped.insert(sent);
        return;
    }
    const ElementListState stored{row->doc.value(field).toArray(), row->clocks};
    ElementListState theirs{incoming, sent};
    // An older release sends the whole list without element clocks: it changed the elements it
    // differs in, at the change's clock (what it lacks was removed if it was there before).
    if (sent.isEmpty())
        theirs.clocks = elementClocksAfterWrite(field, stored, incoming, m.hlc, false);
    theirs.clocks.insert(field, m.hlc);
    const ElementMergeResult merged = mergeElementLists(field, stored, theirs);
    if (merged.list != stored.list)
        doc.insert(field, merged.list);
    QHash<QString, QString> clocks = merged.clocks;
    clocks.insert(field, merged.fieldClock);
    for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it) {
        if (row->clocks.value(it.key()) != it.value())
            stamped.insert(it.key(), it.value());
    }
}

Status SyncRepository::write(const QString& account, const sync::Mutation& m, bool exists,
                             const QJsonObject& doc, qint64 causalLength,
                             const QHash<QString, QString>& stampedFields, bool dropOldClocks, qint64 version)
{
    const QString kind = entityName(m.entity);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString json = QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    const QString field = parentField(m.entity);
    const QVariant parent = nullWhenEmpty(field.isEmpty() ? QString() : doc.value(field).toString());
    // Never null: a tombstone has no name, and the column holds text.
    const QString name = doc.value(QStringLiteral("name")).toString(QStringLiteral(""));
    // The row is noted as this device's from this version on. others_version keeps the last
    // version at which anything else changed it (the expressions read the row before the update):
    // the last writer's version when that was another device or anything but a push (whose
    // version moved past the writer's own), else what it was.
    Result<int> written =
        exists
            ? m_db.run(
                  QStringLiteral("UPDATE entities SET parent_id = ?, name = ?, version = ?, cl = ?, doc = ?, "
                                 "updated_at = ?, others_version = CASE WHEN last_writer = ? AND "
                                 "last_writer_version = version THEN others_version ELSE version END, "
                                 "last_writer = ?, last_writer_version = ? "
                                 "WHERE account_id = ? AND kind = ? AND id = ?"),
                  {parent, name, version, causalLength, json, now, m_writer, m_writer, version, account, kind,
                   m.rowId})
            : m_db.run(QStringLiteral(
                           "INSERT INTO entities (account_id, kind, id, parent_id, name, version, cl, "
                           "doc, created_at, updated_at, last_writer, last_writer_version, others_version) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"),
                       {account, kind, m.rowId, parent, name, version, causalLength, json, now, now, m_writer,
                        version});
    if (!written)
        return written.error();
    if (dropOldClocks) {
        // The clocks of the row's earlier life must not outvote the edits of this one.
        Result<int> dropped =
            m_db.run(QStringLiteral("DELETE FROM field_clocks WHERE account_id = ? AND kind = ? AND id = ?"),
                     {account, kind, m.rowId});
        if (!dropped)
            return dropped.error();
    }
    for (auto stamped = stampedFields.constBegin(); stamped != stampedFields.constEnd(); ++stamped) {
        Result<int> clock = m_db.run(
            QStringLiteral(
                "INSERT INTO field_clocks (account_id, kind, id, field, hlc, version) VALUES (?, ?, ?, ?, "
                "?, ?) ON CONFLICT (account_id, kind, id, field) DO UPDATE SET hlc = excluded.hlc, "
                "version = excluded.version"),
            {account, kind, m.rowId, stamped.key(), stamped.value(), version});
        if (!clock)
            return clock.error();
    }
    return {};
}

Result<QString> SyncRepository::epoch(ServerDatabase& db)
{
    const QString key = QStringLiteral("sync_epoch");
    Result<std::optional<Row>> stored =
        db.one(QStringLiteral("SELECT value FROM server_settings WHERE key = ?"), {key});
    if (!stored)
        return stored.error();
    if (stored.value())
        return stored.value()->value(QStringLiteral("value")).toString();
    // Two first requests at once agree on whichever epoch was written first.
    Result<int> created = db.run(
        QStringLiteral("INSERT INTO server_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"),
        {key, secure::newId()});
    if (!created)
        return created.error();
    Result<std::optional<Row>> reread =
        db.one(QStringLiteral("SELECT value FROM server_settings WHERE key = ?"), {key});
    if (!reread)
        return reread.error();
    if (!reread.value())
        return Error::make(api::kInternal, tr("The sync epoch could not be stored."));
    return reread.value()->value(QStringLiteral("value")).toString();
}

Result<QString> SyncRepository::resetEpoch(ServerDatabase& db)
{
    const QString fresh = secure::newId();
    const Status status = db.transaction([&]() -> Status {
        Result<int> written =
            db.run(QStringLiteral(
                       "INSERT INTO server_settings (key, value) VALUES ('sync_epoch', ?) ON CONFLICT (key) "
                       "DO UPDATE SET value = excluded.value"),
                   {fresh});
        if (!written)
            return written.error();
        // What the restored table says devices have sent is out of date; every device starts
        // again under a new id, so the old ids must not hold the plan's device slots.
        Result<int> forgotten = db.run(QStringLiteral("DELETE FROM sync_clients"));
        if (!forgotten)
            return forgotten.error();
        Result<int> rejections = db.run(QStringLiteral("DELETE FROM sync_rejections"));
        if (!rejections)
            return rejections.error();
        return {};
    });
    if (!status)
        return status.error();
    return fresh;
}

Result<qint64> SyncRepository::accountVersion(const QString& account)
{
    Result<std::optional<Row>> space =
        m_db.one(QStringLiteral("SELECT version FROM spaces WHERE account_id = ?"), {account});
    if (!space)
        return space.error();
    return space.value() ? space.value()->value(QStringLiteral("version")).toLongLong() : 0;
}

SyncRepository::OwnRows SyncRepository::ownRowsFilter(const QString& clientId, qint64 since, bool skip,
                                                      const QString& alias)
{
    if (!skip || clientId.isEmpty())
        return {};
    // Left out: the last change came from this device's push, nothing else changed the row after
    // it (its version is still the push's), and nothing else changed it after the cookie either.
    return {
        QStringLiteral(" AND (COALESCE(%1.last_writer, '') <> ? OR %1.last_writer_version <> %1.version OR "
                       "%1.others_version > ?)")
            .arg(alias),
        {clientId, since}};
}

Result<qint64> SyncRepository::pageEnd(const QString& account, qint64 since, qint64 current,
                                       const OwnRows& own)
{
    // Each version holds at least one row, so the page ends within its first kPullPageRows + 1.
    Result<QList<Row>> versions = m_db.all(
        QStringLiteral("SELECT version, COUNT(*) AS n, SUM(length(doc)) AS bytes FROM entities e "
                       "WHERE account_id = ? AND version > ?%1 GROUP BY version ORDER BY version LIMIT ?")
            .arg(own.filter),
        QVariantList{account, since} + own.values + QVariantList{sync::kPullPageRows + 1});
    if (!versions)
        return versions.error();
    const QList<Row>& list = versions.value();
    qint64 end = since;
    qint64 rows = 0;
    qint64 bytes = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        rows += list[i].value(QStringLiteral("n")).toLongLong();
        bytes += list[i].value(QStringLiteral("bytes")).toLongLong();
        // A version's rows are never split; the first version goes out whatever its size.
        if (i > 0 && (rows > sync::kPullPageRows || bytes > sync::kPullPageBytes))
            return end;
        end = list[i].value(QStringLiteral("version")).toLongLong();
    }
    return current; // everything after `since` fits
}

Result<sync::PullResponse> SyncRepository::pull(const QString& account, const QString& clientId,
                                                qint64 cookie, bool skipOwnRows)
{
    sync::PullResponse response;
    if (Status present = refuseRemoved(account, clientId); !present)
        return present.error();
    Result<int> seen =
        m_db.run(QStringLiteral("UPDATE sync_clients SET last_sync_at = ? WHERE id = ? AND account_id = ?"),
                 {nowIso(), clientId, account});
    if (!seen)
        return seen.error();
    Result<QString> currentEpoch = epoch(m_db);
    if (!currentEpoch)
        return currentEpoch.error();
    response.epoch = currentEpoch.value();
    Result<qint64> current = accountVersion(account);
    if (!current)
        return current.error();
    // A cookie this account never reached comes from another service or a restored database:
    // the device gets everything and merges it into what it has.
    response.reset = cookie > current.value();
    const qint64 since = response.reset ? 0 : cookie;
    // A reset is a snapshot the device compares with its own rows: it gets all of them.
    const OwnRows own = ownRowsFilter(clientId, since, skipOwnRows && !response.reset, QStringLiteral("e"));
    Result<qint64> upTo = pageEnd(account, since, current.value(), own);
    if (!upTo)
        return upTo.error();
    response.cookie = upTo.value();
    response.hasMore = upTo.value() < current.value();

    Result<QList<Row>> clockRows =
        m_db.all(QStringLiteral("SELECT f.kind, f.id, f.field, f.hlc FROM field_clocks f JOIN entities e ON "
                                "e.account_id = f.account_id AND e.kind = f.kind AND e.id = f.id "
                                "WHERE e.account_id = ? AND e.version > ? AND e.version <= ?%1")
                     .arg(own.filter),
                 QVariantList{account, since, upTo.value()} + own.values);
    if (!clockRows)
        return clockRows.error();
    QHash<QString, QJsonObject> clocks;
    QHash<QString, QJsonObject> elementClocks; // travel apart: an older release knows no such field
    for (const Row& clock : clockRows.value()) {
        const QString key = clock.value(QStringLiteral("kind")).toString() + QLatin1Char('/') +
                            clock.value(QStringLiteral("id")).toString();
        const QString field = clock.value(QStringLiteral("field")).toString();
        (isElementClockKey(field) ? elementClocks : clocks)[key].insert(
            field, clock.value(QStringLiteral("hlc")).toString());
    }

    Result<QList<Row>> rows =
        m_db.all(QStringLiteral("SELECT kind, id, version, cl, doc FROM entities e WHERE account_id = ? AND "
                                "version > ? AND version <= ?%1 ORDER BY version, kind, id")
                     .arg(own.filter),
                 QVariantList{account, since, upTo.value()} + own.values);
    if (!rows)
        return rows.error();
    for (const Row& row : rows.value()) {
        const std::optional<EntityKind> kind =
            entityKindFromName(row.value(QStringLiteral("kind")).toString());
        if (!kind)
            continue;
        sync::RowState state;
        state.entity = *kind;
        state.rowId = row.value(QStringLiteral("id")).toString();
        state.version = row.value(QStringLiteral("version")).toLongLong();
        state.causalLength = row.value(QStringLiteral("cl")).toLongLong();
        // A deleted row travels as its tombstone only.
        if (!state.isDeleted()) {
            state.fields = QJsonDocument::fromJson(row.value(QStringLiteral("doc")).toByteArray()).object();
            state.fieldClocks = clocks.value(entityName(*kind) + QLatin1Char('/') + state.rowId);
            state.elementClocks = elementClocks.value(entityName(*kind) + QLatin1Char('/') + state.rowId);
        }
        response.rows.append(std::move(state));
    }

    Result<std::optional<Row>> client =
        m_db.one(QStringLiteral("SELECT last_mutation_id FROM sync_clients WHERE id = ? AND account_id = ?"),
                 {clientId, account});
    if (!client)
        return client.error();
    response.lastMutationId =
        client.value() ? client.value()->value(QStringLiteral("last_mutation_id")).toLongLong() : 0;
    return response;
}

} // namespace dnd::server
