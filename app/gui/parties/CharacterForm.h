#pragma once

#include "model/Party.h"

#include <QDialog>
#include <QHash>
#include <array>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dnd::gui {

// Edits every field of a player character. Problems are shown next to the field they concern
// (the model's validation field names), and the dialog only accepts a valid character.
class CharacterForm : public QDialog {
    Q_OBJECT
public:
    explicit CharacterForm(const Character& character, QWidget* parent = nullptr);

    // The character as currently entered (valid once the dialog was accepted).
    Character character() const;
    // Shows errors next to their fields; returns false when there were any.
    bool showErrors(const ValidationErrors& errors);
    // The message shown next to a field ("" when none); for tests and accessibility.
    QString errorText(const QString& field) const;

    void accept() override;

private:
    // Construction steps: the fields filled from the character, then the form that lays them out.
    void createFields(const Character& character);
    QFormLayout* buildForm(const Character& character);
    // Current HP follows the maximum while the character is unhurt, and the proficiency bonus
    // follows the level while it is that level's usual bonus, as a character sheet would.
    void followFigures();
    // The level the form gives: the class levels added up, else the Level field.
    int typedLevel() const;
    QGroupBox* buildAbilityBox(const Character& character);

    QWidget* withError(QWidget* field, const QString& fieldName);
    ValidationErrors collectErrors(Character& out) const;

    Character m_original;
    int m_shownMax = 0;   // the maximum before the last change
    int m_shownLevel = 1; // the level before the last change
    QLineEdit* m_name = nullptr;
    QLineEdit* m_player = nullptr;
    QLineEdit* m_race = nullptr;
    QLineEdit* m_classes = nullptr;
    QSpinBox* m_level = nullptr;
    QSpinBox* m_ac = nullptr;
    QSpinBox* m_maxHp = nullptr;
    QSpinBox* m_currentHp = nullptr;
    QSpinBox* m_tempHp = nullptr;
    QLineEdit* m_hitDice = nullptr;
    QSpinBox* m_hitDiceSpent = nullptr;
    QSpinBox* m_speed = nullptr;
    std::array<QSpinBox*, 6> m_abilities{};
    QSpinBox* m_initiativeBonus = nullptr;
    QSpinBox* m_proficiency = nullptr;
    QPlainTextEdit* m_features = nullptr;
    QPlainTextEdit* m_equipment = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_externalId = nullptr;
    QHash<QString, QLabel*> m_errorLabels;
};

// Parses "Fighter 3 / Wizard 2" (or comma separated); a class without a number is level 1.
// Returns false when a part cannot be read.
bool parseClasses(const QString& text, QList<CharacterClass>& out);

} // namespace dnd::gui
