// One combat log entry of every kind (and every wording a kind has), with the sentence it reads as
// in English and in German. The rules test reads the English; the translations test installs
// German and reads the German, so a sentence that skips the translator, or lacks its German, fails.
#pragma once

#include "model/CombatLogEntry.h"

#include <QList>
#include <QString>

namespace dnd::test {

struct CombatLogSample {
    const char* name;
    CombatLogEntry entry;
    QString english;
    QString german;
};

QList<CombatLogSample> combatLogSamples();

// An entry of round 3 from its kind, names and JSON texts (details, before, after).
CombatLogEntry logEntry(const char* action, const QString& actor, const QString& target,
                        const char* details = "{}", const char* before = "{}", const char* after = "{}");

} // namespace dnd::test
