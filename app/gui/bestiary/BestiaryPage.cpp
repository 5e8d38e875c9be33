#include "bestiary/BestiaryPage.h"

#include "UndoHistory.h"
#include "bestiary/CreatureEditor.h"
#include "bestiary/CreatureSearchModel.h"
#include "bestiary/StatblockView.h"
#include "rules/Dice.h"
#include "tracker/OpenEncounters.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dnd::gui {

namespace {

const QStringList kChallengeRatings = [] {
    QStringList ratings{QStringLiteral("0"), QStringLiteral("1/8"), QStringLiteral("1/4"),
                        QStringLiteral("1/2")};
    for (int cr = 1; cr <= 30; ++cr)
        ratings << QString::number(cr);
    return ratings;
}();

QComboBox* filterBox(const QString& name, const QString& accessibleName)
{
    auto* box = new QComboBox;
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    return box;
}

// Puts the items back, keeping the chosen value when it is still offered.
void refill(QComboBox* box, const QString& anyText, const QStringList& values)
{
    const QString chosen = box->currentData().toString();
    box->clear();
    box->addItem(anyText, QString());
    for (const QString& value : values)
        box->addItem(value, value);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

} // namespace

BestiaryPage::BestiaryPage(LocalStore& store, UndoHistory& history, RandomSource& random, QWidget* parent)
    : QWidget(parent), m_store(store), m_history(history), m_random(random)
{
    setObjectName(QStringLiteral("bestiaryPage"));
    QWidget* left = buildSearchColumn();
    QSplitter* right = buildStatblockColumn();
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setTabOrder(m_search, m_crMin);
    setTabOrder(m_crMin, m_crMax);
    setTabOrder(m_crMax, m_type);
    setTabOrder(m_type, m_size);
    setTabOrder(m_size, m_rules);
    setTabOrder(m_rules, m_source);
    setTabOrder(m_source, m_results);

    connectSignals();
}

QGridLayout* BestiaryPage::buildFilters()
{
    m_crMin = filterBox(QStringLiteral("crMin"), tr("Lowest challenge rating"));
    m_crMax = filterBox(QStringLiteral("crMax"), tr("Highest challenge rating"));
    m_crMin->addItem(tr("Any"), QString());
    m_crMax->addItem(tr("Any"), QString());
    for (const QString& cr : kChallengeRatings) {
        m_crMin->addItem(cr, cr);
        m_crMax->addItem(cr, cr);
    }
    m_type = filterBox(QStringLiteral("typeFilter"), tr("Creature type"));
    m_size = filterBox(QStringLiteral("sizeFilter"), tr("Size"));
    m_size->addItem(tr("Any size"), QString());
    const QStringList sizes{QStringLiteral("tiny"),  QStringLiteral("small"), QStringLiteral("medium"),
                            QStringLiteral("large"), QStringLiteral("huge"),  QStringLiteral("gargantuan")};
    const QStringList sizeNames{tr("Tiny"),  tr("Small"), tr("Medium"),
                                tr("Large"), tr("Huge"),  tr("Gargantuan")};
    for (qsizetype i = 0; i < sizes.size(); ++i)
        m_size->addItem(sizeNames[i], sizes[i]);
    m_rules = filterBox(QStringLiteral("rulesFilter"), tr("Rule set"));
    m_rules->addItem(tr("Both rule sets"), QString());
    m_rules->addItem(tr("2014 rules"), rulesEditionKey(RulesEdition::Srd2014));
    m_rules->addItem(tr("2024 rules"), rulesEditionKey(RulesEdition::Srd2024));
    m_source = filterBox(QStringLiteral("sourceFilter"), tr("Source"));

    auto* filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("CR from")), 0, 0);
    filters->addWidget(m_crMin, 0, 1);
    filters->addWidget(new QLabel(tr("to")), 0, 2);
    filters->addWidget(m_crMax, 0, 3);
    filters->addWidget(m_type, 0, 4);
    filters->addWidget(m_size, 1, 0, 1, 2);
    filters->addWidget(m_rules, 1, 2, 1, 2);
    filters->addWidget(m_source, 1, 4);
    filters->setColumnStretch(4, 1);
    return filters;
}

QHBoxLayout* BestiaryPage::buildActionButtons()
{
    m_new = new QPushButton(tr("&New..."));
    m_new->setObjectName(QStringLiteral("newCreature"));
    m_new->setToolTip(tr("Write a creature of your own from a blank statblock"));
    m_duplicate = new QPushButton(tr("D&uplicate..."));
    m_duplicate->setObjectName(QStringLiteral("duplicateCreature"));
    m_duplicate->setToolTip(tr("Make an editable copy of this creature"));
    m_edit = new QPushButton(tr("&Edit..."));
    m_edit->setObjectName(QStringLiteral("editCreature"));
    m_edit->setToolTip(tr("Edit this custom creature (templates are read-only: duplicate them)"));
    m_delete = new QPushButton(tr("&Delete"));
    m_delete->setObjectName(QStringLiteral("deleteCreature"));
    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("bestiaryCount"));
    m_count->setAccessibleName(tr("How many to add"));
    m_count->setRange(1, rules::EncounterSession::kMostAddedAtOnce);
    m_addToEncounter = new QPushButton(tr("&Add to Encounter"));
    m_addToEncounter->setObjectName(QStringLiteral("addToEncounter"));
    m_addToEncounter->setToolTip(tr("Add this creature to the encounter chosen on the Encounters page"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    buttons->addWidget(m_addToEncounter);
    return buttons;
}

QWidget* BestiaryPage::buildSearchColumn()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("bestiarySearch"));
    m_search->setAccessibleName(tr("Search creatures"));
    m_search->setPlaceholderText(tr("Search by name, type or tag (e.g. red dragon, undead, spellcaster)"));
    m_search->setClearButtonEnabled(true);

    QGridLayout* filters = buildFilters();
    m_model = new CreatureSearchModel(m_store, this);
    m_results = new QTableView;
    m_results->setObjectName(QStringLiteral("bestiaryResults"));
    m_results->setAccessibleName(tr("Creatures found"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(CreatureSearchModel::Name, QHeaderView::Stretch);
    m_results->setAlternatingRowColors(true);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_results, 1);
    leftLayout->addLayout(buildActionButtons());
    return left;
}

QSplitter* BestiaryPage::buildStatblockColumn()
{
    m_statblock = new StatblockView;
    m_rollLog = new QListWidget;
    m_rollLog->setObjectName(QStringLiteral("rollLog"));
    m_rollLog->setAccessibleName(tr("Rolls"));
    m_rollLog->setWordWrap(true);
    auto* logBox = new QWidget;
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto* rollsLabel = new QLabel(tr("Rolls (click a blue figure in the statblock; with an encounter open in "
                                     "the tracker, rolls go to its combat log)"));
    rollsLabel->setWordWrap(true);
    logLayout->addWidget(rollsLabel);
    logLayout->addWidget(m_rollLog);
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(m_statblock);
    right->addWidget(logBox);
    right->setStretchFactor(0, 4);
    right->setStretchFactor(1, 1);
    return right;
}

void BestiaryPage::connectSignals()
{
    // Searching runs on every keystroke: the full-text index answers within a frame.
    connect(m_search, &QLineEdit::textChanged, this, &BestiaryPage::search);
    for (QComboBox* box : {m_crMin, m_crMax, m_type, m_size, m_rules, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &BestiaryPage::search);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BestiaryPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BestiaryPage::showCurrent);
    connect(m_statblock, &StatblockView::rollRequested, this, &BestiaryPage::roll);
    connect(m_new, &QPushButton::clicked, this, &BestiaryPage::newCreature);
    connect(m_duplicate, &QPushButton::clicked, this, &BestiaryPage::duplicateCreature);
    connect(m_edit, &QPushButton::clicked, this, &BestiaryPage::editCreature);
    connect(m_results, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            editCreature();
    });
    connect(m_delete, &QPushButton::clicked, this, &BestiaryPage::deleteCreature);
    connect(m_addToEncounter, &QPushButton::clicked, this, [this] {
        if (const QString id = currentCreatureId(); !id.isEmpty())
            emit addToEncounterRequested(id, m_count->value());
    });
    connect(&m_history, &UndoHistory::dataRestored, this, &BestiaryPage::reload);
}

void BestiaryPage::showEvent(QShowEvent* event)
{
    ensurePopulated();
    QWidget::showEvent(event);
}

void BestiaryPage::ensurePopulated()
{
    if (m_populated)
        return;
    m_populated = true;
    fillFilterLists();
    search();
}

void BestiaryPage::fillFilterLists()
{
    m_filling = true;
    refill(m_type, tr("Any type"), CreatureSearch::types(m_store));
    refill(m_source, tr("Any source"), CreatureSearch::sources(m_store));
    m_filling = false;
}

void BestiaryPage::reload()
{
    if (!m_populated) {
        ensurePopulated();
        return;
    }
    const QString id = currentCreatureId();
    fillFilterLists();
    search();
    selectCreature(id);
}

void BestiaryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BestiaryPage::search()
{
    if (m_filling)
        return;
    if (!m_populated) {
        ensurePopulated(); // fills the filter lists, then searches
        return;
    }
    const QString selected = currentCreatureId();
    CreatureQuery query;
    query.text = m_search->text().trimmed();
    if (const QString min = m_crMin->currentData().toString(); !min.isEmpty())
        query.crMin = parseChallengeRating(min);
    if (const QString max = m_crMax->currentData().toString(); !max.isEmpty())
        query.crMax = parseChallengeRating(max);
    query.type = m_type->currentData().toString();
    query.size = m_size->currentData().toString();
    query.rules = rulesEditionFromKey(m_rules->currentData().toString());
    query.source = m_source->currentData().toString();
    query.limit = 200;
    m_model->setQuery(query);
    selectCreature(selected);
    if (!m_results->currentIndex().isValid() && m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0, 0));
}

QString BestiaryPage::currentCreatureId() const
{
    const CreatureSummary* summary = m_model->summaryAt(m_results->currentIndex().row());
    return summary ? summary->id : QString();
}

void BestiaryPage::selectCreature(const QString& id)
{
    if (id.isEmpty())
        return;
    ensurePopulated();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->summaryAt(row)->id == id) {
            m_results->setCurrentIndex(m_model->index(row, 0));
            m_results->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void BestiaryPage::showCurrent()
{
    const QString id = currentCreatureId();
    const std::optional<Creature> creature = id.isEmpty() ? std::nullopt : m_store.get<Creature>(id);
    if (!creature) {
        m_statblock->clear();
    } else if (!m_statblock->creature() || *m_statblock->creature() != *creature) {
        m_statblock->setCreature(*creature);
    }
    m_duplicate->setEnabled(creature.has_value());
    m_addToEncounter->setEnabled(creature.has_value());
    m_edit->setEnabled(creature && !creature->isTemplate);
    m_delete->setEnabled(creature && !creature->isTemplate);
}

void BestiaryPage::setEncounterLog(OpenEncounters* openEncounters,
                                   std::function<rules::EncounterSession*()> openEncounter)
{
    m_openEncounters = openEncounters;
    m_openEncounter = std::move(openEncounter);
}

void BestiaryPage::roll(const QString& label, const QString& expression)
{
    if (rules::EncounterSession* session =
            m_openEncounters && m_openEncounter ? m_openEncounter() : nullptr) {
        std::optional<rules::DiceRoll> result;
        const Status done = m_openEncounters->run(session, [&]() -> Status {
            Result<rules::DiceRoll> roll = session->recordRoll(label, expression);
            if (!roll)
                return roll.error();
            result = *roll;
            return {};
        });
        if (!done) {
            emit status(tr("Cannot roll “%1”: %2").arg(expression, done.errorMessage()));
            return;
        }
        const QString text = tr("%1: %2 %3").arg(label, expression, result->breakdown());
        emit rolled(text);
        emit status(tr("%1 (in the combat log of “%2”)").arg(text, session->encounter().name));
        return;
    }
    const Result<rules::DiceExpression> dice = rules::DiceExpression::parse(expression);
    if (!dice) {
        emit status(tr("Cannot roll “%1”: %2").arg(expression, dice.error().message));
        return;
    }
    const rules::DiceRoll result = dice->roll(m_random);
    const QString text = tr("%1: %2 %3").arg(label, dice->text(), result.breakdown());
    auto* item = new QListWidgetItem(text);
    item->setData(Qt::UserRole, result.total);
    m_rollLog->addItem(item);
    m_rollLog->scrollToBottom();
    emit rolled(text);
    emit status(text);
}

bool BestiaryPage::saveCreature(const Creature& creature, const QString& undoText)
{
    ChangeSet changes;
    changes.put(creature);
    if (Status done = m_history.commit(m_store, changes, undoText); !done) {
        QMessageBox::warning(
            this, tr("Could not save the creature"),
            tr("%1\n\nNothing was changed. Check that the data folder is writable and not full.")
                .arg(done.errorMessage()));
        return false;
    }
    fillFilterLists();
    search();
    selectCreature(creature.id);
    if (currentCreatureId() != creature.id)
        revealOutsideSearch(creature);
    emit status(undoText);
    return true;
}

void BestiaryPage::revealOutsideSearch(const Creature& creature)
{
    // The saved creature does not match the search the DM had typed: show it by name, unfiltered,
    // rather than leaving the old selection in place.
    m_filling = true;
    for (QComboBox* filter : {m_crMin, m_crMax, m_type, m_size, m_rules, m_source})
        filter->setCurrentIndex(0);
    m_search->setText(creature.name);
    m_filling = false;
    search();
    selectCreature(creature.id);
}

void BestiaryPage::newCreature()
{
    Creature blank;
    blank.id = LocalStore::newId();
    blank.name = tr("New creature");
    blank.source = QStringLiteral("Custom");
    addThroughEditor(blank);
}

void BestiaryPage::addThroughEditor(const Creature& start)
{
    CreatureEditor editor(start, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    saveCreature(editor.creature(), tr("Added the creature “%1”").arg(editor.creature().name));
}

void BestiaryPage::duplicateCreature()
{
    const QString id = currentCreatureId();
    const std::optional<Creature> original = id.isEmpty() ? std::nullopt : m_store.get<Creature>(id);
    if (!original)
        return;
    Creature copy = *original;
    copy.id = LocalStore::newId();
    copy.name = tr("%1 (copy)").arg(original->name);
    copy.isTemplate = false;
    copy.source = QStringLiteral("Custom");
    copy.externalId.clear();
    addThroughEditor(copy);
}

void BestiaryPage::editCreature()
{
    const QString id = currentCreatureId();
    const std::optional<Creature> creature = id.isEmpty() ? std::nullopt : m_store.get<Creature>(id);
    if (!creature || creature->isTemplate)
        return;
    CreatureEditor editor(*creature, this);
    if (editor.exec() != QDialog::Accepted || editor.creature() == *creature)
        return;
    saveCreature(editor.creature(), tr("Edited the creature “%1”").arg(editor.creature().name));
}

void BestiaryPage::deleteCreature()
{
    const QString id = currentCreatureId();
    const std::optional<Creature> creature = id.isEmpty() ? std::nullopt : m_store.get<Creature>(id);
    if (!creature || creature->isTemplate)
        return;
    ChangeSet changes;
    changes.remove(EntityKind::Creature, id);
    const QString text = tr("Deleted the creature “%1”").arg(creature->name);
    if (Status done = m_history.commit(m_store, changes, text); !done) {
        QMessageBox::warning(this, tr("Could not delete the creature"), done.errorMessage());
        return;
    }
    fillFilterLists();
    search();
    emit status(tr("%1 (Undo brings it back)").arg(text));
}

} // namespace dnd::gui
