#pragma once

#include "rules/PublicView.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dnd::server {

// One message for a Discord channel: the body of Discord's execute-webhook call (one embed).
struct DiscordPost {
    enum class Kind { CombatStart, Round, Turn, Defeated, CombatEnd, Test };
    Kind kind = Kind::Test;
    QString encounterId;
    QJsonObject body;
};

// What a linked channel is told between two public views of one encounter (both built by
// publicView(), so nothing the players do not see can reach a post), in this order: creatures
// defeated, combat begins, a new round, whose turn it is, combat ends. `before` is an empty view
// (not in combat) for an encounter the link has not posted about yet.
QList<DiscordPost> discordPostsBetween(const PublicEncounterView& before, const PublicEncounterView& after,
                                       const QDateTime& now);

// The message "Send a test message" posts: says what the channel is linked to.
DiscordPost discordTestPost(const QString& linkedTo, const QDateTime& now);

// Discord's limits on one embed
// (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
namespace discord {
inline constexpr int kTitleMax = 256;
inline constexpr int kDescriptionMax = 4096;
inline constexpr int kFieldsMax = 25;
inline constexpr int kFieldNameMax = 256;
inline constexpr int kFieldValueMax = 1024;
inline constexpr int kFooterMax = 2048;
inline constexpr int kEmbedTextMax = 6000;
} // namespace discord

} // namespace dnd::server
