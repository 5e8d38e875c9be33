#include "tracker/TrackerPage.h"

#include "actions/ActionCatalog.h"
#include "actions/ActionIds.h"
#include "bestiary/StatblockView.h"
#include "rules/CombatLogExport.h"
#include "rules/Conditions.h"
#include "rules/InitiativeOrder.h"
#include "settings/AppSettings.h"
#include "tracker/AddCombatantsDialog.h"
#include "tracker/CombatLogModel.h"
#include "tracker/CombatSummaryDialog.h"
#include "tracker/CombatantStatblock.h"
#include "tracker/ConditionDialog.h"
#include "tracker/HpEntry.h"
#include "tracker/InitiativeFormDialog.h"
#include "tracker/InitiativeModel.h"
#include "tracker/InitiativeView.h"
#include "tracker/OpenEncounters.h"
#include "tracker/TrackerConditionDelegate.h"
#include "tracker/TrackerHpBarDelegate.h"
#include "tracker/TrackerInitiativeDelegate.h"
#include "tracker/TrackerMaxHpDialog.h"
#include "util/ErrorCodes.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dnd::gui {

TrackerPage::TrackerPage(LocalStore& store, OpenEncounters& openEncounters, ActionCatalog& actions,
                         AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_actions(actions), m_store(store), m_openEncounters(openEncounters),
      m_settings(settings)
{
    buildLayout();
    connectActions();
    followSessionsAndSettings();
    startClock();
    reloadEncounterList();
    refresh();
}

void TrackerPage::addActionButtons(QHBoxLayout* row, const QStringList& actionIds)
{
    for (const QString& id : actionIds) {
        auto* button = new QToolButton;
        button->setDefaultAction(m_actions.action(id));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    }
}

QHBoxLayout* TrackerPage::buildEncounterBar()
{
    m_encounters = new QComboBox;
    m_encounters->setObjectName(QStringLiteral("trackerEncounter"));
    m_encounters->setAccessibleName(tr("Encounter"));
    m_encounters->setMinimumWidth(240);
    connect(m_encounters, &QComboBox::activated, this,
            [this](int index) { openEncounter(m_encounters->itemData(index).toString()); });
    m_round = new QLabel;
    m_round->setObjectName(QStringLiteral("round"));
    QFont big = m_round->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_round->setFont(big);
    m_elapsed = new QLabel;
    m_elapsed->setObjectName(QStringLiteral("elapsed"));

    auto* top = new QHBoxLayout;
    auto* encounterLabel = new QLabel(tr("&Encounter:"));
    encounterLabel->setBuddy(m_encounters);
    top->addWidget(encounterLabel);
    top->addWidget(m_encounters);
    top->addSpacing(16);
    top->addWidget(m_round);
    top->addWidget(m_elapsed);
    top->addStretch();
    addActionButtons(top,
                     {ActionId::TrackerAddCombatants, ActionId::TrackerRollInitiative, ActionId::TrackerStart,
                      ActionId::TrackerPrevious, ActionId::TrackerNext, ActionId::TrackerEnd});
    return top;
}

void TrackerPage::buildInitiativeTable()
{
    m_model = new InitiativeModel(this);
    m_table = new InitiativeView;
    m_table->setObjectName(QStringLiteral("initiativeTable"));
    m_table->setAccessibleName(tr("Initiative order"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Only the Init cell is editable (the model says so): double-click, F2 or Ctrl+Shift+I.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setItemDelegateForColumn(InitiativeModel::HitPoints, new TrackerHpBarDelegate(m_table));
    auto* initiative = new TrackerInitiativeDelegate(m_table);
    m_table->setItemDelegateForColumn(InitiativeModel::Initiative, initiative);
    connect(initiative, &TrackerInitiativeDelegate::moveRequested, this, [this](int row, int step) {
        // The combatant listed next when the DM typed: the total just typed may move this row.
        const Participant* next = m_model->participantAt(row + step);
        if (!next)
            return;
        // Queued after the total's own command, so the cell opens in the re-sorted list.
        QTimer::singleShot(0, this, [this, id = next->id] { editInitiativeOf(id); });
    });
    auto* chips = new TrackerConditionDelegate(m_table);
    m_table->setItemDelegateForColumn(InitiativeModel::Conditions, chips);
    connect(chips, &TrackerConditionDelegate::removeRequested, this, &TrackerPage::removeCondition);
    // Drag a row among the combatants it is tied with; the session decides, the list follows.
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InitiativeModel::Conditions, QHeaderView::Stretch);
    // Fit columns to the rows on screen only: measuring all of hundreds of rows after every command
    // was most of the time a command took.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->setWordWrap(false);

    connect(m_table, &QWidget::customContextMenuRequested, this, &TrackerPage::showContextMenu);
    connect(m_model, &InitiativeModel::initiativeEdited, this, [this](const QString& id, int total) {
        // Queued: the edit finishes (and the editor closes) before the list is refreshed.
        QTimer::singleShot(0, this, [this, id, total] {
            run([&] { return m_session->setInitiative(id, total); });
            // When the re-sorted list lost the keyboard's cell, it goes to the combatant's Init cell
            // wherever the total moved it, so the arrows go on from there, not from the top.
            const int row = m_model->rowOf(id);
            if (row >= 0 && !m_table->currentIndex().isValid())
                m_table->selectionModel()->setCurrentIndex(m_model->index(row, InitiativeModel::Initiative),
                                                           QItemSelectionModel::NoUpdate);
        });
    });
    connect(m_model, &InitiativeModel::moveRequested, this, [this](const QString& id, int beforeRow) {
        QTimer::singleShot(0, this, [this, id, beforeRow] { moveBefore(id, beforeRow); });
    });
}

QSplitter* TrackerPage::buildSideColumn()
{
    m_log = new CombatLogModel(this);
    m_logView = new QListView;
    m_logView->setObjectName(QStringLiteral("combatLog"));
    m_logView->setAccessibleName(tr("Combat log"));
    m_logView->setModel(m_log);
    // One line per entry (the full text is the tooltip): with uniform sizes a new entry does not
    // make the view measure the whole, ever-growing log again.
    m_logView->setWordWrap(false);
    m_logView->setUniformItemSizes(true);
    connect(m_log, &QAbstractItemModel::rowsInserted, m_logView, &QListView::scrollToBottom);

    auto* logBox = new QWidget;
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto* logLabel = new QLabel(tr("Combat &log"));
    logLabel->setBuddy(m_logView);
    logLayout->addWidget(logLabel);
    logLayout->addWidget(m_logView);
    // The statblock shares the side column with the log, so the initiative list keeps its width.
    m_statblock = new CombatantStatblock(m_store);
    connect(m_statblock, &CombatantStatblock::rollRequested, this, &TrackerPage::rollFromStatblock);
    auto* side = new QSplitter(Qt::Vertical);
    side->setObjectName(QStringLiteral("trackerSide"));
    side->addWidget(m_statblock);
    side->addWidget(logBox);
    return side;
}

QHBoxLayout* TrackerPage::buildHitPointBar()
{
    m_hpEntry = new QLineEdit;
    m_hpEntry->setObjectName(QStringLiteral("hpEntry"));
    m_hpEntry->setAccessibleName(tr("Quick hit points"));
    m_hpEntry->setPlaceholderText(tr(
        "7 damage, +7 heal, t7 temporary HP, h7 half, d7 double, c7 critical, 7 fire typed; Enter applies"));
    m_hpEntry->setToolTip(
        tr("Damage: 7, h7 (half), d7 (double), c7 (critical hit), add a damage type so resistances apply "
           "(7 fire, h12 cold) and \"magical\" for magical weapons. Healing: +7. Temporary HP: t7."));
    m_hpEntry->setMaximumWidth(560);
    connect(m_hpEntry, &QLineEdit::returnPressed, this, &TrackerPage::applyHpEntry);
    // Ctrl+Z in the field undoes the last tracker action, not the typing.
    m_hpEntry->installEventFilter(this);
    auto* hpLabel = new QLabel(tr("&HP:"));
    hpLabel->setBuddy(m_hpEntry);
    m_target = new QLabel;
    m_target->setObjectName(QStringLiteral("hpTarget"));
    m_target->setTextFormat(Qt::PlainText);
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("actingSource"));
    m_source->setAccessibleName(tr("Who acts"));
    m_source->setToolTip(tr("Who deals the damage, heals or puts on the condition, as the combat log "
                            "credits it: whose turn it is, nobody (a trap, a fall), or any combatant"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* sourceLabel = new QLabel(tr("B&y:"));
    sourceLabel->setBuddy(m_source);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(hpLabel);
    bottom->addWidget(m_hpEntry);
    bottom->addWidget(m_target);
    bottom->addWidget(sourceLabel);
    bottom->addWidget(m_source);
    addActionButtons(bottom, {ActionId::TrackerAddCondition, ActionId::TrackerConcentration,
                              ActionId::TrackerToggleHidden, ActionId::TrackerDeathSave});
    bottom->addStretch();
    return bottom;
}

QWidget* TrackerPage::buildDeletedNotice()
{
    auto* notice = new QFrame;
    notice->setObjectName(QStringLiteral("deletedElsewhere"));
    notice->setFrameShape(QFrame::StyledPanel);
    notice->setStyleSheet(QStringLiteral("QFrame#deletedElsewhere { background: #fde2e1; color: #5c0b07; }"));
    auto* layout = new QHBoxLayout(notice);
    m_deletedText = new QLabel;
    m_deletedText->setWordWrap(true);
    layout->addWidget(m_deletedText, 1);
    auto* keep = new QPushButton(tr("&Keep a Copy"));
    keep->setObjectName(QStringLiteral("keepCopy"));
    auto* close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("closeDeleted"));
    layout->addWidget(keep);
    layout->addWidget(close);
    connect(keep, &QPushButton::clicked, this, &TrackerPage::keepDeletedCopy);
    connect(close, &QPushButton::clicked, this, &TrackerPage::closeDeleted);
    notice->hide();
    m_deletedNotice = notice;
    return notice;
}

void TrackerPage::buildLayout()
{
    QHBoxLayout* encounterBar = buildEncounterBar();

    m_promptArea = new QWidget;
    m_promptArea->setObjectName(QStringLiteral("prompts"));
    m_prompts = new QVBoxLayout(m_promptArea);
    m_prompts->setContentsMargins(0, 0, 0, 0);

    m_empty =
        new QLabel(tr("No encounter is open. Build one on the Encounters page, or add the example from the "
                      "File menu, then pick it above."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    buildInitiativeTable();
    auto* splitter = new QSplitter;
    splitter->addWidget(m_table);
    splitter->addWidget(buildSideColumn());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(encounterBar);
    layout->addWidget(buildDeletedNotice());
    m_pausedBanner = new QLabel;
    m_pausedBanner->setObjectName(QStringLiteral("pausedBanner"));
    m_pausedBanner->setWordWrap(true);
    m_pausedBanner->setStyleSheet(
        QStringLiteral("QLabel#pausedBanner { background: #fff4ce; color: #4a3b00; padding: 6px; }"));
    m_pausedBanner->hide();
    layout->addWidget(m_pausedBanner);
    layout->addWidget(m_promptArea);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);
    layout->addLayout(buildHitPointBar());
    setTabOrder(m_encounters, m_table);
    setTabOrder(m_table, m_hpEntry);
    setTabOrder(m_hpEntry, m_logView);
    setTabOrder(m_logView, m_statblock->view());
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrackerPage::showStatblock);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrackerPage::showTargets);
}

bool TrackerPage::eventFilter(QObject* watched, QEvent* event)
{
    // The field would claim Ctrl+Z and Ctrl+Shift+Z for its own text; leave them to Edit > Undo
    // and Redo, which take back the damage just applied.
    if (watched == m_hpEntry && event->type() == QEvent::ShortcutOverride) {
        const QKeySequence pressed(static_cast<QKeyEvent*>(event)->keyCombination());
        for (const QString& id : {QString(ActionId::EditUndo), QString(ActionId::EditRedo)}) {
            if (m_actions.action(id)->shortcuts().contains(pressed)) {
                event->ignore();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TrackerPage::showTargets()
{
    QStringList names;
    if (m_session) {
        for (const QString& id : targets()) {
            if (const std::optional<Participant> p = m_session->participant(id))
                names.append(p->displayName());
        }
    }
    m_target->setText(names.isEmpty() ? tr("No target: select a combatant")
                                      : tr("Target: %1").arg(names.join(QStringLiteral(", "))));
}

namespace {
// The source chooser's rows: whose turn it is, nobody, then one per combatant (its id).
constexpr int kSourceKindRole = Qt::UserRole + 1;
constexpr int kSourceIdRole = Qt::UserRole;
} // namespace

void TrackerPage::refreshSources()
{
    const rules::ActingSource chosen = actingSource();
    const QSignalBlocker quiet(m_source);
    m_source->clear();
    QString whoseTurn;
    if (m_session) {
        if (const std::optional<Participant> current =
                m_session->participant(m_session->currentParticipantId()))
            whoseTurn = current->name;
    }
    m_source->addItem(whoseTurn.isEmpty() ? tr("Whose turn it is")
                                          : tr("Whose turn it is (%1)").arg(whoseTurn));
    m_source->setItemData(0, int(rules::ActingSource::Kind::WhoseTurn), kSourceKindRole);
    m_source->addItem(tr("Nobody (a trap, the environment)"));
    m_source->setItemData(1, int(rules::ActingSource::Kind::Nobody), kSourceKindRole);
    int keep = chosen.kind == rules::ActingSource::Kind::Nobody ? 1 : 0;
    if (m_session) {
        for (const Participant& p : m_session->participants()) {
            if (p.kind == ParticipantKind::Lair && !m_session->encounter().lair.enabled)
                continue;
            m_source->addItem(p.name);
            const int row = m_source->count() - 1;
            m_source->setItemData(row, int(rules::ActingSource::Kind::Combatant), kSourceKindRole);
            m_source->setItemData(row, p.id, kSourceIdRole);
            if (chosen.kind == rules::ActingSource::Kind::Combatant && chosen.participantId == p.id)
                keep = row;
        }
    }
    m_source->setCurrentIndex(keep);
}

rules::ActingSource TrackerPage::actingSource() const
{
    const int row = m_source->currentIndex();
    if (row < 0)
        return {};
    const auto kind = rules::ActingSource::Kind(m_source->itemData(row, kSourceKindRole).toInt());
    return {kind, m_source->itemData(row, kSourceIdRole).toString()};
}

void TrackerPage::chooseSource()
{
    m_source->setFocus(Qt::ShortcutFocusReason);
    m_source->showPopup();
}

void TrackerPage::connectActions()
{
    auto bind = [this](const QString& id, auto&& handler) {
        connect(m_actions.action(id), &QAction::triggered, this, handler);
    };
    bind(ActionId::TrackerNext, &TrackerPage::nextTurn);
    bind(ActionId::TrackerPrevious, &TrackerPage::previousTurn);
    bind(ActionId::TrackerStart, &TrackerPage::startCombat);
    bind(ActionId::TrackerEnd, &TrackerPage::endCombat);
    bind(ActionId::TrackerPause, &TrackerPage::togglePause);
    bind(ActionId::TrackerRollInitiative, &TrackerPage::rollInitiative);
    bind(ActionId::TrackerAddCondition, &TrackerPage::addCondition);
    bind(ActionId::TrackerToggleHidden, &TrackerPage::toggleHidden);
    bind(ActionId::TrackerConcentration, &TrackerPage::toggleConcentration);
    bind(ActionId::TrackerDeathSave, &TrackerPage::rollDeathSave);
    bind(ActionId::TrackerReaction, &TrackerPage::toggleReaction);
    bind(ActionId::TrackerLegendary, &TrackerPage::useLegendaryAction);
    bind(ActionId::TrackerLegendaryResistance, &TrackerPage::useLegendaryResistance);
    bind(ActionId::TrackerRemove, &TrackerPage::removeSelected);
    bind(ActionId::TrackerAddCombatants, &TrackerPage::addCombatants);
    bind(ActionId::TrackerAlias, &TrackerPage::setAlias);
    bind(ActionId::TrackerExportLog, &TrackerPage::exportLog);
    bind(ActionId::TrackerChooseSource, &TrackerPage::chooseSource);
    bind(ActionId::TrackerSetInitiative, &TrackerPage::editInitiative);
    bind(ActionId::TrackerMaxHp, &TrackerPage::setMaxHp);
    bind(ActionId::TrackerRollSelected, [this] { rollInitiativeFor(std::nullopt); });
    bind(ActionId::TrackerRollAdvantage, [this] { rollInitiativeFor(InitiativeMode::Advantage); });
    bind(ActionId::TrackerRollDisadvantage, [this] { rollInitiativeFor(InitiativeMode::Disadvantage); });
    bind(ActionId::TrackerRollTakeTen, [this] { rollInitiativeFor(InitiativeMode::TakeTen); });
    bind(ActionId::TrackerMoveUp, [this] { moveSelected(-1); });
    bind(ActionId::TrackerMoveDown, [this] { moveSelected(1); });
    bind(ActionId::TrackerRecharge, [this] { useRecharge(); });
    bind(ActionId::TrackerDamage, [this] { focusHpEntry(QString()); });
    bind(ActionId::TrackerHeal, [this] { focusHpEntry(QStringLiteral("+")); });
    bind(ActionId::TrackerTempHp, [this] { focusHpEntry(QStringLiteral("t")); });
}

void TrackerPage::followSessionsAndSettings()
{
    connect(&m_settings, &AppSettings::changed, this, [this] { emit boardChanged(board()); });
    // A command here, an undo, or rows another device changed: the selection stays where it was.
    connect(&m_openEncounters, &OpenEncounters::sessionChanged, this,
            [this](rules::EncounterSession* changed) {
                if (changed != m_session)
                    return;
                const QStringList keep = selectedIds();
                refresh();
                select(keep);
            });
    connect(&m_openEncounters, &OpenEncounters::sessionClosing, this,
            [this](rules::EncounterSession* closing) {
                if (closing != m_session)
                    return;
                const QString id = closing->encounter().id;
                m_session = nullptr;
                m_model->setSession(nullptr);
                m_log->setSession(nullptr);
                // Reopen a fresh session when the encounter still exists (its details were edited).
                QTimer::singleShot(0, this, [this, id] {
                    if (!m_session && m_store.get<Encounter>(id))
                        openEncounter(id);
                    else
                        refresh();
                });
            });
}

void TrackerPage::startClock()
{
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (m_session && m_session->isActive()) {
            const qint64 seconds = m_session->elapsedMs() / 1000;
            m_elapsed->setText(
                tr("%1:%2 elapsed").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
        }
    });
    m_clock->start();
}

void TrackerPage::reloadEncounterList()
{
    const QString current = m_session ? m_session->encounter().id : QString();
    m_encounters->clear();
    // Names only: decoding every encounter document to list hundreds of names was most of the
    // tracker's share of the start-up.
    QList<NamedRecord> encounters = m_store.names(EntityKind::Encounter);
    std::sort(encounters.begin(), encounters.end(), [](const NamedRecord& a, const NamedRecord& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const NamedRecord& encounter : encounters)
        m_encounters->addItem(encounter.name, encounter.id);
    m_encounters->setCurrentIndex(m_encounters->findData(current));
}

void TrackerPage::openEncounter(const QString& encounterId)
{
    QString error;
    rules::EncounterSession* session = m_openEncounters.open(encounterId, &error);
    if (!session) {
        emit status(tr("Could not open the encounter: %1").arg(error));
        return;
    }
    if (m_session)
        disconnect(m_session, &rules::EncounterSession::promptRaised, this, nullptr);
    m_session = session;
    connect(m_session, &rules::EncounterSession::promptRaised, this, &TrackerPage::showPrompt);
    while (QLayoutItem* item = m_prompts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_model->setSession(session);
    m_log->setSession(session);
    reloadEncounterList();
    refresh();
    emit encounterOpened(encounterId);
}

void TrackerPage::refresh()
{
    m_model->refresh();
    m_log->refresh();
    const bool open = m_session != nullptr;
    m_empty->setVisible(!open);
    m_table->setVisible(open);
    const bool deleted = open && m_session->isDeletedElsewhere();
    m_deletedNotice->setVisible(deleted);
    if (deleted)
        m_deletedText->setText(
            tr("“%1” was deleted on another device. This window still shows the fight as it was here; keep "
               "a copy to go on with it, or close it.")
                .arg(m_session->encounter().name));
    if (!open) {
        m_round->clear();
        m_elapsed->clear();
    } else if (m_session->isActive() || m_session->isPaused()) {
        m_round->setText(tr("Round %1").arg(m_session->round()));
        const qint64 seconds = m_session->elapsedMs() / 1000;
        m_elapsed->setText(tr("%1:%2 elapsed").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    } else {
        m_round->setText(tr("Not started"));
        m_elapsed->clear();
    }
    const bool paused = open && m_session->isPaused();
    m_pausedBanner->setVisible(paused);
    if (paused)
        m_pausedBanner->setText(
            tr("Combat is paused: the clock and the turn wait. Press %1 to resume.")
                .arg(
                    m_actions.action(ActionId::TrackerPause)->shortcut().toString(QKeySequence::NativeText)));
    showStatblock();
    showTargets();
    refreshSources();
    emit boardChanged(board());
}

void TrackerPage::keepDeletedCopy()
{
    if (!m_session || !m_session->isDeletedElsewhere())
        return;
    const Result<QString> copy = m_openEncounters.keepCopy(m_session);
    if (!copy) {
        emit status(copy.errorMessage());
        return;
    }
    openEncounter(*copy);
    emit status(tr("Kept a copy: “%1”").arg(m_session->encounter().name));
}

void TrackerPage::closeDeleted()
{
    if (m_session && m_session->isDeletedElsewhere())
        m_openEncounters.close(m_session->encounter().id);
}

void TrackerPage::showStatblock()
{
    const QStringList ids = m_session ? targets() : QStringList();
    m_statblock->showParticipant(ids.isEmpty() ? std::nullopt : m_session->participant(ids.first()));
}

void TrackerPage::rollFromStatblock(const QString& participantId, const QString& label,
                                    const QString& expression)
{
    std::optional<rules::DiceRoll> rolled;
    run([&]() -> Status {
        Result<rules::DiceRoll> roll = m_session->recordRoll(label, expression, participantId);
        if (!roll)
            return roll.error();
        rolled = *roll;
        return {};
    });
    if (rolled)
        emit status(tr("%1: %2 %3").arg(label, expression, rolled->breakdown()));
}

PlayerBoard TrackerPage::board() const
{
    if (!m_session)
        return {};
    return PlayerBoard::build(m_session->encounter(), m_session->participants(), m_settings.playerHpMode());
}

void TrackerPage::run(const std::function<Status()>& command)
{
    if (!m_session) {
        emit status(tr("Open an encounter first."));
        return;
    }
    const QStringList keep = selectedIds();
    if (Status done = m_openEncounters.run(m_session, command); !done)
        emit status(done.errorMessage());
    else
        emit status(m_session->undoText());
    select(keep);
}

QStringList TrackerPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(InitiativeModel::IdRole).toString());
    return ids;
}

QStringList TrackerPage::targets() const
{
    QStringList ids = selectedIds();
    if (ids.isEmpty() && m_session && m_session->isActive() && !m_session->currentParticipantId().isEmpty())
        ids.append(m_session->currentParticipantId());
    return ids;
}

void TrackerPage::select(const QStringList& ids)
{
    QItemSelection selection;
    for (const QString& id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, InitiativeModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

int TrackerPage::promptCount() const
{
    return m_prompts->count();
}

void TrackerPage::focusHpEntry(const QString& prefix)
{
    m_hpEntry->setText(prefix);
    m_hpEntry->setFocus();
    m_hpEntry->setCursorPosition(int(prefix.size()));
}

void TrackerPage::applyHpEntry()
{
    const std::optional<HpEntry> entry = HpEntry::parse(m_hpEntry->text());
    if (!entry) {
        emit status(tr("Type a number: 7 for damage (h7 half, d7 double, c7 critical, 7 fire typed), +7 to "
                       "heal, t7 for temporary hit points."));
        return;
    }
    const QStringList ids = targets();
    if (ids.isEmpty() && m_session && m_session->isPaused()) {
        // While paused nobody has the turn: the amount goes to a selected combatant only.
        emit status(tr("Combat is paused: select who takes it, or resume combat first."));
        return;
    }
    if (ids.isEmpty()) {
        emit status(tr("Select one or more combatants first."));
        return;
    }
    const rules::ActingSource source = actingSource();
    run([&]() -> Status {
        switch (entry->kind) {
        case HpEntry::Kind::Damage: {
            rules::DamageRequest request;
            request.targetIds = ids;
            request.amount = entry->amount;
            request.damageType = entry->damageType;
            request.scale = entry->scale == HpEntry::Scale::Half     ? rules::DamageScale::Half
                            : entry->scale == HpEntry::Scale::Double ? rules::DamageScale::Double
                                                                     : rules::DamageScale::Normal;
            request.critical = entry->critical;
            request.magical = entry->magical;
            request.source = source;
            return m_session->applyDamage(request);
        }
        case HpEntry::Kind::Heal:
            return m_session->heal(ids, entry->amount, source);
        case HpEntry::Kind::TempHp:
            return m_session->grantTempHp(ids, entry->amount, source);
        }
        return {};
    });
    m_hpEntry->clear();
}

void TrackerPage::runTurnChange(const std::function<Status()>& command)
{
    if (!m_session) {
        emit status(tr("Open an encounter first."));
        return;
    }
    if (Status done = m_openEncounters.run(m_session, command); !done) {
        emit status(done.errorMessage());
        return;
    }
    emit status(m_session->undoText());
    m_table->clearSelection();
    m_source->setCurrentIndex(0); // the new turn's combatant acts unless the DM picks another
    showTargets();
}
void TrackerPage::nextTurn()
{
    runTurnChange([this] { return m_session->nextTurn(); });
}
void TrackerPage::previousTurn()
{
    runTurnChange([this] { return m_session->previousTurn(); });
}
void TrackerPage::startCombat()
{
    if (!m_session) {
        emit status(tr("Open an encounter first."));
        return;
    }
    // Characters nobody typed a total for would silently act last: ask for all of them at once.
    QList<Participant> missing;
    if (!m_session->isActive() && !m_session->isPaused()) {
        for (const Participant& p : m_session->participants()) {
            if (p.isCharacter() && !p.initiative)
                missing.append(p);
        }
    }
    QHash<QString, int> totals;
    if (!missing.isEmpty()) {
        InitiativeFormDialog form(missing, this);
        if (form.exec() != QDialog::Accepted)
            return;
        totals = form.totals();
    }
    run([&] { return m_session->startCombat(totals); });
}
void TrackerPage::togglePause()
{
    run([this] { return m_session->isPaused() ? m_session->resumeCombat() : m_session->pauseCombat(); });
}
void TrackerPage::endCombat()
{
    if (!m_session || (!m_session->isActive() && !m_session->isPaused())) {
        run([this] { return m_session->endCombat(); }); // says why there is nothing to end
        return;
    }
    // Ending is easy to hit by accident and cannot be carried on from: ask first (Enter ends,
    // Escape keeps fighting), then show what the fight came to.
    if (!confirm(tr("End Combat"),
                 tr("End the fight in round %1? The summary follows; Ctrl+Z takes the end back.")
                     .arg(m_session->round()),
                 tr("&End Combat")))
        return;
    run([this] { return m_session->endCombat(); });
    if (m_session->isActive() || m_session->isPaused())
        return;
    CombatSummaryDialog summary(rules::CombatSummary::of(*m_session, m_store), this);
    summary.exec();
}

bool TrackerPage::confirm(const QString& title, const QString& question, const QString& acceptText)
{
    // Enter accepts, Escape keeps things as they are.
    QMessageBox ask(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    QPushButton* accept = ask.addButton(acceptText, QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(accept);
    ask.exec();
    return ask.clickedButton() == accept;
}

void TrackerPage::longRest()
{
    // A rest in the middle of a fight is most likely a slip of the keys: ask first.
    if (m_session && (m_session->isActive() || m_session->isPaused()) &&
        !confirm(tr("New Day / Long Rest"),
                 tr("The fight is still running (round %1). Let every combatant finish a long rest anyway? "
                    "Ctrl+Z takes it back.")
                     .arg(m_session->round()),
                 tr("&Rest")))
        return;
    run([this] { return m_session->longRest(); });
}

void TrackerPage::rollInitiative()
{
    run([this] { return m_session->rollInitiative(); });
}

void TrackerPage::addCondition()
{
    const QStringList ids = targets();
    if (!m_session || ids.isEmpty()) {
        emit status(tr("Select who gets the condition first."));
        return;
    }
    ConditionDialog dialog(m_session->rules(), m_session->participants(), ids.first(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    rules::ConditionRequest base = dialog.request();
    base.source = actingSource();
    run([&]() -> Status {
        for (const QString& id : ids) {
            rules::ConditionRequest request = base;
            request.targetId = id;
            if (Status done = m_session->addCondition(request); !done)
                return done;
        }
        return {};
    });
}

void TrackerPage::toggleHidden()
{
    const QStringList ids = targets();
    run([&]() -> Status {
        for (const QString& id : ids) {
            const std::optional<Participant> p = m_session->participant(id);
            if (Status done = m_session->setHidden(id, p && !p->hidden); !done)
                return done;
        }
        return {};
    });
}

void TrackerPage::toggleConcentration()
{
    const QStringList ids = targets();
    run([&]() -> Status {
        for (const QString& id : ids) {
            const std::optional<Participant> p = m_session->participant(id);
            if (Status done = m_session->setConcentration(id, p && !p->concentrating); !done)
                return done;
        }
        return {};
    });
}

void TrackerPage::rollDeathSave()
{
    const QStringList ids = targets();
    run([&]() -> Status {
        for (const QString& id : ids) {
            if (Status done = m_session->rollDeathSave(id); !done)
                return done;
        }
        return {};
    });
}

void TrackerPage::removeCondition(const QString& participantId, const QString& conditionId)
{
    run([&] { return m_session->removeCondition(participantId, conditionId, actingSource()); });
}

void TrackerPage::toggleReaction()
{
    const QStringList ids = targets();
    run([&]() -> Status {
        for (const QString& id : ids) {
            const std::optional<Participant> p = m_session->participant(id);
            if (Status done =
                    p && p->reactionUsed ? m_session->restoreReaction(id) : m_session->useReaction(id);
                !done)
                return done;
        }
        return {};
    });
}

void TrackerPage::useLegendaryAction()
{
    const QStringList ids = targets();
    run([&]() -> Status {
        for (const QString& id : ids) {
            if (Status done = m_session->useLegendaryAction(id); !done)
                return done;
        }
        return {};
    });
}

void TrackerPage::useLegendaryResistance()
{
    const QStringList ids = targets();
    run([&]() -> Status {
        for (const QString& id : ids) {
            if (Status done = m_session->useLegendaryResistance(id); !done)
                return done;
        }
        return {};
    });
}

void TrackerPage::removeSelected()
{
    const QStringList ids = selectedIds();
    run([&]() -> Status {
        for (const QString& id : ids) {
            if (Status done = m_session->removeParticipant(id); !done)
                return done;
        }
        return {};
    });
}

void TrackerPage::addCombatants()
{
    if (!m_session) {
        emit status(tr("Open an encounter first."));
        return;
    }
    AddCombatantsDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<Creature> creature = dialog.creature();
    if (!creature)
        return;
    QStringList added;
    run([&]() -> Status {
        Result<QStringList> ids =
            m_session->addParticipants(*creature, dialog.count(), dialog.hidden(), dialog.initiative());
        if (!ids)
            return ids.error();
        added = *ids;
        return {};
    });
    if (!added.isEmpty())
        m_table->scrollTo(m_model->index(m_model->rowOf(added.first()), InitiativeModel::Name));
}

void TrackerPage::setAlias()
{
    const QStringList ids = targets();
    if (!m_session || ids.size() != 1) {
        emit status(tr("Select one combatant to give an alias."));
        return;
    }
    const std::optional<Participant> p = m_session->participant(ids.first());
    if (!p)
        return;
    bool ok = false;
    const QString alias = QInputDialog::getText(this, tr("Alias of %1").arg(p->name),
                                                tr("The name the players see (empty: the real name):"),
                                                QLineEdit::Normal, p->alias, &ok);
    if (!ok)
        return;
    Participant edited = *p;
    edited.alias = alias.trimmed();
    run([&] { return m_session->editParticipant(edited); });
}

void TrackerPage::exportLog()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Combat Log"),
                                                      m_session->encounter().name + QStringLiteral(".txt"),
                                                      tr("Text (*.txt);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                 ? QJsonDocument(rules::CombatLogExport::toJson(m_session->log())).toJson()
                                 : rules::CombatLogExport::toText(m_session->log()).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        QMessageBox::warning(
            this, tr("Export failed"),
            tr("Could not write %1: %2. Choose another folder.").arg(path, file.errorString()));
}

void TrackerPage::showPrompt(const rules::Prompt& prompt)
{
    // A bar above the list: the DM answers when it suits, everything else keeps working.
    auto* bar = new QFrame;
    bar->setObjectName(QStringLiteral("prompt"));
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setStyleSheet(QStringLiteral("QFrame#prompt { background: #fff4d6; color: #3b2a00; }"));
    auto* layout = new QHBoxLayout(bar);
    auto* text = new QLabel;
    layout->addWidget(text, 1);
    auto* dismiss = new QPushButton(tr("Dismiss"));
    dismiss->setObjectName(QStringLiteral("dismissPrompt"));
    rules::EncounterSession* session = m_session;
    if (prompt.kind == rules::Prompt::Kind::ConcentrationCheck) {
        text->setText(tr("%1 took %2 damage while concentrating: Constitution save, DC %3.")
                          .arg(prompt.participantName)
                          .arg(prompt.damage)
                          .arg(prompt.dc));
        auto* total = new QSpinBox;
        total->setObjectName(QStringLiteral("saveTotal"));
        total->setAccessibleName(tr("Saving throw total"));
        total->setRange(-10, 60);
        total->setValue(prompt.dc);
        auto* record = new QPushButton(tr("Record Save"));
        record->setObjectName(QStringLiteral("recordSave"));
        layout->addWidget(new QLabel(tr("Total:")));
        layout->addWidget(total);
        layout->addWidget(record);
        connect(record, &QPushButton::clicked, bar, [this, bar, total, prompt, session] {
            const Status done = m_openEncounters.run(session, [&] {
                return session->recordConcentrationSave(prompt.participantId, total->value(), prompt.dc);
            });
            if (!done)
                emit status(done.errorMessage());
            bar->deleteLater();
        });
    } else {
        text->setText(tr("%1 is dying: roll a death saving throw.").arg(prompt.participantName));
        auto* roll = new QPushButton(tr("Roll Death Save"));
        roll->setObjectName(QStringLiteral("rollDeathSave"));
        layout->addWidget(roll);
        connect(roll, &QPushButton::clicked, bar, [this, bar, prompt, session] {
            const Status done =
                m_openEncounters.run(session, [&] { return session->rollDeathSave(prompt.participantId); });
            if (!done)
                emit status(done.errorMessage());
            bar->deleteLater();
        });
    }
    layout->addWidget(dismiss);
    connect(dismiss, &QPushButton::clicked, bar, &QObject::deleteLater);
    m_prompts->addWidget(bar);
}

void TrackerPage::editInitiative()
{
    const QStringList ids = targets();
    if (!m_session || ids.isEmpty()) {
        emit status(tr("Select whose initiative to type first."));
        return;
    }
    editInitiativeOf(ids.first());
}

void TrackerPage::editInitiativeOf(const QString& id)
{
    const QModelIndex cell = m_model->index(m_model->rowOf(id), InitiativeModel::Initiative);
    if (!cell.isValid())
        return;
    m_table->setFocus();
    if (!selectedIds().contains(id))
        select({id});
    m_table->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::NoUpdate);
    m_table->edit(cell);
}

void TrackerPage::rollInitiativeFor(std::optional<InitiativeMode> mode)
{
    const QStringList ids = targets();
    if (!m_session || ids.isEmpty()) {
        emit status(tr("Select who rolls initiative first."));
        return;
    }
    rules::InitiativeRollRequest request;
    request.participantIds = ids;
    request.mode = mode;
    // Rolling for a chosen few: each rolls for themselves.
    request.groupIdentical = false;
    run([&] { return m_session->rollInitiative(request); });
}

void TrackerPage::moveBefore(const QString& id, int beforeRow)
{
    if (!m_session)
        return;
    const std::optional<Participant> moved = m_session->participant(id);
    if (!moved)
        return;
    // The tie group in list order, and where the drop lands within it.
    QList<int> groupRows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Participant* other = m_model->participantAt(row);
        if (other && rules::InitiativeOrder::tied(*moved, *other))
            groupRows.append(row);
    }
    if (groupRows.size() < 2) {
        // The session explains why (nobody to swap with).
        run([&] { return m_session->moveInOrder(id, 0); });
        return;
    }
    if (beforeRow < groupRows.first() || beforeRow > groupRows.last() + 1) {
        emit status(
            tr("%1 can only move among the combatants with the same initiative (%2); change the "
               "initiative to move it further.")
                .arg(moved->name, moved->initiative ? QString::number(*moved->initiative) : tr("none")));
        return;
    }
    int position = 0;
    for (int row : groupRows) {
        if (row < beforeRow && m_model->participantAt(row)->id != id)
            ++position;
    }
    run([&] { return m_session->moveInOrder(id, position); });
}

void TrackerPage::moveSelected(int step)
{
    const QStringList ids = selectedIds();
    if (!m_session || ids.size() != 1) {
        emit status(tr("Select one combatant to move."));
        return;
    }
    const int row = m_model->rowOf(ids.first());
    // Up: before the row above; down: before the row after the next one.
    moveBefore(ids.first(), step < 0 ? row - 1 : row + 2);
}

void TrackerPage::setMaxHp()
{
    const QStringList ids = targets();
    if (!m_session || ids.isEmpty()) {
        emit status(tr("Select whose maximum hit points to change first."));
        return;
    }
    const std::optional<Participant> first = m_session->participant(ids.first());
    if (!first)
        return;
    TrackerMaxHpDialog dialog(ids.size() == 1 ? first->name : tr("%n combatants", nullptr, int(ids.size())),
                              first->maxHp, first->maxHpOverride, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<int> maxHp = dialog.maxHp();
    run([&]() -> Status {
        for (const QString& id : ids) {
            if (Status done = m_session->setMaxHpOverride(id, maxHp); !done)
                return done;
        }
        return {};
    });
}

void TrackerPage::useRecharge(const QString& actionName)
{
    const QStringList ids = targets();
    if (!m_session || ids.isEmpty()) {
        emit status(tr("Select who uses a recharge ability first."));
        return;
    }
    run([&]() -> Status {
        for (const QString& id : ids) {
            const std::optional<Participant> p = m_session->participant(id);
            if (!p)
                continue;
            QString name = actionName;
            for (const RechargeState& recharge : p->recharges) {
                if (name.isEmpty() && recharge.available)
                    name = recharge.actionName;
            }
            if (name.isEmpty())
                return Error::make(codes::kRulesError,
                                   p->recharges.isEmpty()
                                       ? tr("%1 has no recharge ability.").arg(p->name)
                                       : tr("No recharge ability of %1 is ready.").arg(p->name));
            if (Status done = m_session->useRecharge(id, name); !done)
                return done;
        }
        return {};
    });
}

void TrackerPage::showContextMenu(const QPoint& position)
{
    if (!m_session)
        return;
    const QModelIndex index = m_table->indexAt(position);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), {}))
        select({index.data(InitiativeModel::IdRole).toString()});
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QMenu menu(this);
    auto add = [this, &menu](QLatin1String id) { menu.addAction(m_actions.action(id)); };
    add(ActionId::TrackerSetInitiative);
    QMenu* roll = menu.addMenu(tr("Roll Initiative"));
    for (QLatin1String id : {ActionId::TrackerRollSelected, ActionId::TrackerRollAdvantage,
                             ActionId::TrackerRollDisadvantage, ActionId::TrackerRollTakeTen})
        roll->addAction(m_actions.action(id));
    add(ActionId::TrackerMoveUp);
    add(ActionId::TrackerMoveDown);
    menu.addSeparator();
    add(ActionId::TrackerDamage);
    add(ActionId::TrackerHeal);
    add(ActionId::TrackerTempHp);
    add(ActionId::TrackerMaxHp);
    menu.addSeparator();
    add(ActionId::TrackerAddCondition);
    // Each condition of the clicked combatant can end before its time.
    if (const std::optional<Participant> p = m_session->participant(ids.first())) {
        for (const ActiveCondition& condition : p->conditions) {
            const QString name = rules::Conditions::displayName(condition, m_session->rules());
            QAction* remove = menu.addAction(
                tr("Remove %1").arg(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&"))));
            connect(remove, &QAction::triggered, this,
                    [this, id = p->id, conditionId = condition.id] { removeCondition(id, conditionId); });
        }
    }
    add(ActionId::TrackerConcentration);
    add(ActionId::TrackerDeathSave);
    menu.addSeparator();
    // Resources of the clicked combatant: each recharge ability by name.
    if (const std::optional<Participant> p = m_session->participant(ids.first())) {
        for (const RechargeState& recharge : p->recharges) {
            QAction* use =
                menu.addAction(recharge.available ? tr("Use %1").arg(recharge.actionName)
                                                  : tr("Use %1 (not recharged)").arg(recharge.actionName));
            use->setEnabled(recharge.available);
            const QString name = recharge.actionName;
            connect(use, &QAction::triggered, this, [this, name] { useRecharge(name); });
        }
        if (p->legendaryActionsMax > 0)
            add(ActionId::TrackerLegendary);
        if (p->legendaryResistancesMax > 0)
            add(ActionId::TrackerLegendaryResistance);
    }
    add(ActionId::TrackerRecharge);
    add(ActionId::TrackerReaction);
    menu.addSeparator();
    add(ActionId::TrackerToggleHidden);
    add(ActionId::TrackerAlias);
    add(ActionId::TrackerAddCombatants);
    add(ActionId::TrackerRemove);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

} // namespace dnd::gui
