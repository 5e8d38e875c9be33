#include "parties/CharacterForm.h"

#include "parties/CharacterModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace dnd::gui {

bool parseClasses(const QString& text, QList<CharacterClass>& out)
{
    out.clear();
    static const QRegularExpression separator(QStringLiteral("[/,;]"));
    static const QRegularExpression entry(QStringLiteral("^(.*\\S)\\s+(\\d{1,2})$"));
    for (const QString& rawPart : text.split(separator, Qt::SkipEmptyParts)) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const QRegularExpressionMatch match = entry.match(part);
        if (match.hasMatch()) {
            out.append({match.captured(1).trimmed(), match.captured(2).toInt()});
        } else if (part.contains(QRegularExpression(QStringLiteral("\\d")))) {
            return false;
        } else {
            out.append({part, 1});
        }
    }
    return true;
}

namespace {

// 2 at levels 1-4, then one more every four levels.
int usualProficiency(int level)
{
    return 2 + (std::clamp(level, 1, 20) - 1) / 4;
}
QSpinBox* spin(int min, int max, int value, const QString& accessibleName)
{
    auto* box = new QSpinBox;
    box->setRange(min, max);
    box->setValue(value);
    box->setAccessibleName(accessibleName);
    return box;
}
QLineEdit* line(const QString& value, const QString& accessibleName)
{
    auto* edit = new QLineEdit(value);
    edit->setAccessibleName(accessibleName);
    return edit;
}
QPlainTextEdit* lines(const QStringList& value, const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(value.join(QLatin1Char('\n')));
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(80);
    return edit;
}
QStringList nonEmptyLines(const QPlainTextEdit* edit)
{
    QStringList result;
    for (const QString& entry : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!entry.trimmed().isEmpty())
            result.append(entry.trimmed());
    }
    return result;
}
} // namespace

CharacterForm::CharacterForm(const Character& character, QWidget* parent)
    : QDialog(parent), m_original(character)
{
    setWindowTitle(character.name.isEmpty() ? tr("New Character") : tr("Edit %1").arg(character.name));

    createFields(character);
    QFormLayout* form = buildForm(character);

    auto* content = new QWidget;
    content->setLayout(form);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &CharacterForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CharacterForm::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(560, 720);
    m_name->setFocus();
}

void CharacterForm::createFields(const Character& character)
{
    m_name = line(character.name, tr("Name"));
    m_name->setObjectName(QStringLiteral("name"));
    m_player = line(character.playerName, tr("Player"));
    m_race = line(character.race, tr("Race or species"));
    m_classes = line(formatClasses(character.classes), tr("Classes"));
    m_classes->setPlaceholderText(tr("e.g. Fighter 3 / Wizard 2"));
    m_level = spin(0, 30, character.level, tr("Level"));
    m_level->setToolTip(tr("Used when no class levels are given"));
    m_ac = spin(0, 99, character.ac, tr("Armor class"));
    m_maxHp = spin(0, 99999, character.maxHp, tr("Maximum hit points"));
    m_currentHp = spin(0, 99999, character.currentHp, tr("Current hit points"));
    m_tempHp = spin(0, 99999, character.tempHp, tr("Temporary hit points"));
    m_hitDice = line(character.hitDice, tr("Hit dice"));
    m_hitDice->setPlaceholderText(tr("e.g. 5d10"));
    m_hitDiceSpent = spin(0, 20, character.hitDiceSpent, tr("Hit dice spent"));
    m_hitDiceSpent->setObjectName(QStringLiteral("hitDiceSpent"));
    m_hitDiceSpent->setToolTip(
        tr("Hit dice spent on short rests (one die per level); a long rest gives back up "
           "to half the total, at least one (under the 2024 rules all of them)"));
    m_speed = spin(0, 999, character.speed, tr("Speed in feet"));
    m_initiativeBonus = spin(-99, 99, character.initiativeBonus, tr("Initiative bonus"));
    m_initiativeBonus->setToolTip(tr("Added to the Dexterity modifier (e.g. Alert, Jack of All Trades)"));
    m_proficiency = spin(0, 9, character.proficiencyBonus, tr("Proficiency bonus"));
    m_features = lines(character.features, tr("Features, one per line"));
    m_equipment = lines(character.equipment, tr("Equipment, one per line"));
    m_notes = new QPlainTextEdit(character.notes);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    // Only an imported character shows where it came from; a widget no layout takes would be
    // nobody's child and never freed.
    if (!character.externalId.isEmpty()) {
        m_externalId = line(character.externalId, tr("Imported from"));
        m_externalId->setReadOnly(true);
    }
    followFigures();
}

void CharacterForm::followFigures()
{
    m_shownMax = m_maxHp->value();
    connect(m_maxHp, &QSpinBox::valueChanged, this, [this](int max) {
        if (m_currentHp->value() == m_shownMax)
            m_currentHp->setValue(max);
        m_shownMax = max;
    });
    m_shownLevel = typedLevel();
    auto levelChanged = [this] {
        const int level = typedLevel();
        if (m_proficiency->value() == usualProficiency(m_shownLevel))
            m_proficiency->setValue(usualProficiency(level));
        m_shownLevel = level;
    };
    connect(m_level, &QSpinBox::valueChanged, this, levelChanged);
    connect(m_classes, &QLineEdit::textChanged, this, levelChanged);
}

int CharacterForm::typedLevel() const
{
    QList<CharacterClass> classes;
    if (!parseClasses(m_classes->text(), classes) || classes.isEmpty())
        return m_level->value();
    int sum = 0;
    for (const CharacterClass& characterClass : classes)
        sum += characterClass.level;
    return sum;
}

QFormLayout* CharacterForm::buildForm(const Character& character)
{
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), withError(m_name, QStringLiteral("name")));
    form->addRow(tr("&Player:"), withError(m_player, QStringLiteral("playerName")));
    form->addRow(tr("&Race:"), withError(m_race, QStringLiteral("race")));
    form->addRow(tr("&Classes:"), withError(m_classes, QStringLiteral("classes")));
    form->addRow(tr("&Level:"), withError(m_level, QStringLiteral("level")));
    form->addRow(tr("&Armor class:"), withError(m_ac, QStringLiteral("ac")));
    form->addRow(tr("&Maximum HP:"), withError(m_maxHp, QStringLiteral("maxHp")));
    form->addRow(tr("C&urrent HP:"), withError(m_currentHp, QStringLiteral("currentHp")));
    form->addRow(tr("&Temporary HP:"), withError(m_tempHp, QStringLiteral("tempHp")));
    form->addRow(tr("&Hit dice:"), withError(m_hitDice, QStringLiteral("hitDice")));
    form->addRow(tr("Hit &dice spent:"), withError(m_hitDiceSpent, QStringLiteral("hitDiceSpent")));
    form->addRow(tr("&Speed:"), withError(m_speed, QStringLiteral("speed")));

    form->addRow(buildAbilityBox(character));

    form->addRow(tr("&Initiative bonus:"), withError(m_initiativeBonus, QStringLiteral("initiativeBonus")));
    form->addRow(tr("P&roficiency bonus:"), withError(m_proficiency, QStringLiteral("proficiencyBonus")));
    form->addRow(tr("&Features:"), withError(m_features, QStringLiteral("features")));
    form->addRow(tr("&Equipment:"), withError(m_equipment, QStringLiteral("equipment")));
    form->addRow(tr("N&otes:"), withError(m_notes, QStringLiteral("notes")));
    if (m_externalId)
        form->addRow(tr("Imported as:"), m_externalId);
    return form;
}

QGroupBox* CharacterForm::buildAbilityBox(const Character& character)
{
    auto* abilityBox = new QGroupBox(tr("Ability scores"));
    auto* abilityGrid = new QGridLayout(abilityBox);
    for (Ability ability : kAllAbilities) {
        const int column = static_cast<int>(ability);
        auto* box = spin(0, 99, character.abilities.score(ability), abilityShort(ability));
        m_abilities[column] = box;
        auto* label = new QLabel(abilityShort(ability));
        label->setBuddy(box);
        abilityGrid->addWidget(label, 0, column, Qt::AlignHCenter);
        abilityGrid->addWidget(box, 1, column);
    }
    auto* abilityError = new QLabel;
    abilityError->setObjectName(QStringLiteral("error.abilities"));
    abilityError->setWordWrap(true);
    abilityError->setStyleSheet(QStringLiteral("color: #c62828"));
    abilityError->hide();
    abilityGrid->addWidget(abilityError, 2, 0, 1, 6);
    m_errorLabels.insert(QStringLiteral("abilities"), abilityError);
    return abilityBox;
}

QWidget* CharacterForm::withError(QWidget* field, const QString& fieldName)
{
    auto* container = new QWidget;
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto* error = new QLabel;
    error->setObjectName(QStringLiteral("error.") + fieldName);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #c62828"));
    error->hide();
    layout->addWidget(error);
    m_errorLabels.insert(fieldName, error);
    return container;
}

ValidationErrors CharacterForm::collectErrors(Character& out) const
{
    out = m_original;
    out.name = m_name->text().trimmed();
    out.playerName = m_player->text().trimmed();
    out.race = m_race->text().trimmed();
    out.level = m_level->value();
    out.ac = m_ac->value();
    out.maxHp = m_maxHp->value();
    out.currentHp = m_currentHp->value();
    out.tempHp = m_tempHp->value();
    out.hitDice = m_hitDice->text().trimmed();
    out.hitDiceSpent = m_hitDiceSpent->value();
    out.speed = m_speed->value();
    for (Ability ability : kAllAbilities)
        out.abilities.setScore(ability, m_abilities[static_cast<int>(ability)]->value());
    out.initiativeBonus = m_initiativeBonus->value();
    out.proficiencyBonus = m_proficiency->value();
    out.features = nonEmptyLines(m_features);
    out.equipment = nonEmptyLines(m_equipment);
    out.notes = m_notes->toPlainText();

    ValidationErrors errors;
    QList<CharacterClass> classes;
    if (parseClasses(m_classes->text(), classes))
        out.classes = classes;
    else
        errors.add(QStringLiteral("classes"),
                   tr("write each class as a name and a level, e.g. Fighter 3 / Wizard 2"));
    const ValidationErrors modelErrors = out.validate();
    for (const FieldError& error : modelErrors.errors())
        errors.add(error.field, error.message);
    return errors;
}

Character CharacterForm::character() const
{
    Character result;
    (void)collectErrors(result);
    return result;
}

bool CharacterForm::showErrors(const ValidationErrors& errors)
{
    QHash<QString, QStringList> messages;
    for (const FieldError& error : errors.errors()) {
        // "classes[1].level" belongs to the classes field, "abilities.strength" to the abilities.
        QString field = error.field;
        field = field.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
        const QString prefix =
            field == error.field ? QString() : error.field.section(QLatin1Char('.'), 1) + ' ';
        messages[m_errorLabels.contains(field) ? field : QStringLiteral("name")].append(prefix +
                                                                                        error.message);
    }
    QWidget* firstBad = nullptr;
    for (auto it = m_errorLabels.begin(); it != m_errorLabels.end(); ++it) {
        const QStringList list = messages.value(it.key());
        it.value()->setText(list.join(QLatin1Char('\n')));
        it.value()->setVisible(!list.isEmpty());
        if (!list.isEmpty() && !firstBad)
            firstBad = it.value()->parentWidget();
    }
    if (firstBad) {
        if (QWidget* target = firstBad->findChild<QWidget*>(); target && target->focusPolicy() != Qt::NoFocus)
            target->setFocus();
    }
    return messages.isEmpty();
}

QString CharacterForm::errorText(const QString& field) const
{
    const QLabel* label = m_errorLabels.value(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

void CharacterForm::accept()
{
    Character entered;
    if (!showErrors(collectErrors(entered)))
        return;
    QDialog::accept();
}

} // namespace dnd::gui
