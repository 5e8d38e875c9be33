#include "rules/CombatSummary.h"

#include "model/Creature.h"
#include "rules/EncounterSession.h"

#include <QHash>
#include <algorithm>

namespace dnd::rules {

namespace {

// The damage an entry applied: older entries carry only the rolled amount, or only the HP values.
int appliedDamage(const CombatLogEntry& entry)
{
    const QJsonValue applied = entry.details.value(QStringLiteral("applied"));
    if (applied.isDouble())
        return applied.toInt();
    const QJsonValue amount = entry.details.value(QStringLiteral("amount"));
    if (amount.isDouble())
        return amount.toInt();
    return std::max(0, entry.before.value(QStringLiteral("hp")).toInt() -
                           entry.after.value(QStringLiteral("hp")).toInt());
}

} // namespace

CombatSummary CombatSummary::of(const EncounterSession& session,
                                const std::function<int(const QString&)>& creatureXp)
{
    CombatSummary summary;
    summary.rounds = session.round();
    summary.elapsedMs = session.elapsedMs();

    const QList<CombatLogEntry>& log = session.log();
    qsizetype start = 0;
    for (qsizetype i = log.size() - 1; i >= 0; --i) {
        if (log.at(i).action == QLatin1String("combat_start")) {
            start = i;
            break;
        }
    }

    // Turn order first, so the table reads like the initiative list; names the log alone knows
    // (a combatant removed since) follow in the order they appear.
    QHash<QString, qsizetype> row;
    const auto tally = [&](const QString& name) -> Tally& {
        auto found = row.constFind(name);
        if (found == row.constEnd()) {
            found = row.insert(name, summary.damage.size());
            summary.damage.append(Tally{name, 0, 0});
        }
        return summary.damage[*found];
    };
    const QList<Participant> participants = session.participants();
    for (const Participant& p : participants) {
        if (p.kind != ParticipantKind::Lair)
            tally(p.name);
    }

    QHash<QString, QString> fallenCreature; // name -> creature id, for those removed when defeated
    for (qsizetype i = start; i < log.size(); ++i) {
        const CombatLogEntry& entry = log.at(i);
        if (entry.action == QLatin1String("damage")) {
            const int applied = appliedDamage(entry);
            tally(entry.target).taken += applied;
            if (!entry.actor.isEmpty())
                tally(entry.actor).dealt += applied;
        } else if (entry.action == QLatin1String("defeated") && !summary.defeated.contains(entry.target)) {
            summary.defeated.append(entry.target);
        } else if (entry.action == QLatin1String("remove") &&
                   entry.details.value(QStringLiteral("reason")).toString() == QLatin1String("defeated")) {
            fallenCreature.insert(entry.target, entry.details.value(QStringLiteral("creatureId")).toString());
        }
    }
    // Creatures defeated in this fight: still in the list and defeated, or removed when they fell.
    QStringList stillDefeated;
    for (const Participant& p : participants) {
        if (p.kind == ParticipantKind::Creature && p.defeated && summary.defeated.contains(p.name)) {
            summary.totalXp += p.creatureId.isEmpty() ? 0 : creatureXp(p.creatureId);
            stillDefeated.append(p.name);
        }
    }
    for (auto it = fallenCreature.cbegin(); it != fallenCreature.cend(); ++it) {
        if (!stillDefeated.contains(it.key()) && !it.value().isEmpty())
            summary.totalXp += creatureXp(it.value());
    }

    QStringList characters;
    for (const Participant& p : participants) {
        if (p.isCharacter())
            characters.append(p.name);
    }
    if (!characters.isEmpty()) {
        const int share = summary.totalXp / int(characters.size());
        for (const QString& name : characters)
            summary.xpShares.append(XpShare{name, share});
    }
    return summary;
}

CombatSummary CombatSummary::of(const EncounterSession& session, LocalStore& store)
{
    return of(session, [&store](const QString& creatureId) {
        const std::optional<Creature> creature = store.get<Creature>(creatureId);
        return creature ? creature->xp : 0;
    });
}

} // namespace dnd::rules
