#include "encounters/EncountersPage.h"

#include "UndoHistory.h"
#include "bestiary/CreatureSearchModel.h"
#include "model/Party.h"
#include "rules/Difficulty.h"
#include "rules/EncounterRemoval.h"
#include "settings/AppSettings.h"
#include "tracker/OpenEncounters.h"
#include "widgets/ListPageParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dnd::gui {

using ListPageParts::button;

namespace {

enum CombatantColumn { kNameColumn, kCrColumn, kXpColumn, kHpColumn };
// On a group's line: the creature the group's members share.
constexpr int kGroupCreatureRole = Qt::UserRole + 1;

QString hitPointsOf(const Participant& participant)
{
    return QStringLiteral("%1/%2").arg(participant.currentHp).arg(participant.effectiveMaxHp());
}

// What is left of the party's XP budget before each band. With the 2014 rules the monsters'
// XP is multiplied for their number (and the party's size), and the bands compare that total.
QString budgetText(const rules::DifficultyResult& result, int partySize)
{
    QStringList lines;
    if (result.rules == RulesEdition::Srd2024)
        lines.append(EncountersPage::tr("%1 XP from %2 monsters (no multiplier in the 2024 rules)")
                         .arg(result.xp)
                         .arg(result.monsterCount));
    else
        lines.append(EncountersPage::tr("%1 XP × %2 for %3 monsters and a party of %4 = %5 adjusted XP")
                         .arg(result.xp)
                         .arg(QLocale().toString(result.multiplier))
                         .arg(result.monsterCount)
                         .arg(partySize)
                         .arg(result.adjustedXp));
    for (const rules::DifficultyBand& band : result.thresholds) {
        const int left = band.threshold - result.adjustedXp;
        const QString name = rules::Difficulty::bandName(band.key);
        lines.append(
            left > 0 ? EncountersPage::tr("%1 (%2 XP): %3 XP left").arg(name).arg(band.threshold).arg(left)
                     : EncountersPage::tr("%1 (%2 XP): reached").arg(name).arg(band.threshold));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

EncountersPage::EncountersPage(LocalStore& store, OpenEncounters& openEncounters, UndoHistory& history,
                               AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_store(store), m_openEncounters(openEncounters), m_history(history),
      m_settings(settings)
{
    QWidget* list = buildEncounterList();
    QFormLayout* details = buildDetailsForm();
    QGroupBox* bestiary = buildBestiaryBox();
    QGroupBox* combatants = buildCombatantsBox();

    m_editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(details);
    auto* halves = new QSplitter;
    halves->addWidget(bestiary);
    halves->addWidget(combatants);
    editorLayout->addWidget(halves, 1);

    auto* splitter = new QSplitter;
    splitter->addWidget(list);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    followSessionsAndHistory();
    m_type->addItem(tr("Any type"), QString());
    // The lists are read when the page is first shown or used, not while the application starts.
}

QWidget* EncountersPage::buildEncounterList()
{
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("encounterList"));
    m_list->setAccessibleName(tr("Encounters"));
    auto* create = button(tr("&New"), QStringLiteral("newEncounter"));
    auto* duplicate = button(tr("D&uplicate"), QStringLiteral("duplicateEncounter"));
    auto* remove = button(tr("Delete"), QStringLiteral("deleteEncounter"));
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(create);
    leftButtons->addWidget(duplicate);
    leftButtons->addWidget(remove);
    connect(create, &QPushButton::clicked, this, [this] { newEncounter(); });
    connect(duplicate, &QPushButton::clicked, this, &EncountersPage::duplicateEncounter);
    connect(remove, &QPushButton::clicked, this, &EncountersPage::deleteEncounter);
    connect(m_list, &QListWidget::currentRowChanged, this, &EncountersPage::showEncounter);
    return ListPageParts::listColumn(tr("Encounters"), m_list, leftButtons);
}

QFormLayout* EncountersPage::buildDetailsForm()
{
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("encounterName"));
    m_name->setAccessibleName(tr("Encounter name"));
    m_rules = new QComboBox;
    m_rules->setAccessibleName(tr("Rule set"));
    m_rules->addItem(tr("2014 rules"), rulesEditionKey(RulesEdition::Srd2014));
    m_rules->addItem(tr("2024 rules"), rulesEditionKey(RulesEdition::Srd2024));
    m_party = new QComboBox;
    m_party->setObjectName(QStringLiteral("encounterParty"));
    m_party->setAccessibleName(tr("Party"));
    auto* addParty = button(tr("Add &Party Members"), QStringLiteral("addPartyMembers"));
    m_lair = new QCheckBox(tr("&Lair actions on initiative 20"));
    m_lair->setObjectName(QStringLiteral("lairEnabled"));
    m_notes = new QPlainTextEdit;
    m_notes->setAccessibleName(tr("Notes for the DM"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    m_notesPause = new QTimer(this);
    m_notesPause->setSingleShot(true);
    m_notesPause->setInterval(600);

    auto* details = new QFormLayout;
    details->addRow(tr("&Name:"), m_name);
    details->addRow(tr("R&ules:"), m_rules);
    auto* partyRow = new QHBoxLayout;
    partyRow->addWidget(m_party, 1);
    partyRow->addWidget(addParty);
    // A row of a layout gets no buddy from the form: without one the label would show its "&".
    auto* partyLabel = new QLabel(tr("Part&y:"));
    partyLabel->setBuddy(m_party);
    details->addRow(partyLabel, partyRow);
    details->addRow(QString(), m_lair);
    details->addRow(tr("N&otes:"), m_notes);

    connect(addParty, &QPushButton::clicked, this, &EncountersPage::addPartyMembers);
    // Saved as the DM types, like every other field: the name when it is left or Enter is
    // pressed, the notes at each pause, the choices when made.
    connect(m_name, &QLineEdit::editingFinished, this, &EncountersPage::saveDetails);
    connect(m_notes, &QPlainTextEdit::textChanged, m_notesPause, qOverload<>(&QTimer::start));
    connect(m_notesPause, &QTimer::timeout, this, &EncountersPage::saveDetails);
    connect(m_rules, &QComboBox::activated, this, &EncountersPage::saveDetails);
    connect(m_party, &QComboBox::activated, this, &EncountersPage::saveDetails);
    connect(m_lair, &QCheckBox::toggled, this, [this](bool on) {
        rules::EncounterSession* session = m_openEncounters.open(currentEncounterId());
        if (session && session->encounter().lair.enabled != on)
            if (Status done = m_openEncounters.run(session, [&] { return session->setLairEnabled(on); });
                !done)
                emit status(done.errorMessage());
    });
    return details;
}

QGroupBox* EncountersPage::buildBestiaryBox()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("bestiarySearch"));
    m_search->setAccessibleName(tr("Search the bestiary"));
    m_search->setPlaceholderText(tr("Search creatures by name, type or tag"));
    m_search->setClearButtonEnabled(true);
    m_type = new QComboBox;
    m_type->setAccessibleName(tr("Creature type"));
    m_crRange = new QLineEdit;
    m_crRange->setAccessibleName(tr("Challenge rating range"));
    m_crRange->setPlaceholderText(tr("CR, e.g. 1/4-3"));
    m_crRange->setMaximumWidth(110);
    m_searchModel = new CreatureSearchModel(m_store, this);
    m_results = new QTableView;
    m_results->setObjectName(QStringLiteral("bestiaryResults"));
    m_results->setAccessibleName(tr("Creatures found"));
    m_results->setModel(m_searchModel);
    ListPageParts::setUpRecordTable(m_results);
    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("creatureCount"));
    m_count->setAccessibleName(tr("How many"));
    m_count->setRange(1, rules::EncounterSession::kMostAddedAtOnce);
    m_addHidden = new QCheckBox(tr("Add &hidden"));
    auto* add = button(tr("&Add to Encounter"), QStringLiteral("addCreature"));

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_type);
    searchRow->addWidget(m_crRange);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(new QLabel(tr("Count:")));
    addRow->addWidget(m_count);
    addRow->addWidget(m_addHidden);
    addRow->addStretch();
    addRow->addWidget(add);
    auto* bestiaryBox = new QGroupBox(tr("Bestiary"));
    auto* bestiaryLayout = new QVBoxLayout(bestiaryBox);
    bestiaryLayout->addLayout(searchRow);
    bestiaryLayout->addWidget(m_results);
    bestiaryLayout->addLayout(addRow);

    connect(add, &QPushButton::clicked, this, &EncountersPage::addSelectedCreature);
    connect(m_results, &QTableView::activated, this, &EncountersPage::addSelectedCreature);
    connect(m_search, &QLineEdit::textChanged, this, &EncountersPage::search);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EncountersPage::search);
    connect(m_crRange, &QLineEdit::textChanged, this, &EncountersPage::search);
    return bestiaryBox;
}

QGroupBox* EncountersPage::buildCombatantsBox()
{
    m_combatants = new QTreeWidget;
    m_combatants->setObjectName(QStringLiteral("combatantTree"));
    m_combatants->setAccessibleName(tr("Combatants"));
    m_combatants->setHeaderLabels({tr("Combatant"), tr("CR"), tr("XP"), tr("HP")});
    m_combatants->setRootIsDecorated(true);
    m_combatants->setUniformRowHeights(true);
    m_combatants->header()->setStretchLastSection(false);
    m_combatants->header()->setSectionResizeMode(kNameColumn, QHeaderView::Stretch);
    for (int column : {kCrColumn, kXpColumn, kHpColumn})
        m_combatants->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto* removeCombatant = button(tr("&Remove"), QStringLiteral("removeCombatant"));
    removeCombatant->setToolTip(tr("Removes the selected combatant; on a group, one of its members."));
    auto* run = button(tr("Run in &Tracker"), QStringLiteral("runEncounter"));
    m_difficulty = new QLabel;
    m_difficulty->setObjectName(QStringLiteral("difficulty"));
    m_difficulty->setWordWrap(true);
    m_difficulty->setTextFormat(Qt::RichText);
    m_budget = new QLabel;
    m_budget->setObjectName(QStringLiteral("xpBudget"));
    m_budget->setAccessibleName(tr("XP budget left"));
    m_budget->setWordWrap(true);
    m_budget->setTextFormat(Qt::PlainText);
    m_budget->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* combatBox = new QGroupBox(tr("Combatants"));
    auto* combatLayout = new QVBoxLayout(combatBox);
    combatLayout->addWidget(m_combatants);
    combatLayout->addWidget(m_difficulty);
    combatLayout->addWidget(m_budget);
    auto* combatButtons = new QHBoxLayout;
    combatButtons->addWidget(removeCombatant);
    combatButtons->addStretch();
    combatButtons->addWidget(run);
    combatLayout->addLayout(combatButtons);

    connect(removeCombatant, &QPushButton::clicked, this, &EncountersPage::removeCombatant);
    connect(run, &QPushButton::clicked, this, [this] {
        if (!currentEncounterId().isEmpty())
            emit runRequested(currentEncounterId());
    });
    return combatBox;
}

void EncountersPage::followSessionsAndHistory()
{
    connect(&m_openEncounters, &OpenEncounters::sessionChanged, this,
            [this](rules::EncounterSession* session) {
                if (session->encounter().id != currentEncounterId())
                    return;
                // While the tracker runs the fight this page is hidden: catch up when it is shown again.
                if (isVisible())
                    showEncounter();
                else
                    m_stale = true;
            });
    connect(&m_history, &UndoHistory::dataRestored, this, &EncountersPage::reload);
}

void EncountersPage::ensurePopulated()
{
    if (m_populated)
        return;
    m_populated = true;
    for (const QString& type : CreatureSearch::types(m_store))
        m_type->addItem(type, type);
    reload();
    search();
}

void EncountersPage::hideEvent(QHideEvent* event)
{
    if (m_notesPause->isActive() || m_name->isModified())
        saveDetails();
    QWidget::hideEvent(event);
}

void EncountersPage::showEvent(QShowEvent* event)
{
    ensurePopulated();
    if (m_stale)
        showEncounter();
    QWidget::showEvent(event);
}

QString EncountersPage::currentEncounterId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void EncountersPage::selectEncounter(const QString& id)
{
    ensurePopulated();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void EncountersPage::reload()
{
    if (!m_populated) {
        // Read on first show; the tracker's list still follows the change now.
        emit encountersChanged();
        return;
    }
    const QString current = currentEncounterId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QList<Encounter> encounters = m_store.all<Encounter>();
    std::sort(encounters.begin(), encounters.end(), [](const Encounter& a, const Encounter& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Encounter& encounter : encounters) {
        auto* item = new QListWidgetItem(encounter.name, m_list);
        item->setData(Qt::UserRole, encounter.id);
    }
    m_party->clear();
    for (const Party& party : m_store.all<Party>()) {
        if (!party.archived)
            m_party->addItem(party.name, party.id);
    }
    selectEncounter(current.isEmpty() ? m_followed : current);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showEncounter();
    emit encountersChanged();
}

void EncountersPage::followEncounter(const QString& id)
{
    m_followed = id;
    if (m_populated)
        selectEncounter(id);
}

void EncountersPage::showEncounter()
{
    m_stale = false;
    const QString id = currentEncounterId();
    if (id != m_shownId) {
        // The form still holds the previous encounter's text: save it before showing the next.
        if (m_notesPause->isActive() || m_name->isModified())
            saveDetails();
        m_name->setModified(false); // a refused name is not carried over to the next encounter
        m_shownId = id;
        m_count->setValue(1);
    }
    m_editor->setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_combatants->clear();
        m_budget->clear();
        m_name->clear();
        m_difficulty->setText(tr("Create an encounter to start adding combatants."));
        return;
    }
    rules::EncounterSession* session = m_openEncounters.open(id);
    if (!session) {
        m_combatants->clear();
        return;
    }
    const Encounter& encounter = session->encounter();
    if (!m_name->isModified())
        m_name->setText(encounter.name);
    m_rules->setCurrentIndex(encounter.rules == RulesEdition::Srd2024 ? 1 : 0);
    if (const int index = m_party->findData(encounter.partyId); index >= 0)
        m_party->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_lair);
        m_lair->setChecked(encounter.lair.enabled);
    }
    if (m_notes->toPlainText() != encounter.notes && !m_notesPause->isActive()) {
        const QSignalBlocker shownNotSaved(m_notes);
        m_notes->setPlainText(encounter.notes);
    }
    showCombatants(*session);
    updateDifficulty();
}

void EncountersPage::showCombatants(const rules::EncounterSession& session)
{
    // The selection and the open groups survive the refresh that follows every change.
    QString selectedId;
    if (const QTreeWidgetItem* item = m_combatants->currentItem())
        selectedId = item->data(kNameColumn, Qt::UserRole).toString() +
                     item->data(kNameColumn, kGroupCreatureRole).toString();
    QSet<QString> expanded;
    for (int row = 0; row < m_combatants->topLevelItemCount(); ++row) {
        if (const QTreeWidgetItem* item = m_combatants->topLevelItem(row); item->isExpanded())
            expanded.insert(item->data(kNameColumn, kGroupCreatureRole).toString());
    }
    m_combatants->clear();

    // One statblock read per creature, not per copy; its members gather under one line in the
    // order the first of them was added.
    QHash<QString, std::optional<Creature>> creatures;
    QHash<QString, QTreeWidgetItem*> groups;
    for (const Participant& participant : session.participants()) {
        QString name = participant.displayName();
        if (participant.hidden)
            name += tr(" (hidden)");
        auto* member = new QTreeWidgetItem({name, QString(), QString(), hitPointsOf(participant)});
        member->setData(kNameColumn, Qt::UserRole, participant.id);
        if (participant.isCharacter() || participant.creatureId.isEmpty()) {
            m_combatants->addTopLevelItem(member);
            continue;
        }
        auto known = creatures.find(participant.creatureId);
        if (known == creatures.end())
            known = creatures.insert(participant.creatureId, m_store.get<Creature>(participant.creatureId));
        if (const std::optional<Creature>& creature = *known) {
            member->setText(kCrColumn, creature->challengeRating);
            if (const std::optional<int> xp = xpForChallengeRating(creature->challengeRating))
                member->setText(kXpColumn, QString::number(*xp));
        }
        QTreeWidgetItem*& group = groups[participant.creatureId];
        if (!group) {
            group = new QTreeWidgetItem;
            group->setData(kNameColumn, kGroupCreatureRole, participant.creatureId);
            m_combatants->addTopLevelItem(group);
        }
        group->addChild(member);
    }

    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QTreeWidgetItem* group = it.value();
        const int members = group->childCount();
        const std::optional<Creature>& creature = creatures.value(it.key());
        if (members == 1) {
            // A lone monster is a line of its own, like a character.
            const int row = m_combatants->indexOfTopLevelItem(group);
            QTreeWidgetItem* only = group->takeChild(0);
            delete m_combatants->takeTopLevelItem(row);
            m_combatants->insertTopLevelItem(row, only);
            continue;
        }
        const QString name = creature ? creature->name : group->child(0)->text(kNameColumn);
        group->setText(kNameColumn, tr("%1 ×%2").arg(name).arg(members));
        group->setText(kCrColumn, group->child(0)->text(kCrColumn));
        const int each = group->child(0)->text(kXpColumn).toInt();
        group->setText(kXpColumn, QString::number(each * members));
        group->setToolTip(kXpColumn, tr("%1 × %2 XP").arg(members).arg(each));
        int least = std::numeric_limits<int>::max();
        int most = 0;
        for (const Participant& participant : session.participants()) {
            if (participant.creatureId == it.key() && !participant.isCharacter()) {
                least = qMin(least, participant.effectiveMaxHp());
                most = qMax(most, participant.effectiveMaxHp());
            }
        }
        group->setText(kHpColumn, least == most ? tr("%1 each").arg(most) : tr("%1–%2").arg(least).arg(most));
        group->setExpanded(expanded.contains(it.key()));
    }

    for (QTreeWidgetItemIterator it(m_combatants); *it; ++it) {
        const QString id = (*it)->data(kNameColumn, Qt::UserRole).toString() +
                           (*it)->data(kNameColumn, kGroupCreatureRole).toString();
        if (!selectedId.isEmpty() && id == selectedId)
            m_combatants->setCurrentItem(*it);
    }
}

int EncountersPage::combatantCount() const
{
    int count = 0;
    for (int row = 0; row < m_combatants->topLevelItemCount(); ++row)
        count += qMax(1, m_combatants->topLevelItem(row)->childCount());
    return count;
}

void EncountersPage::updateDifficulty()
{
    rules::EncounterSession* session = m_openEncounters.open(currentEncounterId());
    if (!session)
        return;
    QList<int> levels;
    QHash<QString, int> byCreature;
    for (const Participant& participant : session->participants()) {
        if (participant.isCharacter()) {
            const std::optional<Character> character = m_store.get<Character>(participant.characterId);
            levels.append(character ? character->totalLevel() : 1);
        } else if (!participant.creatureId.isEmpty()) {
            byCreature[participant.creatureId] += 1;
        }
    }
    // One read per statblock, not per copy: a horde of 200 goblins is one creature.
    QHash<QString, int> byRating;
    for (auto it = byCreature.cbegin(); it != byCreature.cend(); ++it) {
        if (const std::optional<Creature> creature = m_store.get<Creature>(it.key()))
            byRating[creature->challengeRating] += it.value();
    }
    QList<rules::MonsterGroup> monsters;
    for (auto it = byRating.cbegin(); it != byRating.cend(); ++it)
        monsters.append({it.key(), it.value()});
    m_budget->clear();
    if (levels.isEmpty()) {
        m_difficulty->setText(tr("Difficulty: add party members to rate the encounter."));
        return;
    }
    const Result<rules::DifficultyResult> result =
        rules::Difficulty::evaluate(session->rules(), levels, monsters);
    if (!result) {
        m_difficulty->setText(tr("Difficulty: %1").arg(result.errorMessage().toHtmlEscaped()));
        return;
    }
    QStringList bands;
    for (const rules::DifficultyBand& band : result->thresholds)
        bands.append(QStringLiteral("%1 %2").arg(rules::Difficulty::bandName(band.key)).arg(band.threshold));
    const QString rating = result->rating == QLatin1String("trivial")
                               ? tr("Trivial")
                               : rules::Difficulty::bandName(result->rating);
    m_difficulty->setText(tr("<b>Difficulty: %1</b> — %2 XP (adjusted %3) against %4")
                              .arg(rating.toHtmlEscaped())
                              .arg(result->xp)
                              .arg(result->adjustedXp)
                              .arg(bands.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_difficulty->setProperty("rating", result->rating);
    m_budget->setText(budgetText(*result, int(levels.size())));
}

void EncountersPage::search()
{
    CreatureQuery query;
    query.text = m_search->text().trimmed();
    query.type = m_type->currentData().toString();
    const QString range = m_crRange->text().trimmed();
    if (!range.isEmpty()) {
        const QStringList parts = range.split(QLatin1Char('-'));
        query.crMin = parseChallengeRating(parts.value(0).trimmed());
        query.crMax = parts.size() > 1 ? parseChallengeRating(parts.value(1).trimmed()) : query.crMin;
    }
    query.limit = 200;
    m_searchModel->setQuery(query);
    if (m_searchModel->rowCount() > 0)
        m_results->selectRow(0);
}

void EncountersPage::focusSearch()
{
    ensurePopulated();
    m_search->setFocus();
    m_search->selectAll();
}

QString EncountersPage::newEncounter(const QString& name)
{
    ensurePopulated();
    QString chosen = name;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getText(this, tr("New Encounter"), tr("Name:"), QLineEdit::Normal,
                                       tr("Encounter %1").arg(m_list->count() + 1), &ok);
        if (!ok || chosen.trimmed().isEmpty())
            return {};
    }
    Encounter encounter;
    encounter.id = LocalStore::newId();
    encounter.name = chosen.trimmed();
    encounter.rules = m_settings.rules();
    encounter.options = m_settings.initiativeOptions();
    encounter.partyId = m_party->currentData().toString();
    if (Status done = m_history.commit(m_store, ChangeSet().put(encounter),
                                       tr("Created encounter %1").arg(encounter.name));
        !done) {
        emit status(done.errorMessage());
        return {};
    }
    reload();
    selectEncounter(encounter.id);
    return encounter.id;
}

void EncountersPage::duplicateEncounter()
{
    ensurePopulated();
    rules::EncounterSession* session = m_openEncounters.open(currentEncounterId());
    if (!session)
        return;
    Encounter copy = session->encounter();
    copy.id = LocalStore::newId();
    copy.name = tr("%1 (copy)").arg(copy.name);
    copy.status = EncounterStatus::Planning;
    copy.combat = {};
    ChangeSet changes;
    changes.put(copy);
    for (Participant participant : session->participants()) {
        participant.id = LocalStore::newId();
        participant.encounterId = copy.id;
        changes.put(participant);
    }
    if (Status done = m_history.commit(m_store, changes, tr("Duplicated %1").arg(session->encounter().name));
        !done) {
        emit status(done.errorMessage());
        return;
    }
    reload();
    selectEncounter(copy.id);
}

void EncountersPage::deleteEncounter()
{
    ensurePopulated();
    const QString id = currentEncounterId();
    if (id.isEmpty())
        return;
    const std::optional<Encounter> encounter = m_store.get<Encounter>(id);
    const ChangeSet changes = rules::encounterRemoval(m_store, id);
    m_openEncounters.close(id);
    if (Status done = m_history.commit(m_store, changes,
                                       tr("Deleted encounter %1").arg(encounter ? encounter->name : id));
        !done) {
        emit status(done.errorMessage());
        return;
    }
    reload();
}

void EncountersPage::addPartyMembers()
{
    ensurePopulated();
    rules::EncounterSession* session = m_openEncounters.open(currentEncounterId());
    const QString partyId = m_party->currentData().toString();
    if (!session || partyId.isEmpty())
        return;
    QStringList present;
    for (const Participant& participant : session->participants())
        present.append(participant.characterId);
    const QList<Character> characters = m_store.childrenOf<Character>(partyId);
    Status done = m_openEncounters.run(session, [&]() -> Status {
        for (const Character& character : characters) {
            if (present.contains(character.id))
                continue;
            if (Result<QString> added = session->addParticipant(character); !added)
                return added.error();
        }
        return {};
    });
    if (!done)
        emit status(done.errorMessage());
}

void EncountersPage::addSelectedCreature()
{
    ensurePopulated();
    rules::EncounterSession* session = m_openEncounters.open(currentEncounterId());
    const CreatureSummary* summary = m_searchModel->summaryAt(m_results->currentIndex().row());
    if (!session || !summary)
        return;
    const std::optional<Creature> creature = m_store.get<Creature>(summary->id);
    if (!creature)
        return;
    const int count = m_count->value();
    const bool hidden = m_addHidden->isChecked();
    Status done = m_openEncounters.run(session, [&]() -> Status {
        Result<QStringList> added = session->addParticipants(*creature, count, hidden);
        return added ? Status() : Status(added.error());
    });
    if (!done)
        emit status(done.errorMessage());
}

void EncountersPage::removeCombatant()
{
    ensurePopulated();
    rules::EncounterSession* session = m_openEncounters.open(currentEncounterId());
    const QTreeWidgetItem* item = m_combatants->currentItem();
    if (!session || !item)
        return;
    // On a group's line, Remove takes one member off: "Goblin ×3" becomes "Goblin ×2".
    if (item->childCount() > 0)
        item = item->child(item->childCount() - 1);
    const QString id = item->data(kNameColumn, Qt::UserRole).toString();
    if (Status done = m_openEncounters.run(session, [&] { return session->removeParticipant(id); }); !done)
        emit status(done.errorMessage());
}

void EncountersPage::saveDetails()
{
    ensurePopulated();
    m_notesPause->stop();
    rules::EncounterSession* session = m_shownId.isEmpty() ? nullptr : m_openEncounters.open(m_shownId);
    if (!session)
        return;
    const QString name = m_name->text().trimmed();
    const RulesEdition rules =
        rulesEditionFromKey(m_rules->currentData().toString()).value_or(session->encounter().rules);
    const QString before = session->encounter().name;
    const Status done = m_openEncounters.run(session, [&] {
        return session->setDetails(name, m_notes->toPlainText(), m_party->currentData().toString(), rules);
    });
    if (!done) {
        emit status(done.errorMessage());
        return;
    }
    m_name->setModified(false);
    if (session->encounter().name != before) {
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(Qt::UserRole).toString() == m_shownId)
                m_list->item(row)->setText(session->encounter().name);
        }
        emit encountersChanged();
    }
}

} // namespace dnd::gui
