#pragma once

#include "model/Creature.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dnd::rules {

// Monsters of one challenge rating in an encounter, e.g. six CR 1/4 goblins.
struct MonsterGroup {
    QString challengeRating;
    int count = 1;
    bool operator==(const MonsterGroup&) const = default;
};

// A named band and the party's summed threshold for it.
struct DifficultyBand {
    QString key; // easy, medium, hard, deadly (2014); low, moderate, high (2024)
    int threshold = 0;
    bool operator==(const DifficultyBand&) const = default;
};

struct DifficultyResult {
    RulesEdition rules = RulesEdition::Srd2014;
    int monsterCount = 0;
    int xp = 0;         // plain sum of the monsters' XP
    int adjustedXp = 0; // xp times the multiplier (2014); equal to xp for 2024
    double multiplier = 1.0;
    QList<DifficultyBand> thresholds; // easiest band first
    QString rating;                   // the highest band reached, or "trivial"

    QJsonObject toJson() const;
};

// Encounter difficulty per the 2014 rules (XP thresholds and the monster-count multiplier with the
// party-size shift) and the 2024 rules (XP budget, no multiplier).
//
// A band is reached when the compared XP is greater than or equal to ("at or above") the band's
// threshold summed over the party: adjustedXp >= threshold for 2014, xp >= budget for 2024.
class Difficulty {
public:
    static Result<DifficultyResult> evaluate(RulesEdition rules, const QList<int>& partyLevels,
                                             const QList<MonsterGroup>& monsters);

    // The band keys of an edition, easiest first.
    static QStringList bandKeys(RulesEdition rules);
    static QString bandName(const QString& key); // translated display name
    // One character's threshold for a band; nullopt for a level outside 1-20 or an unknown band.
    static std::optional<int> threshold(RulesEdition rules, int level, const QString& band);
    // 2014 daily XP budget per character.
    static std::optional<int> dailyBudget2014(int level);
    // The 2014 multiplier for a number of monsters and a party size (the ladder with its shift).
    static double multiplier2014(int monsterCount, int partySize);

    // "5,5,5,5" -> levels; "1/4x6,2" -> groups. Errors name the offending item.
    static Result<QList<int>> parsePartyLevels(const QString& text);
    static Result<QList<MonsterGroup>> parseMonsters(const QString& text);
};

} // namespace dnd::rules
