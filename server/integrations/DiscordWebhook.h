#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace dnd::server {

// A Discord webhook as a DM pastes it: https://discord.com/api/webhooks/<id>/<token> (also
// discordapp.com, the old host, and a versioned /api/v10/ path). The token is the secret: whoever
// holds the URL may post to the channel.
struct DiscordWebhook {
    QString id;    // Discord's snowflake: digits
    QString token; // letters, digits, '-' and '_'

    // nullopt for anything else (another host, plain http, a query, a fragment, extra segments).
    static std::optional<DiscordWebhook> parse(const QString& url);
    // The URL in the one spelling stored (sealed): https://discord.com/api/webhooks/<id>/<token>.
    QString canonicalUrl() const;
    // What the API and the app show: the id and the token hidden.
    QString masked() const;
    // Where to post: the configured API base (https://discord.com, or a stand-in in tests).
    QUrl executeUrl(const QString& apiBase) const;
};

} // namespace dnd::server
