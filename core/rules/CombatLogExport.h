#pragma once

#include "model/CombatLogEntry.h"

#include <QJsonArray>
#include <QList>
#include <QLocale>
#include <QString>

namespace dnd::rules {

// Turns a combat log into a file: JSON for programs, readable text for people (one line each).
class CombatLogExport {
public:
    static QJsonArray toJson(const QList<CombatLogEntry>& log);
    // Round, turn, time and the entry's sentence (CombatLogText): "R1 T2 12:00:05  Aria took 7
    // slashing damage from Goblin 1"; a free roll reads "R1 T2 12:00:09  Goblin 1 rolled “Goblin 1:
    // Scimitar (to hit)” 1d20+4 [15] = 19".
    static QString toText(const QList<CombatLogEntry>& log);
    static QString line(const CombatLogEntry& entry);
    // The same line for the screen: the time in local time, written the way `locale` writes times.
    static QString line(const CombatLogEntry& entry, const QLocale& locale);

private:
    static QString lineAt(const CombatLogEntry& entry, const QString& time);
};

} // namespace dnd::rules
