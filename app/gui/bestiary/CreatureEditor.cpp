#include "bestiary/CreatureEditor.h"

#include "rules/Dice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <tuple>

namespace dnd::gui {

namespace {

enum ActionColumn {
    NameColumn,
    AttackColumn,
    DamageColumn,
    SaveDcColumn,
    SaveAbilityColumn,
    RechargeColumn,
    PerDayColumn,
    CostColumn,
    DescriptionColumn,
    ActionColumnCount
};

const QStringList kSizes{QStringLiteral("tiny"),  QStringLiteral("small"), QStringLiteral("medium"),
                         QStringLiteral("large"), QStringLiteral("huge"),  QStringLiteral("gargantuan")};

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString item = part.trimmed(); !item.isEmpty())
            items << item;
    }
    return items;
}

QString signedText(int value)
{
    return value < 0 ? QString::number(value) : QStringLiteral("+%1").arg(value);
}

std::optional<int> parseInt(const QString& text)
{
    bool ok = false;
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('+')))
        trimmed.remove(0, 1);
    const int value = trimmed.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// "DEX +5, wisdom +3" -> {dexterity: 5, wisdom: 3}; with `abilities` false any name is a key.
std::optional<QMap<QString, int>> parseBonuses(const QString& text, bool abilities)
{
    QMap<QString, int> bonuses;
    for (const QString& item : splitList(text)) {
        const qsizetype space = item.lastIndexOf(QLatin1Char(' '));
        if (space <= 0)
            return std::nullopt;
        const std::optional<int> bonus = parseInt(item.mid(space + 1));
        QString key = item.left(space).trimmed().toLower();
        if (!bonus || key.isEmpty())
            return std::nullopt;
        if (abilities) {
            QString found;
            for (Ability ability : kAllAbilities) {
                if (key == abilityKey(ability) || key == abilityShort(ability).toLower())
                    found = abilityKey(ability);
            }
            if (found.isEmpty())
                return std::nullopt;
            key = found;
        }
        bonuses.insert(key, *bonus);
    }
    return bonuses;
}

QString bonusesText(const QMap<QString, int>& bonuses, bool abilities)
{
    QStringList parts;
    for (auto it = bonuses.cbegin(); it != bonuses.cend(); ++it) {
        QString key = it.key();
        for (Ability ability : kAllAbilities) {
            if (abilities && abilityKey(ability) == key)
                key = abilityShort(ability);
        }
        parts << key + QLatin1Char(' ') + signedText(it.value());
    }
    return parts.join(QStringLiteral(", "));
}

QSpinBox* spinBox(const QString& name, int min, int max, int value)
{
    auto* box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(min, max);
    box->setValue(value);
    return box;
}

QLineEdit* lineEdit(const QString& name, const QString& text, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(text);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

CreatureEditor::CreatureEditor(const Creature& creature, QWidget* parent)
    : QDialog(parent), m_creature(creature)
{
    setObjectName(QStringLiteral("creatureEditor"));
    setWindowTitle(creature.name.isEmpty() ? tr("New Creature") : tr("Edit %1").arg(creature.name));
    auto* general = new QWidget;
    auto* form = new QFormLayout(general);
    addIdentityRows(form, creature);
    addSpeedRow(form, creature);
    addAbilityRow(form, creature);
    addDetailRows(form, creature);
    QTabWidget* tabs = buildTabs(general, creature);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreatureEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreatureEditor::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_buttons);
    resize(820, 700);
}

void CreatureEditor::addIdentityRows(QFormLayout* form, const Creature& c)
{
    m_name = lineEdit(QStringLiteral("name"), c.name);
    m_size = new QComboBox;
    m_size->setObjectName(QStringLiteral("size"));
    const QStringList sizeNames{tr("Tiny"),  tr("Small"), tr("Medium"),
                                tr("Large"), tr("Huge"),  tr("Gargantuan")};
    for (qsizetype i = 0; i < kSizes.size(); ++i)
        m_size->addItem(sizeNames[i], kSizes[i]);
    m_size->setCurrentIndex(std::max(0, m_size->findData(c.size)));
    m_type = lineEdit(QStringLiteral("type"), c.type, tr("dragon, humanoid, undead ..."));
    m_subtype = lineEdit(QStringLiteral("subtype"), c.subtype);
    m_alignment = lineEdit(QStringLiteral("alignment"), c.alignment, tr("chaotic evil"));
    m_rules = new QComboBox;
    m_rules->setObjectName(QStringLiteral("rules"));
    m_rules->addItem(tr("2014 rules (SRD 5.1)"), rulesEditionKey(RulesEdition::Srd2014));
    m_rules->addItem(tr("2024 rules (SRD 5.2)"), rulesEditionKey(RulesEdition::Srd2024));
    m_rules->setCurrentIndex(c.rules == RulesEdition::Srd2024 ? 1 : 0);
    m_ac = spinBox(QStringLiteral("ac"), 0, 99, c.ac);
    m_acNotes = lineEdit(QStringLiteral("acNotes"), c.acNotes, tr("natural armor"));
    m_hp = spinBox(QStringLiteral("hp"), 0, 999999, c.hp);
    m_hitDice = lineEdit(QStringLiteral("hitDice"), c.hitDice, tr("19d12+133"));
    m_tags = lineEdit(QStringLiteral("tags"), c.tags.join(QStringLiteral(", ")));
    form->addRow(tr("&Name"), withError(m_name, QStringLiteral("name")));
    form->addRow(tr("Si&ze"), withError(m_size, QStringLiteral("size")));
    form->addRow(tr("&Type"), withError(m_type, QStringLiteral("type")));
    form->addRow(tr("Subt&ype"), m_subtype);
    form->addRow(tr("&Alignment"), m_alignment);
    form->addRow(tr("&Rules"), m_rules);
    form->addRow(tr("Armor &Class"), withError(m_ac, QStringLiteral("ac")));
    form->addRow(tr("Armor notes"), m_acNotes);
    form->addRow(tr("&Hit Points"), withError(m_hp, QStringLiteral("hp")));
    form->addRow(tr("Hit &Dice"), withError(m_hitDice, QStringLiteral("hitDice")));
}

void CreatureEditor::addSpeedRow(QFormLayout* form, const Creature& c)
{
    auto* speeds = new QWidget;
    auto* speedRow = new QHBoxLayout(speeds);
    speedRow->setContentsMargins(0, 0, 0, 0);
    m_walk = spinBox(QStringLiteral("speedWalk"), 0, 9999, c.speed.walk);
    m_swim = spinBox(QStringLiteral("speedSwim"), 0, 9999, c.speed.swim);
    m_fly = spinBox(QStringLiteral("speedFly"), 0, 9999, c.speed.fly);
    m_climb = spinBox(QStringLiteral("speedClimb"), 0, 9999, c.speed.climb);
    m_burrow = spinBox(QStringLiteral("speedBurrow"), 0, 9999, c.speed.burrow);
    m_hover = new QCheckBox(tr("hover"));
    m_hover->setChecked(c.speed.hover);
    const QList<QPair<QString, QSpinBox*>> speedBoxes{{tr("walk"), m_walk},
                                                      {tr("swim"), m_swim},
                                                      {tr("fly"), m_fly},
                                                      {tr("climb"), m_climb},
                                                      {tr("burrow"), m_burrow}};
    for (const auto& [label, box] : speedBoxes) {
        box->setAccessibleName(tr("%1 speed").arg(label));
        speedRow->addWidget(new QLabel(label));
        speedRow->addWidget(box);
    }
    speedRow->addWidget(m_hover);
    form->addRow(tr("&Speed (ft.)"), withError(speeds, QStringLiteral("speed")));
}

void CreatureEditor::addAbilityRow(QFormLayout* form, const Creature& c)
{
    auto* abilityRow = new QWidget;
    auto* abilityLayout = new QHBoxLayout(abilityRow);
    abilityLayout->setContentsMargins(0, 0, 0, 0);
    for (Ability ability : kAllAbilities) {
        QSpinBox* box =
            spinBox(QStringLiteral("ability_") + abilityKey(ability), 0, 99, c.abilities.score(ability));
        box->setAccessibleName(abilityShort(ability));
        abilityLayout->addWidget(new QLabel(abilityShort(ability)));
        abilityLayout->addWidget(box);
        m_abilities << box;
    }
    form->addRow(tr("A&bilities"), withError(abilityRow, QStringLiteral("abilities")));
}

void CreatureEditor::addDetailRows(QFormLayout* form, const Creature& c)
{
    m_saves =
        lineEdit(QStringLiteral("savingThrows"), bonusesText(c.savingThrows, true), tr("DEX +6, WIS +7"));
    m_skills =
        lineEdit(QStringLiteral("skills"), bonusesText(c.skills, false), tr("perception +13, stealth +6"));
    m_senses =
        lineEdit(QStringLiteral("senses"), c.senses.join(QStringLiteral(", ")), tr("darkvision 120 ft."));
    m_passivePerception = spinBox(QStringLiteral("passivePerception"), 0, 99, c.passivePerception);
    m_languages = lineEdit(QStringLiteral("languages"), c.languages.join(QStringLiteral(", ")));
    m_vulnerabilities =
        lineEdit(QStringLiteral("damageVulnerabilities"), c.damageVulnerabilities.join(QStringLiteral(", ")));
    m_resistances =
        lineEdit(QStringLiteral("damageResistances"), c.damageResistances.join(QStringLiteral(", ")));
    m_immunities =
        lineEdit(QStringLiteral("damageImmunities"), c.damageImmunities.join(QStringLiteral(", ")));
    m_conditionImmunities =
        lineEdit(QStringLiteral("conditionImmunities"), c.conditionImmunities.join(QStringLiteral(", ")));
    m_challenge =
        lineEdit(QStringLiteral("challengeRating"), c.challengeRating, tr("0, 1/8, 1/4, 1/2, 1 ... 30"));
    m_xp = spinBox(QStringLiteral("xp"), 0, 9'999'999, c.xp);
    m_proficiency = spinBox(QStringLiteral("proficiencyBonus"), 0, 99, c.proficiencyBonus);
    m_initiative = lineEdit(QStringLiteral("initiativeBonus"),
                            c.initiativeBonus ? signedText(*c.initiativeBonus) : QString(),
                            tr("empty: the Dexterity modifier"));
    m_legendaryPerRound =
        spinBox(QStringLiteral("legendaryActionsPerRound"), 0, 99, c.legendaryActionsPerRound);
    m_legendaryResistances = spinBox(QStringLiteral("legendaryResistances"), 0, 99, c.legendaryResistances);
    form->addRow(tr("Sa&ving Throws"), withError(m_saves, QStringLiteral("savingThrows")));
    form->addRow(tr("S&kills"), withError(m_skills, QStringLiteral("skills")));
    form->addRow(tr("Senses"), m_senses);
    form->addRow(tr("Passive &Perception"),
                 withError(m_passivePerception, QStringLiteral("passivePerception")));
    form->addRow(tr("&Languages"), m_languages);
    form->addRow(tr("Damage Vulnerabilities"), m_vulnerabilities);
    form->addRow(tr("Damage Resistances"), m_resistances);
    form->addRow(tr("Damage Immunities"), m_immunities);
    form->addRow(tr("Condition Immunities"), m_conditionImmunities);
    form->addRow(tr("Challen&ge Rating"), withError(m_challenge, QStringLiteral("challengeRating")));
    form->addRow(tr("&XP"), withError(m_xp, QStringLiteral("xp")));
    form->addRow(tr("Proficiency Bonus"), withError(m_proficiency, QStringLiteral("proficiencyBonus")));
    form->addRow(tr("&Initiative Bonus"), withError(m_initiative, QStringLiteral("initiativeBonus")));
    form->addRow(tr("Legendary Actions per Round"),
                 withError(m_legendaryPerRound, QStringLiteral("legendaryActionsPerRound")));
    form->addRow(tr("Legendary Resistances per Day"),
                 withError(m_legendaryResistances, QStringLiteral("legendaryResistances")));
    form->addRow(tr("Tags"), m_tags);
    // A new challenge rating fills in the matching XP and proficiency bonus.
    connect(m_challenge, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (const std::optional<int> xp = xpForChallengeRating(text.trimmed()))
            m_xp->setValue(*xp);
        if (const std::optional<double> cr = parseChallengeRating(text))
            m_proficiency->setValue(proficiencyBonusForChallengeRating(*cr));
    });
}

// The statistics (scrolling) and one tab per list of actions.
QTabWidget* CreatureEditor::buildTabs(QWidget* statistics, const Creature& c)
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(statistics);

    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("editorTabs"));
    tabs->addTab(scroll, tr("Statistics"));
    const QList<std::tuple<QString, QString, const QList<CreatureAction>*>> lists{
        {QStringLiteral("traits"), tr("Traits"), &c.traits},
        {QStringLiteral("actions"), tr("Actions"), &c.actions},
        {QStringLiteral("bonusActions"), tr("Bonus Actions"), &c.bonusActions},
        {QStringLiteral("reactions"), tr("Reactions"), &c.reactions},
        {QStringLiteral("legendaryActions"), tr("Legendary Actions"), &c.legendaryActions},
        {QStringLiteral("lairActions"), tr("Lair Actions"), &c.lairActions}};
    for (const auto& [field, title, actions] : lists)
        tabs->addTab(actionEditor(field, *actions), title);
    return tabs;
}

QLabel* CreatureEditor::errorLabel(const QString& field)
{
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("error_") + field);
    label->setStyleSheet(QStringLiteral("color: #b3261e"));
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

QWidget* CreatureEditor::withError(QWidget* editor, const QString& field)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(editor);
    layout->addWidget(errorLabel(field));
    return box;
}

QWidget* CreatureEditor::actionEditor(const QString& field, const QList<CreatureAction>& actions)
{
    auto* page = new QWidget;
    auto* table = new QTableWidget(0, ActionColumnCount);
    table->setObjectName(field + QStringLiteral("Table"));
    table->setHorizontalHeaderLabels({tr("Name"), tr("Attack bonus"), tr("Damage (dice type; ...)"),
                                      tr("Save DC"), tr("Save ability"), tr("Recharge (5 = 5\u20136)"),
                                      tr("Per day"), tr("Legendary cost"), tr("Description")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(field);
    fillActions(table, actions);
    m_actionLists.append({field, table});
    auto* add = new QPushButton(tr("&Add"));
    add->setObjectName(field + QStringLiteral("Add"));
    auto* remove = new QPushButton(tr("Re&move"));
    remove->setObjectName(field + QStringLiteral("Remove"));
    connect(add, &QPushButton::clicked, table, [table] {
        const int row = table->rowCount();
        table->insertRow(row);
        for (int column = 0; column < ActionColumnCount; ++column)
            table->setItem(row, column,
                           new QTableWidgetItem(column == CostColumn ? QStringLiteral("1") : QString()));
        table->setCurrentCell(row, NameColumn);
        table->editItem(table->item(row, NameColumn));
    });
    connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    layout->addWidget(errorLabel(field));
    layout->addLayout(buttons);
    return page;
}

void CreatureEditor::fillActions(QTableWidget* table, const QList<CreatureAction>& actions)
{
    table->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        const CreatureAction& a = actions[row];
        QStringList damage;
        for (const DamageRoll& roll : a.damage)
            damage << (roll.dice + QLatin1Char(' ') + roll.type).trimmed();
        const QStringList cells{a.name,
                                a.attackBonus ? signedText(*a.attackBonus) : QString(),
                                damage.join(QStringLiteral("; ")),
                                a.saveDc ? QString::number(*a.saveDc) : QString(),
                                a.saveAbility,
                                a.rechargeOn > 0 ? QString::number(a.rechargeOn) : QString(),
                                a.usesPerDay > 0 ? QString::number(a.usesPerDay) : QString(),
                                QString::number(a.cost),
                                a.description};
        for (int column = 0; column < ActionColumnCount; ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

QList<CreatureAction> CreatureEditor::readActions(const ActionList& list, ValidationErrors& errors) const
{
    QList<CreatureAction> actions;
    const QTableWidget* table = list.table;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString prefix = QStringLiteral("%1[%2]").arg(list.field).arg(row);
        CreatureAction a;
        a.name = cellText(table, row, NameColumn);
        a.description = cellText(table, row, DescriptionColumn);
        auto number = [&](int column, const QString& field, std::optional<int> empty) -> std::optional<int> {
            const QString text = cellText(table, row, column);
            if (text.isEmpty())
                return empty;
            const std::optional<int> value = parseInt(text);
            if (!value)
                errors.add(prefix + QLatin1Char('.') + field, tr("must be a whole number"));
            return value;
        };
        a.attackBonus = number(AttackColumn, QStringLiteral("attackBonus"), std::nullopt);
        a.saveDc = number(SaveDcColumn, QStringLiteral("saveDc"), std::nullopt);
        a.rechargeOn = number(RechargeColumn, QStringLiteral("rechargeOn"), 0).value_or(0);
        a.usesPerDay = number(PerDayColumn, QStringLiteral("usesPerDay"), 0).value_or(0);
        a.cost = number(CostColumn, QStringLiteral("cost"), 1).value_or(1);
        a.saveAbility = cellText(table, row, SaveAbilityColumn).toLower();
        if (!a.saveAbility.isEmpty()) {
            QString key;
            for (Ability ability : kAllAbilities) {
                if (a.saveAbility == abilityKey(ability) || a.saveAbility == abilityShort(ability).toLower())
                    key = abilityKey(ability);
            }
            if (key.isEmpty())
                errors.add(prefix + QStringLiteral(".saveAbility"),
                           tr("must be an ability such as dexterity"));
            a.saveAbility = key;
        }
        for (const QString& part :
             cellText(table, row, DamageColumn).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString item = part.trimmed();
            if (item.isEmpty())
                continue;
            const qsizetype space = item.indexOf(QLatin1Char(' '));
            DamageRoll roll{space < 0 ? item : item.left(space),
                            space < 0 ? QString() : item.mid(space + 1).trimmed()};
            if (Result<rules::DiceExpression> dice = rules::DiceExpression::parse(roll.dice); !dice)
                errors.add(prefix + QStringLiteral(".damage"),
                           tr("“%1” is not a dice expression such as 2d6+4: %2")
                               .arg(roll.dice, dice.error().message));
            a.damage << roll;
        }
        actions << a;
    }
    return actions;
}

std::optional<Creature> CreatureEditor::collect()
{
    Creature c = m_creature;
    ValidationErrors errors;
    c.name = m_name->text().trimmed();
    c.size = m_size->currentData().toString();
    c.type = m_type->text().trimmed().toLower();
    c.subtype = m_subtype->text().trimmed();
    c.alignment = m_alignment->text().trimmed();
    c.rules = rulesEditionFromKey(m_rules->currentData().toString()).value_or(RulesEdition::Srd2014);
    c.ac = m_ac->value();
    c.acNotes = m_acNotes->text().trimmed();
    c.hp = m_hp->value();
    c.hitDice = m_hitDice->text().trimmed();
    if (!c.hitDice.isEmpty()) {
        if (Result<rules::DiceExpression> dice = rules::DiceExpression::parse(c.hitDice); !dice)
            errors.add(QStringLiteral("hitDice"),
                       tr("must be a dice expression such as 19d12+133: %1").arg(dice.error().message));
    }
    c.speed = Speeds{m_walk->value(),  m_swim->value(),   m_fly->value(),
                     m_climb->value(), m_burrow->value(), m_hover->isChecked()};
    for (int i = 0; i < int(kAllAbilities.size()); ++i)
        c.abilities.setScore(kAllAbilities[i], m_abilities[i]->value());
    if (const auto saves = parseBonuses(m_saves->text(), true))
        c.savingThrows = *saves;
    else
        errors.add(QStringLiteral("savingThrows"),
                   tr("write each save as an ability and a bonus: DEX +6, WIS +7"));
    if (const auto skills = parseBonuses(m_skills->text(), false))
        c.skills = *skills;
    else
        errors.add(QStringLiteral("skills"), tr("write each skill as a name and a bonus: perception +13"));
    c.senses = splitList(m_senses->text());
    c.passivePerception = m_passivePerception->value();
    c.languages = splitList(m_languages->text());
    c.damageVulnerabilities = splitList(m_vulnerabilities->text());
    c.damageResistances = splitList(m_resistances->text());
    c.damageImmunities = splitList(m_immunities->text());
    c.conditionImmunities = splitList(m_conditionImmunities->text());
    c.challengeRating = m_challenge->text().trimmed();
    c.xp = m_xp->value();
    c.proficiencyBonus = m_proficiency->value();
    c.initiativeBonus.reset();
    if (const QString text = m_initiative->text().trimmed(); !text.isEmpty()) {
        if (const std::optional<int> bonus = parseInt(text))
            c.initiativeBonus = bonus;
        else
            errors.add(QStringLiteral("initiativeBonus"), tr("must be a whole number such as +2, or empty"));
    }
    c.legendaryActionsPerRound = m_legendaryPerRound->value();
    c.legendaryResistances = m_legendaryResistances->value();
    c.tags = splitList(m_tags->text());
    for (const ActionList& list : std::as_const(m_actionLists)) {
        QList<CreatureAction> actions = readActions(list, errors);
        if (list.field == QLatin1String("traits"))
            c.traits = actions;
        else if (list.field == QLatin1String("actions"))
            c.actions = actions;
        else if (list.field == QLatin1String("bonusActions"))
            c.bonusActions = actions;
        else if (list.field == QLatin1String("reactions"))
            c.reactions = actions;
        else if (list.field == QLatin1String("legendaryActions"))
            c.legendaryActions = actions;
        else
            c.lairActions = actions;
    }
    // Keep the result alive: a range-for over a member of a temporary would read freed memory.
    const ValidationErrors modelErrors = c.validate();
    for (const FieldError& error : modelErrors.errors())
        errors.add(error.field, error.message);
    if (c.type.isEmpty())
        errors.add(QStringLiteral("type"), tr("is required, e.g. dragon or humanoid"));
    showErrors(errors);
    if (!errors.isEmpty())
        return std::nullopt;
    return c;
}

void CreatureEditor::showErrors(const ValidationErrors& errors)
{
    QMap<QString, QStringList> messages;
    for (const FieldError& error : errors.errors()) {
        // "actions[2].saveDc" belongs beside the actions table; "abilities.strength" beside the abilities.
        QString field = error.field;
        QString detail = error.message;
        const qsizetype cut = field.indexOf(QRegularExpression(QStringLiteral("[\\[.]")));
        if (cut > 0) {
            const QString owner = field.left(cut);
            if (field.at(cut) == QLatin1Char('[')) {
                const qsizetype close = field.indexOf(QLatin1Char(']'), cut);
                const int row = field.mid(cut + 1, close - cut - 1).toInt() + 1;
                detail = tr("row %1, %2: %3").arg(row).arg(field.mid(close + 2), error.message);
            } else {
                detail = tr("%1 %2").arg(field.mid(cut + 1), error.message);
            }
            field = owner;
        }
        messages[field] << detail;
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QStringList list = messages.value(it.key());
        it.value()->setText(list.join(QLatin1Char('\n')));
        it.value()->setVisible(!list.isEmpty());
    }
    // A message for a field without its own label still has to reach the DM.
    QStringList unplaced;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        if (!m_errors.contains(it.key()))
            unplaced << tr("%1: %2").arg(it.key(), it.value().join(QStringLiteral("; ")));
    }
    if (!unplaced.isEmpty()) {
        QLabel* name = m_errors.value(QStringLiteral("name"));
        name->setText((name->text() + QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'))).trimmed());
        name->show();
    }
}

QString CreatureEditor::errorFor(const QString& field) const
{
    const QLabel* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void CreatureEditor::accept()
{
    if (std::optional<Creature> creature = collect()) {
        m_creature = *creature;
        QDialog::accept();
    }
}

} // namespace dnd::gui
