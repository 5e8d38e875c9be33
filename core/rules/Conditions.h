#pragma once

#include "model/Creature.h"
#include "model/Participant.h"

#include <QList>
#include <QString>
#include <optional>

namespace dnd::rules {

// What the tracker knows about one condition: its key, the shown name and a one-line summary.
struct ConditionInfo {
    QString key;                // "prone"; stable, stored in ActiveCondition::key
    QString name;               // translated display name
    QString description;        // a short summary of the effect in our own words, translated
    bool incapacitates = false; // ends concentration when applied
    bool hasLevels = false;     // exhaustion
};

// The SRD conditions of the 2014 and 2024 rules, exhaustion levels, and custom conditions (any key
// that is not a standard one; its label is what the DM typed).
class Conditions {
public:
    static constexpr int kMaxExhaustion = 6;

    static QList<ConditionInfo> all(RulesEdition rules);
    static std::optional<ConditionInfo> find(const QString& key, RulesEdition rules);
    static bool isStandard(const QString& key);
    static bool isIncapacitating(const QString& key);
    // What a given exhaustion level means under an edition (level 1-6).
    static QString exhaustionEffect(int level, RulesEdition rules);
    // The name to show for an active condition: the SRD name (with exhaustion level) or the
    // custom label.
    static QString displayName(const ActiveCondition& condition, RulesEdition rules);
    // Lower-case key for a custom condition name ("Hexed" -> "custom:hexed").
    static QString customKey(const QString& label);
};

} // namespace dnd::rules
