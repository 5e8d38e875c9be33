#include "http/Router.h"

namespace dnd::server {

TokenScope Route::requiredTokenScope() const
{
    if (access == Access::Admin)
        return TokenScope::SessionOnly; // whatever a route says: no token administers
    if (tokenScope)
        return *tokenScope;
    return method == QLatin1String("GET") ? TokenScope::Read : TokenScope::Write;
}

Route& Router::add(Route route)
{
    route.segments = route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    m_routes.append(std::move(route));
    return m_routes.last();
}

Route& Router::add(const QString& method, const QString& pattern, Access access, RateClass rate,
                   const QString& summary, const QString& tag, std::function<ApiReply(ApiRequest&)> handler)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.access = access;
    route.rate = rate;
    route.summary = summary;
    route.tag = tag;
    route.handler = [handler = std::move(handler)](ApiRequest& request, const Respond& respond) {
        respond(handler(request));
    };
    return add(std::move(route));
}

Router::Match Router::match(const QString& method, const QString& path) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match best;
    int bestLiterals = -1;
    for (const Route& route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QStringList params;
        int literals = 0;
        bool matches = true;
        for (int i = 0; i < parts.size() && matches; ++i) {
            const QString& segment = route.segments.at(i);
            if (segment.startsWith(QLatin1Char(':'))) {
                params.append(parts.at(i));
            } else if (segment == parts.at(i)) {
                ++literals;
            } else {
                matches = false;
            }
        }
        if (!matches)
            continue;
        if (route.method != method) {
            best.pathKnown = true;
            best.allowedMethods.append(route.method);
            continue;
        }
        if (literals > bestLiterals) {
            bestLiterals = literals;
            best.route = &route;
            best.params = params;
        }
    }
    return best;
}

} // namespace dnd::server
