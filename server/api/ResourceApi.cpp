#include "api/ResourceApi.h"

#include "ApiErrorCodes.h"
#include "api/VerifiedEmail.h"
#include "auth/SecureRandom.h"
#include "live/WebSocketHub.h"
#include "model/Creature.h"
#include "model/Encounter.h"
#include "model/Participant.h"
#include "model/Party.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <algorithm>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ResourceApi", text);
}
ApiReply notFound(const QString& what)
{
    return ApiReply::error(api::kNotFound, tr("%1 not found.").arg(what));
}
// Client-chosen ids must be UUIDs, so they never collide with another record kind's id scheme.
bool acceptableId(const QString& id)
{
    return !QUuid::fromString(id).isNull() && id.size() <= 38;
}
QJsonObject merged(QJsonObject base, const QJsonObject& changes)
{
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}
// The id a create asks for, or a new one when the body names none; a reply when it is no UUID.
std::optional<ApiReply> takeRequestedId(const QJsonObject& body, QString* id)
{
    *id = body.value(QStringLiteral("id")).toString();
    if (id->isEmpty())
        *id = secure::newId();
    else if (!acceptableId(*id))
        return ApiReply::error(api::kValidationError, tr("The id must be a UUID."),
                               {{QStringLiteral("id"), tr("must be a UUID")}});
    return std::nullopt;
}
// A share code as the API shows it, with the player page's address relative to the service.
QJsonObject shareItem(const QString& code, const QString& encounterId, bool characterNumbers,
                      const QString& createdAt)
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("encounterId"), encounterId},
                       {QStringLiteral("characterHp"),
                        characterNumbers ? QStringLiteral("numbers") : QStringLiteral("words")},
                       {QStringLiteral("path"), QStringLiteral("/play/") + code},
                       {QStringLiteral("createdAt"), createdAt}};
}
QJsonArray apiItems(const QList<EntityRow>& rows)
{
    QJsonArray items;
    for (const EntityRow& row : rows)
        items.append(row.toApi());
    return items;
}
// A system template as the API shows it: its statblock, id and the template flag.
QJsonObject templateItem(const QString& id, const QByteArray& doc)
{
    QJsonObject item = QJsonDocument::fromJson(doc).object();
    item.insert(QStringLiteral("id"), id);
    item.insert(QStringLiteral("isTemplate"), true);
    return item;
}
// How a refusal names what a limit counts.
QString limitNoun(const QString& resource)
{
    if (resource == QLatin1String("participantsPerEncounter"))
        return tr("participants in one encounter");
    if (resource == QLatin1String("shares"))
        return tr("share codes");
    return resource;
}
QString searchTerm(const ApiRequest& request)
{
    return request.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).trimmed().left(100);
}
} // namespace

ApiReply ResourceApi::failure(const Error& error)
{
    if (error.code == api::kNotFound)
        return notFound(tr("Record"));
    if (error.code == api::kConflict || error.code == api::kValidationError ||
        error.code == api::kLimitExceeded)
        return ApiReply::fromError(error);
    return ApiReply::internal(error);
}

void ResourceApi::registerRoutes(Router& router)
{
    const auto add = [&](const char* method, const char* pattern, const char* summary, const char* tag,
                         std::function<ApiReply(ApiRequest&)> handler) {
        router.add(QString::fromLatin1(method), QString::fromLatin1(pattern), Access::User,
                   RateClass::Standard, QString::fromLatin1(summary), QString::fromLatin1(tag),
                   std::move(handler));
    };
    add("GET", "/api/v1/parties", "List the user's parties", "parties",
        [this](ApiRequest& r) { return listParties(r); });
    add("POST", "/api/v1/parties", "Create a party", "parties",
        [this](ApiRequest& r) { return createParty(r); });
    add("GET", "/api/v1/parties/:id", "A party with its characters", "parties",
        [this](ApiRequest& r) { return getParty(r); });
    add("PUT", "/api/v1/parties/:id", "Update a party", "parties",
        [this](ApiRequest& r) { return updateParty(r); });
    add("DELETE", "/api/v1/parties/:id", "Delete a party and its characters", "parties",
        [this](ApiRequest& r) { return deleteEntity(r, QStringLiteral("party")); });
    add("POST", "/api/v1/parties/:id/archive", "Archive a party", "parties",
        [this](ApiRequest& r) { return archiveParty(r); });
    add("POST", "/api/v1/parties/:partyId/characters", "Add a character to a party", "characters",
        [this](ApiRequest& r) { return addCharacter(r); });
    add("PUT", "/api/v1/parties/:partyId/characters/:id", "Update a character", "characters",
        [this](ApiRequest& r) { return updateCharacter(r); });
    add("DELETE", "/api/v1/parties/:partyId/characters/:id", "Remove a character", "characters",
        [this](ApiRequest& r) { return removeCharacter(r); });
    add("GET", "/api/v1/encounters", "List the user's encounters", "encounters",
        [this](ApiRequest& r) { return listEncounters(r); });
    add("POST", "/api/v1/encounters", "Create an encounter (with participants)", "encounters",
        [this](ApiRequest& r) { return saveEncounter(r, true); });
    add("GET", "/api/v1/encounters/:id", "An encounter with its participants", "encounters",
        [this](ApiRequest& r) { return getEncounter(r); });
    add("PUT", "/api/v1/encounters/:id", "Update an encounter", "encounters",
        [this](ApiRequest& r) { return saveEncounter(r, false); });
    add("DELETE", "/api/v1/encounters/:id", "Delete an encounter", "encounters",
        [this](ApiRequest& r) { return deleteEntity(r, QStringLiteral("encounter")); });
    add("POST", "/api/v1/encounters/:id/start", "Start combat: order by initiative, round 1", "encounters",
        [this](ApiRequest& r) { return startEncounter(r); });
    add("POST", "/api/v1/encounters/:id/end", "End combat", "encounters",
        [this](ApiRequest& r) { return endEncounter(r); });
    add("PUT", "/api/v1/encounters/:id/turn", "Next / previous turn, or set round and turn", "encounters",
        [this](ApiRequest& r) { return turn(r); });
    add("GET", "/api/v1/creatures", "Custom creatures and system templates (source=all|custom|templates)",
        "creatures", [this](ApiRequest& r) { return listCreatures(r); });
    add("POST", "/api/v1/creatures", "Create a custom creature", "creatures",
        [this](ApiRequest& r) { return saveCreature(r, true); });
    add("GET", "/api/v1/creatures/templates", "System templates (SRD statblocks)", "creatures",
        [this](ApiRequest& r) { return listTemplates(r); });
    add("GET", "/api/v1/creatures/:id", "A creature or template", "creatures",
        [this](ApiRequest& r) { return getCreature(r); });
    add("PUT", "/api/v1/creatures/:id", "Update a custom creature", "creatures",
        [this](ApiRequest& r) { return saveCreature(r, false); });
    add("DELETE", "/api/v1/creatures/:id", "Delete a custom creature", "creatures",
        [this](ApiRequest& r) { return deleteEntity(r, QStringLiteral("creature")); });
    add("GET", "/api/v1/shares", "Share codes of the live player view", "shares",
        [this](ApiRequest& r) { return listShares(r); });
    add("POST", "/api/v1/shares", "Create a share code for an encounter (paid tiers)", "shares",
        [this](ApiRequest& r) { return createShare(r); });
    add("DELETE", "/api/v1/shares/:code", "Revoke a share code", "shares",
        [this](ApiRequest& r) { return deleteShare(r); });
}

std::optional<ApiReply> ResourceApi::checkLimit(const AuthUser& user, const QString& resource,
                                                const QString& kind)
{
    const Plan& plan = m_ctx.planFor(user.tier);
    if (!plan.limit(resource))
        return std::nullopt;
    Result<qint64> used = m_ctx.entities->count(user.id, kind);
    if (!used)
        return failure(used.error());
    return refuseOverLimit(plan, resource, used.value(), used.value() + 1);
}

std::optional<ApiReply> ResourceApi::refuseOverLimit(const Plan& plan, const QString& resource, qint64 used,
                                                     qint64 wanted)
{
    const std::optional<int> limit = plan.limit(resource);
    if (!limit || wanted <= *limit)
        return std::nullopt;
    return ApiReply::error(api::kLimitExceeded,
                           tr("Your %1 plan stores at most %2 %3. %4")
                               .arg(plan.name)
                               .arg(*limit)
                               .arg(limitNoun(resource), plan.upgradeHint(resource)),
                           plan.limitDetails(resource, used));
}

Result<qint64> ResourceApi::store(const AuthUser& user, const QString& kind, const QString& id,
                                  const QString& parentId, const QJsonObject& doc)
{
    Result<std::optional<EntityRow>> before = m_ctx.entities->get(user.id, kind, id);
    if (!before)
        return before.error();
    const qint64 grownBy = EntityRepository::documentBytes(doc) -
                           (before.value() ? EntityRepository::documentBytes(before.value()->doc) : 0);
    Result<std::optional<Error>> refused =
        m_ctx.entities->refuseOverStorage(user.id, m_ctx.planFor(user.tier), grownBy);
    if (!refused)
        return refused.error();
    if (refused.value())
        return *refused.value();
    return m_ctx.entities->put(user.id, kind, id, parentId, doc);
}

std::optional<ApiReply> ResourceApi::refuseCreate(const AuthUser& user, const QString& kind,
                                                  const QString& id, const QString& limitKey,
                                                  const QString& conflictMessage)
{
    Result<std::optional<EntityRow>> existing = m_ctx.entities->get(user.id, kind, id);
    if (!existing)
        return failure(existing.error());
    if (existing.value())
        return ApiReply::error(api::kConflict, conflictMessage);
    return checkLimit(user, limitKey, kind);
}

std::optional<ApiReply> ResourceApi::prepareCreate(const ApiRequest& request, const QJsonObject& body,
                                                   const QString& kind, const QString& limitKey,
                                                   const QString& conflictMessage, QString* id)
{
    if (auto refused = takeRequestedId(body, id))
        return refused;
    return refuseCreate(*request.user, kind, *id, limitKey, conflictMessage);
}

Result<EntityRow> ResourceApi::reload(const QString& account, const QString& kind, const QString& id)
{
    Result<std::optional<EntityRow>> row = m_ctx.entities->get(account, kind, id);
    if (!row)
        return row.error();
    if (!row.value())
        return Error::make(api::kInternal, QStringLiteral("vanished"));
    return *row.value();
}

// ---- parties and characters ----

ApiReply ResourceApi::listParties(ApiRequest& request)
{
    return cachedList(request, QStringLiteral("party"));
}

ApiReply ResourceApi::createParty(ApiRequest& request)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return ApiReply::fromError(body.error());
    Party party = Party::fromJson(body.value());
    if (auto refused = takeRequestedId(body.value(), &party.id))
        return *refused;
    if (const ValidationErrors errors = party.validate(); !errors.isEmpty())
        return ApiReply::fromError(errors.toError());
    if (auto refused = refuseCreate(*request.user, QStringLiteral("party"), party.id,
                                    QStringLiteral("parties"), tr("A party with this id exists.")))
        return *refused;
    Result<qint64> stored = store(*request.user, QStringLiteral("party"), party.id, {}, party.toJson());
    if (!stored)
        return failure(stored.error());
    Result<EntityRow> row = reload(request.user->id, QStringLiteral("party"), party.id);
    if (!row)
        return failure(row.error());
    QJsonObject data = row.value().toApi();
    data.insert(QStringLiteral("characters"), QJsonArray());
    m_ctx.hub->accountChanged(request.user->id, stored.value());
    return ApiReply::ok(data, 201);
}

ApiReply ResourceApi::getParty(ApiRequest& request)
{
    Result<std::optional<EntityRow>> row =
        m_ctx.entities->get(request.user->id, QStringLiteral("party"), request.param(0));
    if (!row)
        return failure(row.error());
    if (!row.value())
        return notFound(tr("Party"));
    Result<QList<EntityRow>> characters = m_ctx.entities->list(request.user->id, QStringLiteral("character"),
                                                               request.param(0), {}, PageRequest{1, 1000});
    if (!characters)
        return failure(characters.error());
    QJsonObject data = row.value()->toApi();
    data.insert(QStringLiteral("characters"), apiItems(characters.value()));
    return ApiReply::ok(data);
}

ApiReply ResourceApi::updateParty(ApiRequest& request)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return ApiReply::fromError(body.error());
    Result<std::optional<EntityRow>> row =
        m_ctx.entities->get(request.user->id, QStringLiteral("party"), request.param(0));
    if (!row)
        return failure(row.error());
    if (!row.value())
        return notFound(tr("Party"));
    Party party = Party::fromJson(merged(row.value()->doc, body.value()));
    party.id = request.param(0);
    if (const ValidationErrors errors = party.validate(); !errors.isEmpty())
        return ApiReply::fromError(errors.toError());
    Result<qint64> stored = store(*request.user, QStringLiteral("party"), party.id, {}, party.toJson());
    if (!stored)
        return failure(stored.error());
    m_ctx.hub->accountChanged(request.user->id, stored.value());
    return getParty(request);
}

ApiReply ResourceApi::archiveParty(ApiRequest& request)
{
    Result<std::optional<EntityRow>> row =
        m_ctx.entities->get(request.user->id, QStringLiteral("party"), request.param(0));
    if (!row)
        return failure(row.error());
    if (!row.value())
        return notFound(tr("Party"));
    Party party = Party::fromJson(row.value()->doc);
    party.id = request.param(0);
    party.archived = true;
    Result<qint64> stored = store(*request.user, QStringLiteral("party"), party.id, {}, party.toJson());
    if (!stored)
        return failure(stored.error());
    m_ctx.hub->accountChanged(request.user->id, stored.value());
    return getParty(request);
}

ApiReply ResourceApi::deleteEntity(ApiRequest& request, const QString& kind)
{
    Result<qint64> removed = m_ctx.entities->remove(request.user->id, kind, request.param(0));
    if (!removed)
        return removed.error().code == api::kNotFound ? notFound(tr("Record")) : failure(removed.error());
    m_ctx.hub->accountChanged(request.user->id, removed.value());
    return ApiReply::ok(
        QJsonObject{{QStringLiteral("id"), request.param(0)}, {QStringLiteral("deleted"), true}});
}

ApiReply ResourceApi::addCharacter(ApiRequest& request)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString partyId = request.param(0);
    Result<std::optional<EntityRow>> party =
        m_ctx.entities->get(request.user->id, QStringLiteral("party"), partyId);
    if (!party)
        return failure(party.error());
    if (!party.value())
        return notFound(tr("Party"));
    Character character = Character::fromJson(body.value());
    character.id = secure::newId();
    character.partyId = partyId;
    if (const ValidationErrors errors = character.validate(); !errors.isEmpty())
        return ApiReply::fromError(errors.toError());
    if (auto refused = checkLimit(*request.user, QStringLiteral("characters"), QStringLiteral("character")))
        return *refused;
    Result<qint64> stored =
        store(*request.user, QStringLiteral("character"), character.id, partyId, character.toJson());
    if (!stored)
        return failure(stored.error());
    Result<EntityRow> row = reload(request.user->id, QStringLiteral("character"), character.id);
    if (!row)
        return failure(row.error());
    m_ctx.hub->accountChanged(request.user->id, stored.value());
    return ApiReply::ok(row.value().toApi(), 201);
}

ApiReply ResourceApi::updateCharacter(ApiRequest& request)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return ApiReply::fromError(body.error());
    Result<std::optional<EntityRow>> row =
        m_ctx.entities->get(request.user->id, QStringLiteral("character"), request.param(1));
    if (!row)
        return failure(row.error());
    if (!row.value() || row.value()->parentId != request.param(0))
        return notFound(tr("Character"));
    Character character = Character::fromJson(merged(row.value()->doc, body.value()));
    character.id = request.param(1);
    character.partyId = request.param(0);
    if (const ValidationErrors errors = character.validate(); !errors.isEmpty())
        return ApiReply::fromError(errors.toError());
    Result<qint64> stored = store(*request.user, QStringLiteral("character"), character.id, character.partyId,
                                  character.toJson());
    if (!stored)
        return failure(stored.error());
    m_ctx.hub->accountChanged(request.user->id, stored.value());
    Result<EntityRow> updated = reload(request.user->id, QStringLiteral("character"), character.id);
    if (!updated)
        return failure(updated.error());
    return ApiReply::ok(updated.value().toApi());
}

ApiReply ResourceApi::removeCharacter(ApiRequest& request)
{
    Result<std::optional<EntityRow>> row =
        m_ctx.entities->get(request.user->id, QStringLiteral("character"), request.param(1));
    if (!row)
        return failure(row.error());
    if (!row.value() || row.value()->parentId != request.param(0))
        return notFound(tr("Character"));
    ApiRequest forward = request;
    forward.params = QStringList{request.param(1)};
    return deleteEntity(forward, QStringLiteral("character"));
}

// ---- encounters ----

ApiReply ResourceApi::listEncounters(ApiRequest& request)
{
    return cachedList(request, QStringLiteral("encounter"));
}

ApiReply ResourceApi::cachedList(ApiRequest& request, const QString& kind)
{
    const QString& account = request.user->id;
    const QString query = request.query.toString(QUrl::FullyEncoded);
    const Result<quint64> generation = m_ctx.entities->cacheGeneration(account);
    if (!generation)
        return failure(generation.error());
    if (const QByteArray* data = m_ctx.lists.find(account, kind, query, generation.value()))
        return ApiReply::okRaw(*data);
    Result<PageRequest> page = PageRequest::from(request.query);
    if (!page)
        return ApiReply::fromError(page.error());
    Result<JsonPage> items = m_ctx.entities->listJson(account, kind, {}, searchTerm(request), page.value());
    if (!items)
        return failure(items.error());
    const QByteArray data = paginatedRaw(items.value().items, page.value(), items.value().total);
    m_ctx.lists.insert(account, kind, query, generation.value(), data);
    return ApiReply::okRaw(data);
}

ApiReply ResourceApi::getEncounter(ApiRequest& request)
{
    Result<std::optional<EntityRow>> row =
        m_ctx.entities->get(request.user->id, QStringLiteral("encounter"), request.param(0));
    if (!row)
        return failure(row.error());
    if (!row.value())
        return notFound(tr("Encounter"));
    Result<QJsonObject> data = m_ctx.entities->encounterWithParticipants(request.user->id, *row.value());
    return data ? ApiReply::ok(data.value()) : failure(data.error());
}

ApiReply ResourceApi::saveEncounter(ApiRequest& request, bool creating)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString account = request.user->id;
    QJsonObject base;
    QString id;
    if (creating) {
        if (auto refused =
                prepareCreate(request, body.value(), QStringLiteral("encounter"),
                              QStringLiteral("encounters"), tr("An encounter with this id exists."), &id))
            return *refused;
    } else {
        id = request.param(0);
        Result<std::optional<EntityRow>> existing =
            m_ctx.entities->get(account, QStringLiteral("encounter"), id);
        if (!existing)
            return failure(existing.error());
        if (!existing.value())
            return notFound(tr("Encounter"));
        base = existing.value()->doc;
    }
    QJsonObject fields = body.value();
    const bool hasParticipants = fields.contains(QStringLiteral("participants"));
    const QJsonValue participantsValue = fields.take(QStringLiteral("participants"));
    Encounter encounter = Encounter::fromJson(merged(base, fields));
    encounter.id = id;
    ValidationErrors errors = encounter.validate();
    if (!encounter.partyId.isEmpty()) {
        Result<std::optional<EntityRow>> party =
            m_ctx.entities->get(account, QStringLiteral("party"), encounter.partyId);
        if (!party)
            return failure(party.error());
        if (!party.value())
            errors.add(QStringLiteral("partyId"), tr("No such party."));
    }
    QList<Participant> participants;
    if (hasParticipants) {
        if (!participantsValue.isArray()) {
            errors.add(QStringLiteral("participants"), tr("must be an array"));
        } else {
            const QJsonArray array = participantsValue.toArray();
            if (array.size() > 200)
                errors.add(QStringLiteral("participants"), tr("at most 200 participants"));
            for (int i = 0; i < array.size() && i < 200; ++i) {
                Participant participant = Participant::fromJson(array.at(i).toObject());
                if (participant.id.isEmpty() || !acceptableId(participant.id))
                    participant.id = secure::newId();
                participant.encounterId = id;
                errors.merge(QStringLiteral("participants[%1]").arg(i), participant.validate());
                participants.append(participant);
            }
        }
    }
    if (!errors.isEmpty())
        return ApiReply::fromError(errors.toError());
    if (auto refused =
            refuseOverLimit(m_ctx.planFor(request.user->tier), QStringLiteral("participantsPerEncounter"),
                            participants.size(), participants.size()))
        return *refused;
    qint64 version = 0;
    Status saved = m_ctx.db->transaction([&]() -> Status {
        Result<qint64> stored = store(*request.user, QStringLiteral("encounter"), id, {}, encounter.toJson());
        if (!stored)
            return stored.error();
        version = stored.value();
        if (!hasParticipants)
            return Status::success();
        QSet<QString> keep;
        for (const Participant& participant : participants) {
            keep.insert(participant.id);
            Result<qint64> put =
                store(*request.user, QStringLiteral("participant"), participant.id, id, participant.toJson());
            if (!put)
                return put.error();
            version = put.value();
        }
        Result<QList<EntityRow>> current =
            m_ctx.entities->list(account, QStringLiteral("participant"), id, {}, PageRequest{1, 1000});
        if (!current)
            return current.error();
        for (const EntityRow& row : current.value()) {
            if (keep.contains(row.id))
                continue;
            Result<qint64> removed = m_ctx.entities->remove(account, QStringLiteral("participant"), row.id);
            if (!removed)
                return removed.error();
            version = removed.value();
        }
        return Status::success();
    });
    if (!saved)
        return failure(saved.error());
    Result<EntityRow> row = reload(account, QStringLiteral("encounter"), id);
    if (!row)
        return failure(row.error());
    Result<QJsonObject> data = m_ctx.entities->encounterWithParticipants(account, row.value());
    if (!data)
        return failure(data.error());
    m_ctx.hub->accountChanged(account, version);
    return ApiReply::ok(data.value(), creating ? 201 : 200);
}

ApiReply ResourceApi::saveCombat(ApiRequest& request, const EntityRow& row, const QJsonObject& encounter,
                                 bool startsFight)
{
    Result<qint64> stored = Error{};
    const Status saved = m_ctx.db->transaction([&]() -> Status {
        stored = store(*request.user, QStringLiteral("encounter"), row.id, {}, encounter);
        if (!stored)
            return stored.error();
        // Each of start, turn and end is one combat action, as a device's combat log entry is.
        if (startsFight)
            m_ctx.events->record(business::kEncounterRun, request.user->id);
        m_ctx.events->record(business::kCombatActions, request.user->id);
        return Status::success();
    });
    if (!saved)
        return failure(saved.error());
    Result<EntityRow> updated = reload(request.user->id, QStringLiteral("encounter"), row.id);
    if (!updated)
        return failure(updated.error());
    Result<QJsonObject> data = m_ctx.entities->encounterWithParticipants(request.user->id, updated.value());
    if (!data)
        return failure(data.error());
    m_ctx.hub->accountChanged(request.user->id, stored.value());
    return ApiReply::ok(data.value());
}

ApiReply ResourceApi::startEncounter(ApiRequest& request)
{
    Result<std::optional<EntityRow>> row =
        m_ctx.entities->get(request.user->id, QStringLiteral("encounter"), request.param(0));
    if (!row)
        return failure(row.error());
    if (!row.value())
        return notFound(tr("Encounter"));
    Encounter encounter = Encounter::fromJson(row.value()->doc);
    encounter.id = row.value()->id;
    if (encounter.status == EncounterStatus::Active)
        return ApiReply::error(api::kConflict, tr("Combat is already running."));
    Result<QList<EntityRow>> rows = m_ctx.entities->list(request.user->id, QStringLiteral("participant"),
                                                         encounter.id, {}, PageRequest{1, 1000});
    if (!rows)
        return failure(rows.error());
    QList<Participant> participants;
    for (const EntityRow& participantRow : rows.value()) {
        Participant participant = Participant::fromJson(participantRow.doc);
        participant.id = participantRow.id;
        participants.append(participant);
    }
    if (participants.isEmpty())
        return ApiReply::error(api::kValidationError, tr("Add participants before starting combat."),
                               {{QStringLiteral("participants"), tr("at least one participant is needed")}});
    // Highest initiative first; ties by modifier, then Dexterity, then characters, then the DM's order.
    std::stable_sort(participants.begin(), participants.end(),
                     [](const Participant& a, const Participant& b) {
                         const int ai = a.initiative.value_or(std::numeric_limits<int>::min());
                         const int bi = b.initiative.value_or(std::numeric_limits<int>::min());
                         if (ai != bi)
                             return ai > bi;
                         if (a.initiativeModifier != b.initiativeModifier)
                             return a.initiativeModifier > b.initiativeModifier;
                         if (a.dexterity != b.dexterity)
                             return a.dexterity > b.dexterity;
                         if (a.isCharacter() != b.isCharacter())
                             return a.isCharacter();
                         return a.tieBreakRank < b.tieBreakRank;
                     });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    encounter.status = EncounterStatus::Active;
    encounter.combat.order.clear();
    for (const Participant& participant : participants)
        encounter.combat.order.append(participant.id);
    encounter.combat.round = 1;
    encounter.combat.turnIndex = 0;
    encounter.combat.startedAtMs = now;
    encounter.combat.elapsedMs = 0;
    encounter.combat.runningSinceMs = now;
    return saveCombat(request, *row.value(), encounter.toJson(), true);
}

ApiReply ResourceApi::endEncounter(ApiRequest& request)
{
    Result<std::optional<EntityRow>> row =
        m_ctx.entities->get(request.user->id, QStringLiteral("encounter"), request.param(0));
    if (!row)
        return failure(row.error());
    if (!row.value())
        return notFound(tr("Encounter"));
    Encounter encounter = Encounter::fromJson(row.value()->doc);
    encounter.id = row.value()->id;
    if (encounter.status != EncounterStatus::Active && encounter.status != EncounterStatus::Paused)
        return ApiReply::error(api::kConflict, tr("Combat is not running."));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (encounter.combat.runningSinceMs > 0)
        encounter.combat.elapsedMs += now - encounter.combat.runningSinceMs;
    encounter.combat.runningSinceMs = 0;
    encounter.status = EncounterStatus::Completed;
    return saveCombat(request, *row.value(), encounter.toJson(), false);
}

ApiReply ResourceApi::turn(ApiRequest& request)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return ApiReply::fromError(body.error());
    Result<std::optional<EntityRow>> row =
        m_ctx.entities->get(request.user->id, QStringLiteral("encounter"), request.param(0));
    if (!row)
        return failure(row.error());
    if (!row.value())
        return notFound(tr("Encounter"));
    Encounter encounter = Encounter::fromJson(row.value()->doc);
    encounter.id = row.value()->id;
    if (encounter.status != EncounterStatus::Active)
        return ApiReply::error(api::kConflict, tr("Start combat first."));
    const int count = int(encounter.combat.order.size());
    CombatState& combat = encounter.combat;
    const QString action = body.value().value(QStringLiteral("action")).toString();
    if (action == QStringLiteral("next")) {
        if (++combat.turnIndex >= count) {
            combat.turnIndex = 0;
            ++combat.round;
        }
    } else if (action == QStringLiteral("previous")) {
        if (combat.round <= 1 && combat.turnIndex == 0)
            return ApiReply::error(api::kConflict, tr("This is already the first turn."));
        if (--combat.turnIndex < 0) {
            combat.turnIndex = count - 1;
            --combat.round;
        }
    } else if (action.isEmpty()) {
        const QJsonValue round = body.value().value(QStringLiteral("round"));
        const QJsonValue turnIndex = body.value().value(QStringLiteral("turnIndex"));
        QVariantMap details;
        if (!round.isDouble() || round.toInt() < 1 || round.toInt() > 100000)
            details.insert(QStringLiteral("round"), tr("must be a whole number from 1"));
        if (!turnIndex.isDouble() || turnIndex.toInt() < 0 || turnIndex.toInt() >= count)
            details.insert(QStringLiteral("turnIndex"),
                           tr("must point into the initiative order (0 to %1)").arg(count - 1));
        if (!details.isEmpty())
            return ApiReply::error(api::kValidationError,
                                   tr("Send action next/previous, or round and turnIndex."), details);
        combat.round = round.toInt();
        combat.turnIndex = turnIndex.toInt();
    } else {
        return ApiReply::error(api::kValidationError, tr("Unknown turn action."),
                               {{QStringLiteral("action"), tr("must be next or previous")}});
    }
    return saveCombat(request, *row.value(), encounter.toJson(), false);
}

// ---- creatures and templates ----

ApiReply ResourceApi::listTemplates(ApiRequest& request)
{
    Result<PageRequest> page = PageRequest::from(request.query);
    if (!page)
        return ApiReply::fromError(page.error());
    const QString search = QLatin1Char('%') + searchTerm(request).toLower() + QLatin1Char('%');
    Result<std::optional<Row>> total = m_ctx.db->one(
        QStringLiteral("SELECT COUNT(*) AS n FROM creature_templates WHERE LOWER(name) LIKE ?"), {search});
    Result<QList<Row>> rows =
        m_ctx.db->all(QStringLiteral("SELECT id, doc FROM creature_templates WHERE LOWER(name) LIKE ? ORDER "
                                     "BY name, id LIMIT ? OFFSET ?"),
                      {search, page.value().limit, page.value().offset()});
    if (!total || !rows)
        return failure(!total ? total.error() : rows.error());
    QJsonArray items;
    for (const Row& row : rows.value())
        items.append(templateItem(row.value(QStringLiteral("id")).toString(),
                                  row.value(QStringLiteral("doc")).toByteArray()));
    return ApiReply::ok(paginated(
        items, page.value(), total.value() ? total.value()->value(QStringLiteral("n")).toLongLong() : 0));
}

ApiReply ResourceApi::listCreatures(ApiRequest& request)
{
    const QString source = request.query.queryItemValue(QStringLiteral("source"));
    if (source == QStringLiteral("templates"))
        return listTemplates(request);
    if (!source.isEmpty() && source != QStringLiteral("custom") && source != QStringLiteral("all"))
        return ApiReply::error(api::kValidationError, tr("Unknown creature source."),
                               {{QStringLiteral("source"), tr("must be all, custom or templates")}});
    Result<PageRequest> page = PageRequest::from(request.query);
    if (!page)
        return ApiReply::fromError(page.error());
    const QString search = searchTerm(request);
    Result<qint64> customTotal =
        m_ctx.entities->count(request.user->id, QStringLiteral("creature"), {}, search);
    if (!customTotal)
        return failure(customTotal.error());
    Result<QList<EntityRow>> rows =
        m_ctx.entities->list(request.user->id, QStringLiteral("creature"), {}, search, page.value());
    if (!rows)
        return failure(rows.error());
    QJsonArray items = apiItems(rows.value());
    qint64 total = customTotal.value();
    if (source != QStringLiteral("custom")) {
        // The user's creatures come first, then the templates, as one paginated list.
        const QString pattern = QLatin1Char('%') + search.toLower() + QLatin1Char('%');
        Result<std::optional<Row>> templates = m_ctx.db->one(
            QStringLiteral("SELECT COUNT(*) AS n FROM creature_templates WHERE LOWER(name) LIKE ?"),
            {pattern});
        if (!templates)
            return failure(templates.error());
        total += templates.value() ? templates.value()->value(QStringLiteral("n")).toLongLong() : 0;
        const qint64 start = qMax<qint64>(0, page.value().offset() - customTotal.value());
        const qint64 room = page.value().limit - items.size();
        if (room > 0) {
            Result<QList<Row>> extra =
                m_ctx.db->all(QStringLiteral("SELECT id, doc FROM creature_templates WHERE LOWER(name) LIKE "
                                             "? ORDER BY name, id LIMIT ? OFFSET ?"),
                              {pattern, room, start});
            if (!extra)
                return failure(extra.error());
            for (const Row& row : extra.value())
                items.append(templateItem(row.value(QStringLiteral("id")).toString(),
                                          row.value(QStringLiteral("doc")).toByteArray()));
        }
    }
    return ApiReply::ok(paginated(items, page.value(), total));
}

ApiReply ResourceApi::getCreature(ApiRequest& request)
{
    Result<std::optional<EntityRow>> row =
        m_ctx.entities->get(request.user->id, QStringLiteral("creature"), request.param(0));
    if (!row)
        return failure(row.error());
    if (row.value())
        return ApiReply::ok(row.value()->toApi());
    Result<std::optional<Row>> system = m_ctx.db->one(
        QStringLiteral("SELECT id, doc FROM creature_templates WHERE id = ?"), {request.param(0)});
    if (!system)
        return failure(system.error());
    if (!system.value())
        return notFound(tr("Creature"));
    return ApiReply::ok(
        templateItem(request.param(0), system.value()->value(QStringLiteral("doc")).toByteArray()));
}

ApiReply ResourceApi::saveCreature(ApiRequest& request, bool creating)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString account = request.user->id;
    QJsonObject base;
    QString id;
    if (creating) {
        if (auto refused =
                prepareCreate(request, body.value(), QStringLiteral("creature"), QStringLiteral("creatures"),
                              tr("A creature with this id exists."), &id))
            return *refused;
    } else {
        id = request.param(0);
        Result<std::optional<EntityRow>> existing =
            m_ctx.entities->get(account, QStringLiteral("creature"), id);
        if (!existing)
            return failure(existing.error());
        if (!existing.value()) {
            Result<std::optional<Row>> system =
                m_ctx.db->one(QStringLiteral("SELECT id FROM creature_templates WHERE id = ?"), {id});
            if (system && system.value())
                return ApiReply::error(api::kForbidden,
                                       tr("System templates are read-only; copy one to change it."));
            return notFound(tr("Creature"));
        }
        base = existing.value()->doc;
    }
    Creature creature = Creature::fromJson(merged(base, body.value()));
    creature.id = id;
    creature.isTemplate = false; // the user's own statblock, whatever the body says
    if (creature.source.isEmpty())
        creature.source = QStringLiteral("Custom");
    if (const ValidationErrors errors = creature.validate(); !errors.isEmpty())
        return ApiReply::fromError(errors.toError());
    Result<qint64> stored = store(*request.user, QStringLiteral("creature"), id, {}, creature.toJson());
    if (!stored)
        return failure(stored.error());
    m_ctx.hub->accountChanged(account, stored.value());
    Result<EntityRow> row = reload(account, QStringLiteral("creature"), id);
    if (!row)
        return failure(row.error());
    return ApiReply::ok(row.value().toApi(), creating ? 201 : 200);
}

// ---- shares (live player view) ----

ApiReply ResourceApi::createShare(ApiRequest& request)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return ApiReply::fromError(body.error());
    const Plan& plan = m_ctx.planFor(request.user->tier);
    if (!plan.liveView)
        return ApiReply::error(api::kTierRequired, tr("The live player view needs a paid plan."),
                               {{QStringLiteral("feature"), QStringLiteral("liveView")},
                                {QStringLiteral("requiredTier"), QStringLiteral("seasoned")}});
    if (std::optional<ApiReply> unverified = refuseUnverified(*request.user, tr("share an encounter")))
        return *unverified;
    const QString encounterId = body.value().value(QStringLiteral("encounterId")).toString();
    Result<std::optional<EntityRow>> encounter =
        m_ctx.entities->get(request.user->id, QStringLiteral("encounter"), encounterId);
    if (!encounter)
        return failure(encounter.error());
    if (!encounter.value())
        return notFound(tr("Encounter"));
    // "numbers" shows the characters' hit points as the DM's player display does; monsters never.
    const QJsonValue characterHp = body.value().value(QStringLiteral("characterHp"));
    if (!characterHp.isUndefined() && characterHp != QStringLiteral("words") &&
        characterHp != QStringLiteral("numbers"))
        return ApiReply::error(api::kValidationError, tr("characterHp must be \"words\" or \"numbers\"."),
                               {{QStringLiteral("characterHp"), tr("must be \"words\" or \"numbers\"")}});
    const bool numbers = characterHp == QStringLiteral("numbers");
    Result<std::optional<Row>> shares = m_ctx.db->one(
        QStringLiteral("SELECT COUNT(*) AS n FROM shares WHERE account_id = ?"), {request.user->id});
    if (!shares)
        return failure(shares.error());
    const qint64 used = shares.value() ? shares.value()->value(QStringLiteral("n")).toLongLong() : 0;
    if (auto refused = refuseOverLimit(plan, QStringLiteral("shares"), used, used + 1))
        return *refused;
    const QString code = secure::randomToken().left(12);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Result<int> stored = m_ctx.db->run(QStringLiteral("INSERT INTO shares (code, account_id, encounter_id, "
                                                      "character_hp, created_at) VALUES (?, ?, ?, ?, ?)"),
                                       {code, request.user->id, encounterId, numbers ? 1 : 0, now});
    if (!stored)
        return failure(stored.error());
    return ApiReply::ok(shareItem(code, encounterId, numbers, now), 201);
}

ApiReply ResourceApi::listShares(ApiRequest& request)
{
    Result<PageRequest> page = PageRequest::from(request.query);
    if (!page)
        return ApiReply::fromError(page.error());
    Result<std::optional<Row>> total = m_ctx.db->one(
        QStringLiteral("SELECT COUNT(*) AS n FROM shares WHERE account_id = ?"), {request.user->id});
    if (!total)
        return failure(total.error());
    Result<QList<Row>> rows = m_ctx.db->all(
        QStringLiteral("SELECT code, encounter_id, character_hp, created_at FROM shares WHERE account_id = ? "
                       "ORDER BY created_at, code LIMIT ? OFFSET ?"),
        {request.user->id, page->limit, page->offset()});
    if (!rows)
        return failure(rows.error());
    QJsonArray items;
    for (const Row& row : rows.value())
        items.append(shareItem(row.value(QStringLiteral("code")).toString(),
                               row.value(QStringLiteral("encounter_id")).toString(),
                               row.value(QStringLiteral("character_hp")).toInt() != 0,
                               row.value(QStringLiteral("created_at")).toString()));
    return ApiReply::ok(paginated(
        items, page.value(), total.value() ? total.value()->value(QStringLiteral("n")).toLongLong() : 0));
}

ApiReply ResourceApi::deleteShare(ApiRequest& request)
{
    Result<int> removed =
        m_ctx.db->run(QStringLiteral("DELETE FROM shares WHERE code = ? AND account_id = ?"),
                      {request.param(0), request.user->id});
    if (!removed)
        return failure(removed.error());
    if (removed.value() == 0)
        return notFound(tr("Share"));
    m_ctx.hub->closeWatchers(request.param(0));
    return ApiReply::ok(
        QJsonObject{{QStringLiteral("code"), request.param(0)}, {QStringLiteral("deleted"), true}});
}

} // namespace dnd::server
