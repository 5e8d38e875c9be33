#pragma once

#include "model/Creature.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace dnd::gui {

// The form for a custom creature: every field of the statblock, including each trait and action
// with its attack bonus, damage dice and type, save, recharge, uses per day and legendary cost.
// Problems are shown next to the field they concern; OK only closes once the creature is valid.
class CreatureEditor : public QDialog {
    Q_OBJECT
public:
    explicit CreatureEditor(const Creature& creature, QWidget* parent = nullptr);

    // The creature as the form describes it, or nullopt with messages shown beside the fields.
    std::optional<Creature> collect();
    // The creature accepted with OK.
    const Creature& creature() const { return m_creature; }
    // The message shown next to a field ("name", "challengeRating", "actions" ...), empty if none.
    QString errorFor(const QString& field) const;
    QDialogButtonBox* buttons() const { return m_buttons; }

public slots:
    void accept() override;

private:
    // Construction steps: the rows of the statistics form, then the tabs around it.
    void addIdentityRows(QFormLayout* form, const Creature& c);
    void addSpeedRow(QFormLayout* form, const Creature& c);
    void addAbilityRow(QFormLayout* form, const Creature& c);
    void addDetailRows(QFormLayout* form, const Creature& c);
    QTabWidget* buildTabs(QWidget* statistics, const Creature& c);

    // One of the statblock's lists of actions, edited as a table.
    struct ActionList {
        QString field;
        QTableWidget* table = nullptr;
    };
    QLabel* errorLabel(const QString& field);
    QWidget* withError(QWidget* editor, const QString& field);
    QWidget* actionEditor(const QString& field, const QList<CreatureAction>& actions);
    void fillActions(QTableWidget* table, const QList<CreatureAction>& actions);
    QList<CreatureAction> readActions(const ActionList& list, ValidationErrors& errors) const;
    void showErrors(const ValidationErrors& errors);

    Creature m_creature;
    QMap<QString, QLabel*> m_errors;
    QLineEdit* m_name = nullptr;
    QComboBox* m_size = nullptr;
    QLineEdit* m_type = nullptr;
    QLineEdit* m_subtype = nullptr;
    QLineEdit* m_alignment = nullptr;
    QComboBox* m_rules = nullptr;
    QSpinBox* m_ac = nullptr;
    QLineEdit* m_acNotes = nullptr;
    QSpinBox* m_hp = nullptr;
    QLineEdit* m_hitDice = nullptr;
    QSpinBox* m_walk = nullptr;
    QSpinBox* m_swim = nullptr;
    QSpinBox* m_fly = nullptr;
    QSpinBox* m_climb = nullptr;
    QSpinBox* m_burrow = nullptr;
    QCheckBox* m_hover = nullptr;
    QList<QSpinBox*> m_abilities;
    QLineEdit* m_saves = nullptr;
    QLineEdit* m_skills = nullptr;
    QLineEdit* m_senses = nullptr;
    QSpinBox* m_passivePerception = nullptr;
    QLineEdit* m_languages = nullptr;
    QLineEdit* m_vulnerabilities = nullptr;
    QLineEdit* m_resistances = nullptr;
    QLineEdit* m_immunities = nullptr;
    QLineEdit* m_conditionImmunities = nullptr;
    QLineEdit* m_challenge = nullptr;
    QSpinBox* m_xp = nullptr;
    QSpinBox* m_proficiency = nullptr;
    QLineEdit* m_initiative = nullptr;
    QSpinBox* m_legendaryPerRound = nullptr;
    QSpinBox* m_legendaryResistances = nullptr;
    QLineEdit* m_tags = nullptr;
    QList<ActionList> m_actionLists;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace dnd::gui
