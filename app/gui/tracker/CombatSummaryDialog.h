#pragma once

#include "rules/CombatSummary.h"

#include <QDialog>

class QTableWidget;

namespace dnd::gui {

// Shown after End Combat: how long the fight took, who fell, the XP the party earned and each
// combatant's damage dealt and taken.
class CombatSummaryDialog : public QDialog {
    Q_OBJECT
public:
    explicit CombatSummaryDialog(const rules::CombatSummary& summary, QWidget* parent = nullptr);

    QTableWidget* damageTable() const { return m_damage; }

private:
    QTableWidget* m_damage = nullptr;
};

} // namespace dnd::gui
