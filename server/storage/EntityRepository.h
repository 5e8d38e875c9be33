#pragma once

#include "billing/PlanCatalog.h"
#include "http/ApiTypes.h"
#include "storage/ServerDatabase.h"
#include "store/HybridLogicalClock.h"

#include <QJsonObject>

namespace dnd::server {

// One stored entity of an account, as the REST API and the sync endpoints see it.
struct EntityRow {
    QString id;
    QString parentId;
    qint64 version = 0;
    int cl = 1;
    QJsonObject doc;
    QString createdAt;
    QString updatedAt;

    // The document plus createdAt / updatedAt / version for API answers.
    QJsonObject toApi() const;
};

// One page of a list, already serialised as a JSON array of API items, and the number of rows
// the whole list has.
struct JsonPage {
    QByteArray items;
    qint64 total = 0;
};

// The DM's entities stored the sync way: every write bumps the account's version once, stamps the
// row with it, records a hybrid-logical-clock time per changed field, and a delete raises the
// causal length to even (a tombstone) instead of removing the row. REST writes go through here
// like any other change, so the pull endpoint can hand them to devices.
class EntityRepository {
public:
    EntityRepository(ServerDatabase& db, HybridLogicalClock& clock) : m_db(db), m_clock(clock) {}

    Result<std::optional<EntityRow>> get(const QString& account, const QString& kind, const QString& id);
    Result<QList<EntityRow>> list(const QString& account, const QString& kind, const QString& parentId,
                                  const QString& search, const PageRequest& page);
    // The same rows as list(), already serialised as a JSON array of API items, with the total in
    // the same statement: the stored documents are spliced, not parsed and written again (the hot
    // path of every list endpoint).
    Result<JsonPage> listJson(const QString& account, const QString& kind, const QString& parentId,
                              const QString& search, const PageRequest& page);
    // An encounter as the API shows it: its document with its participants under "participants".
    Result<QJsonObject> encounterWithParticipants(const QString& account, const EntityRow& encounter);
    // The same by id; nullopt when the account has no such encounter.
    Result<std::optional<QJsonObject>> encounterWithParticipants(const QString& account, const QString& id);
    Result<qint64> count(const QString& account, const QString& kind, const QString& parentId = {},
                         const QString& search = {});
    // Creates or replaces; answers the new version. A tombstoned id comes back to life.
    Result<qint64> put(const QString& account, const QString& kind, const QString& id,
                       const QString& parentId, const QJsonObject& doc);
    // Tombstones the entity and its children (characters of a party, participants of an encounter).
    Result<qint64> remove(const QString& account, const QString& kind, const QString& id);
    // Tombstones the live rows under `parentId` as part of the change stamped `version` (inside
    // the caller's transaction): a deleted encounter's log entries must not keep counting against
    // the plan's limit.
    Status removeChildren(const QString& account, const QString& parentId, qint64 version);
    // Bytes of the account's live documents as stored (UTF-8 JSON); tombstones do not count.
    Result<qint64> storedBytes(const QString& account);
    // Bytes a document takes once stored.
    static qint64 documentBytes(const QJsonObject& doc);
    // The refusal (LIMIT_EXCEEDED, naming the limit and the plan that lifts it) when storing
    // `grownBy` more bytes would pass the plan's storage limit; nullopt when it fits. Shrinking
    // or same-size writes always fit, so a DM over the limit can still edit and delete. With
    // `known`, the usage is read once into it and taken from there after (a caller writing many
    // rows in one transaction keeps it up to date; summing every document per row is quadratic).
    Result<std::optional<Error>> refuseOverStorage(const QString& account, const Plan& plan, qint64 grownBy,
                                                   std::optional<qint64>* known = nullptr);
    Status createSpace(const QString& account);
    Status removeAccount(const QString& account);
    // Moves on with every write of the account (in this process), so answers built from an
    // earlier generation are known to be stale. Never repeats a value, also across accounts.
    quint64 generation(const QString& account) const { return m_generations.value(account, 0); }
    // What the account's cached list answers are checked against. SQLite: generation(), since this
    // process is the only writer. PostgreSQL: the stored version, which the writes of every
    // service process on the database move on, so a write made elsewhere is seen at once.
    Result<quint64> cacheGeneration(const QString& account);
    // Moves the account's data version on by one (inside the caller's transaction) and answers it.
    Result<qint64> bumpVersion(const QString& account);

private:
    Status stampFields(const QString& account, const QString& kind, const QString& id,
                       const QJsonObject& before, const QJsonObject& after, qint64 version);
    static EntityRow rowFrom(const Row& row);
    static QList<EntityRow> decodeRows(const QList<Row>& rows);
    // " FROM entities WHERE ..." selecting the account's live rows of one kind, of one parent
    // when parentId is set, whose name contains search when it is set; appends the parameters.
    static QString liveRowsWhere(const QString& account, const QString& kind, const QString& parentId,
                                 const QString& search, QVariantList* params);
    void markChanged(const QString& account) { m_generations.insert(account, ++m_lastGeneration); }

    ServerDatabase& m_db;
    HybridLogicalClock& m_clock;
    QHash<QString, quint64> m_generations;
    quint64 m_lastGeneration = 0;
};

} // namespace dnd::server
