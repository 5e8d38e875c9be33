#pragma once

#include <QMetaType>
#include <QString>

namespace dnd::rules {

// A roll the DM should ask for now. Prompts never block a command: the session raises them and
// the DM answers later (recordConcentrationSave, recordDeathSave) or ignores them.
struct Prompt {
    enum class Kind { ConcentrationCheck, DeathSave };
    Kind kind = Kind::ConcentrationCheck;
    QString participantId;
    QString participantName;
    int dc = 0;     // concentration: max(10, floor(damage / 2)), capped at 30 under 2024 rules
    int damage = 0; // the damage that caused a concentration check
    bool operator==(const Prompt&) const = default;
};

} // namespace dnd::rules

Q_DECLARE_METATYPE(dnd::rules::Prompt)
