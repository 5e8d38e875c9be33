#include "parties/PartiesPage.h"

#include "UndoHistory.h"
#include "parties/CharacterForm.h"
#include "parties/CharacterModel.h"
#include "parties/PartyDialog.h"
#include "parties/PartyListModel.h"
#include "rules/LongRest.h"
#include "settings/AppSettings.h"
#include "widgets/ListPageParts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dnd::gui {

using ListPageParts::button;

PartiesPage::PartiesPage(LocalStore& store, UndoHistory& history, const AppSettings& settings,
                         QWidget* parent)
    : QWidget(parent), m_store(store), m_history(history), m_settings(settings)
{
    m_parties = new PartyListModel(store, this);
    m_characters = new CharacterModel(store, this);

    QWidget* empty = buildEmptyState();
    QWidget* left = buildPartyColumn();
    QWidget* right = buildCharacterColumn();
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);

    m_stack = new QStackedWidget;
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    setTabOrder(m_partyView, m_showArchived);
    setTabOrder(m_showArchived, m_newParty);
    setTabOrder(m_newParty, m_editParty);
    setTabOrder(m_editParty, m_archiveParty);
    setTabOrder(m_archiveParty, m_deleteParty);
    setTabOrder(m_deleteParty, m_characterView);
    setTabOrder(m_characterView, m_newCharacter);
    setTabOrder(m_newCharacter, m_editCharacter);
    setTabOrder(m_editCharacter, m_deleteCharacter);

    connectSignals();
    reload();
}

QWidget* PartiesPage::buildEmptyState()
{
    // The empty state: what to do first, in one sentence, with the two ways to start.
    auto* empty = new QWidget;
    auto* emptyLayout = new QVBoxLayout(empty);
    auto* emptyText = new QLabel(tr("<h2>No parties yet</h2><p>A party holds the player characters you run "
                                    "encounters for. Create one, or add an example party with a ready "
                                    "encounter to try a fight right away.</p>"));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto* emptyNew = button(tr("Create a Party"), QStringLiteral("emptyNewParty"));
    auto* emptyExample = button(tr("Add Example Party and Encounter"), QStringLiteral("emptyExample"));
    connect(emptyNew, &QPushButton::clicked, this, &PartiesPage::newParty);
    connect(emptyExample, &QPushButton::clicked, this, &PartiesPage::exampleRequested);
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(emptyNew);
    emptyButtons->addWidget(emptyExample);
    emptyButtons->addStretch();
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch();
    return empty;
}

QWidget* PartiesPage::buildPartyColumn()
{
    // Party list on the left.
    m_partyView = new QListView;
    m_partyView->setObjectName(QStringLiteral("partyList"));
    m_partyView->setAccessibleName(tr("Parties"));
    m_partyView->setModel(m_parties);
    m_partyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_showArchived = new QCheckBox(tr("Show &archived"));
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    m_newParty = button(tr("&New Party"), QStringLiteral("newParty"));
    m_editParty = button(tr("&Edit"), QStringLiteral("editParty"));
    m_archiveParty = button(tr("Arc&hive"), QStringLiteral("archiveParty"));
    m_deleteParty = button(tr("Delete"), QStringLiteral("deleteParty"));
    auto* partyButtons = new QGridLayout;
    partyButtons->addWidget(m_newParty, 0, 0);
    partyButtons->addWidget(m_editParty, 0, 1);
    partyButtons->addWidget(m_archiveParty, 1, 0);
    partyButtons->addWidget(m_deleteParty, 1, 1);
    return ListPageParts::listColumn(tr("&Parties"), m_partyView, partyButtons, {m_showArchived});
}

QWidget* PartiesPage::buildCharacterColumn()
{
    // Characters of the selected party on the right.
    m_partyTitle = new QLabel;
    m_partyTitle->setObjectName(QStringLiteral("partyTitle"));
    QFont titleFont = m_partyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_partyTitle->setFont(titleFont);
    m_characterView = new QTableView;
    m_characterView->setObjectName(QStringLiteral("characterTable"));
    m_characterView->setAccessibleName(tr("Characters"));
    m_characterView->setModel(m_characters);
    ListPageParts::setUpRecordTable(m_characterView);
    m_newCharacter = button(tr("&Add Character"), QStringLiteral("newCharacter"));
    m_editCharacter = button(tr("Edit &Character"), QStringLiteral("editCharacter"));
    m_deleteCharacter = button(tr("&Remove Character"), QStringLiteral("deleteCharacter"));
    // The same command as Combat > New Day / Long Rest, where the party's characters are.
    m_longRest = button(tr("Long Re&st"), QStringLiteral("longRest"));
    m_longRest->setToolTip(tr("Every character of this party finishes a long rest: full hit points, no "
                              "temporary hit points, spent hit dice back by the rule set in the settings"));
    auto* characterButtons = new QHBoxLayout;
    characterButtons->addWidget(m_newCharacter);
    characterButtons->addWidget(m_editCharacter);
    characterButtons->addWidget(m_deleteCharacter);
    characterButtons->addStretch();
    characterButtons->addWidget(m_longRest);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_partyTitle);
    rightLayout->addWidget(m_characterView);
    rightLayout->addLayout(characterButtons);
    return right;
}

void PartiesPage::connectSignals()
{
    connect(m_newParty, &QPushButton::clicked, this, &PartiesPage::newParty);
    connect(m_editParty, &QPushButton::clicked, this, &PartiesPage::editParty);
    connect(m_archiveParty, &QPushButton::clicked, this, &PartiesPage::toggleArchived);
    connect(m_deleteParty, &QPushButton::clicked, this, &PartiesPage::deleteParty);
    connect(m_newCharacter, &QPushButton::clicked, this, &PartiesPage::newCharacter);
    connect(m_editCharacter, &QPushButton::clicked, this, &PartiesPage::editCharacter);
    connect(m_deleteCharacter, &QPushButton::clicked, this, &PartiesPage::deleteCharacter);
    connect(m_longRest, &QPushButton::clicked, this, &PartiesPage::longRest);
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool show) {
        const QString current = currentPartyId();
        m_parties->setShowArchived(show);
        selectParty(current);
    });
    connect(m_partyView, &QListView::activated, this, &PartiesPage::editParty);
    connect(m_characterView, &QTableView::activated, this, &PartiesPage::editCharacter);
    connect(m_partyView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_characters->setParty(currentPartyId());
        updateButtons();
    });
    connect(m_characterView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PartiesPage::updateButtons);
    connect(&m_history, &UndoHistory::dataRestored, this, &PartiesPage::reload);
}

QString PartiesPage::currentPartyId() const
{
    const QModelIndex index = m_partyView->currentIndex();
    return index.isValid() ? index.data(PartyListModel::IdRole).toString() : QString();
}

QString PartiesPage::currentCharacterId() const
{
    const QModelIndex index = m_characterView->currentIndex();
    return index.isValid() ? m_characters->index(index.row(), 0).data(CharacterModel::IdRole).toString()
                           : QString();
}

void PartiesPage::selectParty(const QString& id)
{
    int row = m_parties->rowOf(id);
    if (row < 0 && m_parties->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_partyView->setCurrentIndex(m_parties->index(row));
    m_characters->setParty(currentPartyId());
    updateButtons();
}

void PartiesPage::reload()
{
    const QString party = currentPartyId();
    const QString character = currentCharacterId();
    m_parties->reload();
    selectParty(party);
    if (int row = m_characters->rowOf(character); row >= 0)
        m_characterView->setCurrentIndex(m_characters->index(row, 0));
    m_stack->setCurrentIndex(m_store.count(EntityKind::Party) == 0 ? 0 : 1);
    updateButtons();
}

void PartiesPage::updateButtons()
{
    const Party* party = m_parties->partyAt(m_partyView->currentIndex().row());
    const bool hasParty = party != nullptr;
    m_editParty->setEnabled(hasParty);
    m_archiveParty->setEnabled(hasParty);
    m_archiveParty->setText(hasParty && party->archived ? tr("Unarc&hive") : tr("Arc&hive"));
    m_deleteParty->setEnabled(hasParty);
    m_newCharacter->setEnabled(hasParty);
    m_longRest->setEnabled(hasParty);
    const bool hasCharacter = !currentCharacterId().isEmpty();
    m_editCharacter->setEnabled(hasCharacter);
    m_deleteCharacter->setEnabled(hasCharacter);
    m_partyTitle->setText(hasParty ? party->name : tr("Select a party"));
}

bool PartiesPage::commit(const ChangeSet& changes, const QString& text)
{
    if (Status done = m_history.commit(m_store, changes, text); !done) {
        QMessageBox::warning(this, tr("Could not save"),
                             tr("%1\n\nYour change was not saved. Check that the data folder is writable "
                                "and has free space, then try again.")
                                 .arg(done.errorMessage()));
        return false;
    }
    emit status(tr("%1. Undo with %2.")
                    .arg(text, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    return true;
}

void PartiesPage::newParty()
{
    Party party;
    party.id = LocalStore::newId();
    PartyDialog dialog(party, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    party = dialog.party();
    if (commit(ChangeSet().put(party), tr("Created party %1").arg(party.name))) {
        reload();
        selectParty(party.id);
    }
}

void PartiesPage::editParty()
{
    const Party* current = m_parties->partyAt(m_partyView->currentIndex().row());
    if (!current)
        return;
    PartyDialog dialog(*current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Party edited = dialog.party();
    if (edited == *current)
        return;
    if (commit(ChangeSet().put(edited), tr("Edited party %1").arg(edited.name)))
        reload();
}

void PartiesPage::toggleArchived()
{
    const Party* current = m_parties->partyAt(m_partyView->currentIndex().row());
    if (!current)
        return;
    Party changed = *current;
    changed.archived = !changed.archived;
    const QString text = changed.archived ? tr("Archived party %1").arg(changed.name)
                                          : tr("Unarchived party %1").arg(changed.name);
    if (commit(ChangeSet().put(changed), text))
        reload();
}

void PartiesPage::deleteParty()
{
    const Party* current = m_parties->partyAt(m_partyView->currentIndex().row());
    if (!current)
        return;
    // The party and its characters go together, and come back together on undo.
    ChangeSet changes;
    for (const Character& character : m_store.childrenOf<Character>(current->id))
        changes.remove(EntityKind::Character, character.id);
    changes.remove(EntityKind::Party, current->id);
    if (commit(changes, tr("Deleted party %1").arg(current->name)))
        reload();
}

void PartiesPage::longRest()
{
    const Party* party = m_parties->partyAt(m_partyView->currentIndex().row());
    if (!party) {
        emit status(tr("Select the party that rests first."));
        return;
    }
    ChangeSet changes;
    QStringList regained; // "Brakka regained 2 hit dice"
    for (Character character : m_store.childrenOf<Character>(party->id)) {
        const int dice = rules::LongRest::hitDiceRegained(character, m_settings.rules());
        if (!rules::LongRest::apply(character, m_settings.rules()))
            continue;
        changes.put(character);
        if (dice > 0)
            regained << tr("%1 regained %n hit dice", nullptr, dice).arg(character.name);
    }
    if (changes.isEmpty()) {
        emit status(tr("Everyone in %1 is already rested.").arg(party->name));
        return;
    }
    if (!commit(changes, tr("Long rest for %1").arg(party->name)))
        return;
    reload();
    if (!regained.isEmpty())
        emit status(tr("Long rest for %1: full hit points; %2.")
                        .arg(party->name, regained.join(QStringLiteral(", "))));
}

void PartiesPage::newCharacter()
{
    const QString partyId = currentPartyId();
    if (partyId.isEmpty())
        return;
    Character character;
    character.id = LocalStore::newId();
    character.partyId = partyId;
    CharacterForm form(character, this);
    if (form.exec() != QDialog::Accepted)
        return;
    character = form.character();
    if (commit(ChangeSet().put(character), tr("Added %1").arg(character.name))) {
        m_characters->reload();
        m_parties->reload();
        selectParty(partyId);
        m_characterView->setCurrentIndex(m_characters->index(m_characters->rowOf(character.id), 0));
    }
}

void PartiesPage::editCharacter()
{
    const Character* current = m_characters->characterAt(m_characterView->currentIndex().row());
    if (!current)
        return;
    CharacterForm form(*current, this);
    if (form.exec() != QDialog::Accepted)
        return;
    const Character edited = form.character();
    if (edited == *current)
        return;
    if (commit(ChangeSet().put(edited), tr("Edited %1").arg(edited.name)))
        reload();
}

void PartiesPage::deleteCharacter()
{
    const Character* current = m_characters->characterAt(m_characterView->currentIndex().row());
    if (!current)
        return;
    if (commit(ChangeSet().remove(EntityKind::Character, current->id), tr("Removed %1").arg(current->name)))
        reload();
}

} // namespace dnd::gui
