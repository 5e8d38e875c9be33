#include "integrations/DiscordWebhook.h"

#include <QRegularExpression>

namespace dnd::server {

std::optional<DiscordWebhook> DiscordWebhook::parse(const QString& text)
{
    // Snowflakes are 17 to 20 digits today; tokens are about 68 characters. Some room either way.
    static const QRegularExpression shape(
        QStringLiteral("^https://(?:discord\\.com|discordapp\\.com)/api(?:/v\\d{1,2})?/webhooks/(\\d{15,25})/"
                       "([A-Za-z0-9_-]{30,120})$"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return DiscordWebhook{match.captured(1), match.captured(2)};
}

QString DiscordWebhook::canonicalUrl() const
{
    return QStringLiteral("https://discord.com/api/webhooks/%1/%2").arg(id, token);
}

QString DiscordWebhook::masked() const
{
    return QStringLiteral("https://discord.com/api/webhooks/%1...%2/********").arg(id.left(4), id.right(4));
}

QUrl DiscordWebhook::executeUrl(const QString& apiBase) const
{
    return QUrl(apiBase + QStringLiteral("/api/webhooks/%1/%2").arg(id, token));
}

} // namespace dnd::server
