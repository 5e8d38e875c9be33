#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace dnd::server {

// The DM's data over REST: parties with nested characters, encounters with their participants and
// combat controls (start / end / turn), custom creatures and the read-only system templates, and
// share codes for the live player view. Every lookup is scoped to the caller's account, so another
// user's id answers 404; creates check the plan's limits.
class ResourceApi {
public:
    explicit ResourceApi(ServerContext& context) : m_ctx(context) {}
    void registerRoutes(Router& router);

private:
    ApiReply listParties(ApiRequest& request);
    ApiReply createParty(ApiRequest& request);
    ApiReply getParty(ApiRequest& request);
    ApiReply updateParty(ApiRequest& request);
    ApiReply deleteEntity(ApiRequest& request, const QString& kind);
    ApiReply archiveParty(ApiRequest& request);
    ApiReply addCharacter(ApiRequest& request);
    ApiReply updateCharacter(ApiRequest& request);
    ApiReply removeCharacter(ApiRequest& request);
    ApiReply listEncounters(ApiRequest& request);
    ApiReply saveEncounter(ApiRequest& request, bool creating);
    ApiReply getEncounter(ApiRequest& request);
    ApiReply startEncounter(ApiRequest& request);
    ApiReply endEncounter(ApiRequest& request);
    ApiReply turn(ApiRequest& request);
    ApiReply listCreatures(ApiRequest& request);
    ApiReply listTemplates(ApiRequest& request);
    ApiReply saveCreature(ApiRequest& request, bool creating);
    ApiReply getCreature(ApiRequest& request);
    ApiReply createShare(ApiRequest& request);
    ApiReply listShares(ApiRequest& request);
    ApiReply deleteShare(ApiRequest& request);

    // A list of the caller's entities of one kind (?page, limit, search), from the list cache
    // while the account has not changed since it was built.
    ApiReply cachedList(ApiRequest& request, const QString& kind);
    // For a create of `kind`: CONFLICT when the id is taken, LIMIT_EXCEEDED when the plan's
    // `limitKey` limit is reached; nullopt when the create may go ahead.
    std::optional<ApiReply> refuseCreate(const AuthUser& user, const QString& kind, const QString& id,
                                         const QString& limitKey, const QString& conflictMessage);
    // The id a create asks for (or a new one) in *id, then refuseCreate's checks.
    std::optional<ApiReply> prepareCreate(const ApiRequest& request, const QJsonObject& body,
                                          const QString& kind, const QString& limitKey,
                                          const QString& conflictMessage, QString* id);
    // The row just written, read back for the answer (INTERNAL if it vanished).
    Result<EntityRow> reload(const QString& account, const QString& kind, const QString& id);
    // LIMIT_EXCEEDED when the account already stores as many as its plan allows.
    std::optional<ApiReply> checkLimit(const AuthUser& user, const QString& resource, const QString& kind);
    // LIMIT_EXCEEDED naming the plan's limit and the plan that lifts it when `wanted` passes the
    // limit on `resource`; nullopt when it fits.
    static std::optional<ApiReply> refuseOverLimit(const Plan& plan, const QString& resource, qint64 used,
                                                   qint64 wanted);
    // Creates or replaces an entity of the caller, refused when its growth passes the plan's storage.
    Result<qint64> store(const AuthUser& user, const QString& kind, const QString& id,
                         const QString& parentId, const QJsonObject& doc);
    // Stores a combat change (with its business events: one combat action, and an encounter run when
    // it starts the fight); the hub tells followers what changed (combat:start, turn:advance ...).
    ApiReply saveCombat(ApiRequest& request, const EntityRow& row, const QJsonObject& encounter,
                        bool startsFight);
    // Storage errors answer a generic 500/503; answers the service builds (CONFLICT, VALIDATION_ERROR,
    // LIMIT_EXCEEDED) go through as they are.
    ApiReply failure(const Error& error);

    ServerContext& m_ctx;
};

} // namespace dnd::server
