#pragma once

#include "model/Creature.h"
#include "model/Participant.h"
#include "rules/CombatRequests.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace dnd::gui {

// Picks a condition for a combatant: an SRD condition or a custom one, the exhaustion level, how
// many rounds it lasts and at the start or end of whose turn they count down, and whether the
// players may see it.
class ConditionDialog : public QDialog {
    Q_OBJECT
public:
    ConditionDialog(RulesEdition edition, const QList<Participant>& combatants, const QString& targetId,
                    QWidget* parent = nullptr);
    // The request for one target (targetId filled by the caller for each selected combatant).
    rules::ConditionRequest request() const;

    QComboBox* conditionBox() const { return m_condition; }
    QSpinBox* roundsBox() const { return m_rounds; }
    QComboBox* timingBox() const { return m_timing; }

private:
    QComboBox* m_condition = nullptr;
    QLineEdit* m_custom = nullptr;
    QSpinBox* m_level = nullptr;
    QCheckBox* m_untilRemoved = nullptr;
    QSpinBox* m_rounds = nullptr;
    QComboBox* m_timing = nullptr;
    QComboBox* m_anchor = nullptr;
    QCheckBox* m_hidden = nullptr;
};

} // namespace dnd::gui
