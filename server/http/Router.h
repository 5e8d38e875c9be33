#pragma once

#include "http/ApiTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dnd::server {

enum class Access { Public, User, Admin };
// Which rate-limit budget a route draws from.
enum class RateClass { Standard, Credentials, Unlimited };
// What a personal API token needs to call a route (docs/SERVER.md, "API tokens"). SessionOnly:
// account management and administration, which only a signed-in session reaches.
enum class TokenScope { Read, Write, Live, SessionOnly };

// One endpoint: method, path pattern with :placeholders, who may call it, and its handler. The
// same table answers requests and produces the OpenAPI document, so the two cannot disagree.
struct Route {
    QString method;
    QString pattern; // e.g. "/api/v1/parties/:id"
    Access access = Access::User;
    RateClass rate = RateClass::Standard;
    QString summary;
    QString tag;
    std::function<void(ApiRequest&, const Respond&)> handler;
    QStringList segments;
    // Unset: reads (GET) need the read scope, other methods write. Admin routes are session only
    // whatever this says.
    std::optional<TokenScope> tokenScope;

    TokenScope requiredTokenScope() const;
};

// Matches request paths against the route table; literal segments win over placeholders.
class Router {
public:
    // Both answer the stored route, so a caller can still set what the defaults do not say
    // (`router.add(...).tokenScope = TokenScope::SessionOnly`).
    Route& add(Route route);
    // Sync handler convenience: the reply is sent as soon as the handler returns.
    Route& add(const QString& method, const QString& pattern, Access access, RateClass rate,
               const QString& summary, const QString& tag, std::function<ApiReply(ApiRequest&)> handler);

    struct Match {
        const Route* route = nullptr;
        QStringList params;
        bool pathKnown = false; // some route has this path, for another method (405)
        QStringList allowedMethods;
    };
    Match match(const QString& method, const QString& path) const;
    const QList<Route>& routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace dnd::server
