#include "integrations/DiscordMessages.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DiscordMessages", text);
}
// Embed colours (0xRRGGBB as Discord takes them: an integer).
constexpr int kColourCombat = 0xB03A2E;
constexpr int kColourRound = 0x2E86C1;
constexpr int kColourTurn = 0x28B463;
constexpr int kColourDefeated = 0x707B7C;
constexpr int kColourEnd = 0x7D3C98;
constexpr int kColourTest = 0x5865F2;

QString clipped(const QString& text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}
// Names are the DM's text: markdown characters in them are shown as written, not as formatting.
QString plain(const QString& name)
{
    QString escaped;
    escaped.reserve(name.size());
    for (const QChar c : name) {
        if (QStringLiteral("\\*_~`|>#[]()").contains(c))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return escaped;
}
QString encounterTitle(const PublicEncounterView& view)
{
    return view.title.isEmpty() ? tr("Encounter") : view.title;
}
QJsonObject field(const QString& name, const QString& value)
{
    return QJsonObject{{QStringLiteral("name"), clipped(name, discord::kFieldNameMax)},
                       {QStringLiteral("value"), clipped(value, discord::kFieldValueMax)},
                       {QStringLiteral("inline"), true}};
}
DiscordPost post(DiscordPost::Kind kind, const QString& encounterId, const QString& title,
                 const QString& description, int colour, const QDateTime& now, const QJsonArray& fields = {})
{
    QJsonObject embed{{QStringLiteral("title"), clipped(title, discord::kTitleMax)},
                      {QStringLiteral("color"), colour},
                      {QStringLiteral("timestamp"), now.toUTC().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("footer"),
                       QJsonObject{{QStringLiteral("text"), QStringLiteral("D&D Encounter Tracker")}}}};
    if (!description.isEmpty())
        embed.insert(QStringLiteral("description"), clipped(description, discord::kDescriptionMax));
    if (!fields.isEmpty())
        embed.insert(QStringLiteral("fields"), fields);
    // No @everyone or role pings, whatever a combatant is called.
    const QJsonObject body{
        {QStringLiteral("username"), QStringLiteral("D&D Encounter Tracker")},
        {QStringLiteral("allowed_mentions"), QJsonObject{{QStringLiteral("parse"), QJsonArray{}}}},
        {QStringLiteral("embeds"), QJsonArray{embed}}};
    return DiscordPost{kind, encounterId, body};
}
// "Round 3 · Goblin ambush"
QString roundLine(const PublicEncounterView& view)
{
    return tr("Round %1 · %2").arg(view.round).arg(plain(encounterTitle(view)));
}
DiscordPost turnPost(const PublicEncounterView& view, const QDateTime& now)
{
    const PublicCombatant* current = view.current();
    QJsonArray fields{field(tr("Health"), healthStateLabel(current->health))};
    if (const PublicCombatant* next = view.next(); next && next->id != current->id)
        fields.append(field(tr("Next"), plain(next->name)));
    return post(DiscordPost::Kind::Turn, view.encounterId, tr("%1's turn").arg(plain(current->name)),
                roundLine(view), kColourTurn, now, fields);
}
bool defeated(const PublicCombatant& combatant)
{
    return combatant.health == HealthState::Defeated;
}
} // namespace

QList<DiscordPost> discordPostsBetween(const PublicEncounterView& before, const PublicEncounterView& after,
                                       const QDateTime& now)
{
    QList<DiscordPost> posts;
    const QString& id = after.encounterId;
    // Only fights are told: a creature "defeated" while the DM builds the encounter is not news.
    if (before.inCombat) {
        for (const PublicCombatant& combatant : after.combatants) {
            const PublicCombatant* earlier = before.find(combatant.id);
            if (earlier && defeated(combatant) && !defeated(*earlier))
                posts.append(post(DiscordPost::Kind::Defeated, id,
                                  tr("%1 is defeated").arg(plain(combatant.name)), roundLine(after),
                                  kColourDefeated, now));
        }
    }
    if (!before.inCombat && after.inCombat) {
        QStringList order;
        for (const PublicCombatant& combatant : after.combatants)
            order.append(QStringLiteral("%1. %2").arg(order.size() + 1).arg(plain(combatant.name)));
        posts.append(post(
            DiscordPost::Kind::CombatStart, id, tr("Combat begins: %1").arg(plain(encounterTitle(after))),
            tr("Round %1. Turn order:").arg(after.round) + QLatin1Char('\n') + order.join(QLatin1Char('\n')),
            kColourCombat, now));
    } else if (before.inCombat && after.inCombat && after.round > before.round) {
        posts.append(post(DiscordPost::Kind::Round, id, tr("Round %1 begins").arg(after.round),
                          plain(encounterTitle(after)), kColourRound, now));
    }
    const bool turnMoved =
        !before.inCombat || before.currentId != after.currentId || before.round != after.round;
    if (after.inCombat && !after.paused && after.current() && turnMoved)
        posts.append(turnPost(after, now));
    if (before.inCombat && !after.inCombat) {
        QStringList standing;
        for (const PublicCombatant& combatant : after.combatants) {
            if (!defeated(combatant))
                standing.append(plain(combatant.name));
        }
        QString description = QCoreApplication::translate("DiscordMessages", "The fight lasted %n round(s).",
                                                          nullptr, before.round);
        if (!standing.isEmpty())
            description +=
                QLatin1Char('\n') + tr("Still standing: %1").arg(standing.join(QStringLiteral(", ")));
        posts.append(post(DiscordPost::Kind::CombatEnd, id,
                          tr("Combat ends: %1").arg(plain(encounterTitle(after))), description, kColourEnd,
                          now));
    }
    return posts;
}

DiscordPost discordTestPost(const QString& linkedTo, const QDateTime& now)
{
    return post(DiscordPost::Kind::Test, {}, tr("Test message from D&D Encounter Tracker"),
                tr("This channel is linked to %1. Round starts, turns, defeated creatures and the end of "
                   "combat will be posted here; what the players cannot see never is.")
                    .arg(plain(linkedTo)),
                kColourTest, now);
}

} // namespace dnd::server
