#include "actions/ActionCatalog.h"

#include "actions/ActionIds.h"
#include "settings/AppSettings.h"

namespace dnd::gui {

ActionCatalog::ActionCatalog(AppSettings& settings, QObject* parent) : QObject(parent), m_settings(settings)
{
    const QString file = tr("File");
    add(ActionId::FileNewParty, file, tr("New &Party"), QKeySequence(tr("Ctrl+Shift+N")));
    add(ActionId::FileNewEncounter, file, tr("New &Encounter"), QKeySequence(tr("Ctrl+N")));
    add(ActionId::FileImport, file, tr("&Import..."), QKeySequence(tr("Ctrl+O")),
        tr("Import creatures, characters or encounters from the tracker's own export, 5e-database, Open5e, "
           "Improved Initiative or D&D Beyond files"));
    add(ActionId::FileExport, file, tr("Expo&rt..."), QKeySequence(tr("Ctrl+E")),
        tr("Write everything, or the selected party or encounter, to a file of the tracker's own format or "
           "Improved Initiative's"));
    add(ActionId::FileExampleContent, file, tr("Add E&xample Party and Encounter"), QKeySequence());
    add(ActionId::FileAccount, file, tr("&Account and Sync..."), QKeySequence(tr("Ctrl+Shift+A")),
        tr("Sign in to keep your data in step on every device, and see how sync stands"));
    add(ActionId::FileSyncNow, file, tr("S&ync Now"), QKeySequence(tr("F5")));
    add(ActionId::FileSettings, file, tr("&Settings..."), QKeySequence(tr("Ctrl+,")));
    add(ActionId::FileQuit, file, tr("&Quit"), QKeySequence(tr("Ctrl+Q")));

    const QString edit = tr("Edit");
    add(ActionId::EditUndo, edit, tr("&Undo"), QKeySequence(tr("Ctrl+Z")));
    add(ActionId::EditRedo, edit, tr("&Redo"), QKeySequence(tr("Ctrl+Shift+Z")));
    add(ActionId::EditFind, edit, tr("&Find"), QKeySequence(tr("Ctrl+F")),
        tr("Focus the search field of the current page"));

    const QString view = tr("View");
    add(ActionId::ViewParties, view, tr("&Parties"), QKeySequence(tr("Ctrl+1")));
    add(ActionId::ViewBestiary, view, tr("&Bestiary"), QKeySequence(tr("Ctrl+2")));
    add(ActionId::ViewEncounters, view, tr("&Encounters"), QKeySequence(tr("Ctrl+3")));
    add(ActionId::ViewTracker, view, tr("&Tracker"), QKeySequence(tr("Ctrl+4")));
    add(ActionId::ViewPlayerDisplay, view, tr("Player &Display"), QKeySequence(tr("Ctrl+Shift+P")),
        tr("Open or close the window for the players"));
    add(ActionId::ViewPlayerFullScreen, view, tr("Player Display &Full Screen"),
        QKeySequence(tr("Ctrl+Shift+F")));

    const QString tracker = tr("Combat");
    add(ActionId::TrackerStart, tracker, tr("&Start Combat"), QKeySequence(tr("Ctrl+Shift+S")));
    add(ActionId::TrackerEnd, tracker, tr("&End Combat"), QKeySequence(tr("Ctrl+Shift+E")));
    add(ActionId::TrackerPause, tracker, tr("Pa&use or Resume Combat"), QKeySequence(tr("Ctrl+Shift+B")),
        tr("A break: the clock and the turn keys wait until you resume"));
    add(ActionId::TrackerRollInitiative, tracker, tr("Roll &Initiative"), QKeySequence(tr("Ctrl+I")));
    add(ActionId::TrackerNext, tracker, tr("&Next Turn"), QKeySequence(Qt::Key_PageDown));
    add(ActionId::TrackerPrevious, tracker, tr("&Previous Turn"), QKeySequence(Qt::Key_PageUp));
    add(ActionId::TrackerDamage, tracker, tr("&Damage..."), QKeySequence(tr("Ctrl+D")),
        tr("Type an amount and press Enter to damage the selection"));
    add(ActionId::TrackerHeal, tracker, tr("&Heal..."), QKeySequence(tr("Ctrl+H")));
    add(ActionId::TrackerTempHp, tracker, tr("&Temporary HP..."), QKeySequence(tr("Ctrl+T")));
    add(ActionId::TrackerAddCondition, tracker, tr("Add &Condition..."), QKeySequence(tr("Ctrl+K")));
    add(ActionId::TrackerToggleHidden, tracker, tr("Toggle &Hidden"), QKeySequence(tr("Ctrl+Shift+H")));
    add(ActionId::TrackerConcentration, tracker, tr("Toggle C&oncentration"),
        QKeySequence(tr("Ctrl+Shift+C")));
    add(ActionId::TrackerDeathSave, tracker, tr("Roll Death &Save"), QKeySequence(tr("Ctrl+Shift+D")));
    add(ActionId::TrackerReaction, tracker, tr("Toggle &Reaction Used"), QKeySequence(tr("Ctrl+R")));
    add(ActionId::TrackerLegendary, tracker, tr("Use &Legendary Action"), QKeySequence(tr("Ctrl+L")));
    add(ActionId::TrackerLegendaryResistance, tracker, tr("Use Legendary Re&sistance"),
        QKeySequence(tr("Ctrl+Shift+L")));
    add(ActionId::TrackerSetInitiative, tracker, tr("Type Initiati&ve..."), QKeySequence(tr("Ctrl+Shift+I")),
        tr("Edit the Init cell of the selected combatant"));
    add(ActionId::TrackerRollSelected, tracker, tr("Roll Initiative for Selection"),
        QKeySequence(tr("Ctrl+Alt+I")));
    add(ActionId::TrackerRollAdvantage, tracker, tr("Roll Initiative with Advantage"),
        QKeySequence(tr("Ctrl+Alt+A")));
    add(ActionId::TrackerRollDisadvantage, tracker, tr("Roll Initiative with Disadvantage"),
        QKeySequence(tr("Ctrl+Alt+D")));
    add(ActionId::TrackerRollTakeTen, tracker, tr("Take 10 on Initiative"), QKeySequence(tr("Ctrl+Alt+T")));
    add(ActionId::TrackerMoveUp, tracker, tr("Move Up Among Ties"), QKeySequence(tr("Alt+Up")),
        tr("Combatants with the same initiative can be reordered"));
    add(ActionId::TrackerMoveDown, tracker, tr("Move Down Among Ties"), QKeySequence(tr("Alt+Down")));
    add(ActionId::TrackerMaxHp, tracker, tr("Set Maximum &HP..."), QKeySequence(tr("Ctrl+M")));
    add(ActionId::TrackerRecharge, tracker, tr("Use Rechar&ge Ability"), QKeySequence(tr("Ctrl+Shift+G")),
        tr("Use the first ready recharge ability of the selection"));
    add(ActionId::TrackerLongRest, tracker, tr("New Da&y / Long Rest..."), QKeySequence(tr("Ctrl+Alt+R")),
        tr("Everyone in the open encounter, or the selected party on the Parties page, finishes a long "
           "rest"));
    add(ActionId::TrackerAddCombatants, tracker, tr("&Add Combatants..."), QKeySequence(tr("Ctrl+Ins")),
        tr("Add monsters from the bestiary or a blank creature, also during a fight"));
    add(ActionId::TrackerAlias, tracker, tr("Set A&lias..."), QKeySequence(tr("Ctrl+Shift+R")),
        tr("The name the players see for the selected combatant"));
    add(ActionId::TrackerRemove, tracker, tr("Re&move Combatant"), QKeySequence(tr("Ctrl+Del")));
    add(ActionId::TrackerChooseSource, tracker, tr("Acting Com&batant..."), QKeySequence(tr("Ctrl+B")),
        tr("Who deals the damage, heals or puts on the condition, as the combat log credits it"));
    add(ActionId::TrackerExportLog, tracker, tr("E&xport Combat Log..."), QKeySequence());
    add(ActionId::TrackerShare, tracker, tr("Share &with Players..."), QKeySequence(tr("Ctrl+Shift+W")),
        tr("A link and QR code the players open on their phones to follow the open encounter live"));
    add(ActionId::TrackerDiscord, tracker, tr("Post to &Discord..."), QKeySequence(tr("Ctrl+Shift+K")),
        tr("Link a Discord channel: the service posts the open encounter's fight there"));

    const QString help = tr("Help");
    add(ActionId::HelpCheatSheet, help, tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1));
    add(ActionId::HelpUserGuide, help, tr("&User Guide"), QKeySequence());
    add(ActionId::HelpAbout, help, tr("&About"), QKeySequence());

    m_index.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_index.insert(m_entries[i].id, i);
    applyStored();
}

void ActionCatalog::add(const QString& id, const QString& group, const QString& text,
                        const QKeySequence& shortcut, const QString& statusTip)
{
    auto* action = new QAction(text, this);
    action->setObjectName(id);
    action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    // Shortcuts work wherever the focus is inside the window that holds the action.
    action->setShortcutContext(Qt::WindowShortcut);
    m_entries.append({id, group, action, shortcut});
}

void ActionCatalog::applyStored()
{
    for (Entry& entry : m_entries) {
        if (std::optional<QKeySequence> stored = m_settings.shortcut(entry.id))
            entry.action->setShortcut(*stored);
    }
}

QAction* ActionCatalog::action(const QString& id) const
{
    auto found = m_index.constFind(id);
    return found == m_index.constEnd() ? nullptr : m_entries[*found].action;
}

QStringList ActionCatalog::groups() const
{
    QStringList result;
    for (const Entry& entry : m_entries) {
        if (!result.contains(entry.group))
            result.append(entry.group);
    }
    return result;
}

QString ActionCatalog::rebind(const QString& id, const QKeySequence& sequence)
{
    QAction* target = action(id);
    if (!target)
        return {};
    QString displaced;
    if (!sequence.isEmpty()) {
        for (Entry& other : m_entries) {
            if (other.id != id && other.action->shortcut() == sequence) {
                other.action->setShortcut(QKeySequence());
                m_settings.setShortcut(other.id, QKeySequence());
                displaced = other.id;
            }
        }
    }
    target->setShortcut(sequence);
    m_settings.setShortcut(id, sequence);
    return displaced;
}

void ActionCatalog::resetToDefault(const QString& id)
{
    const auto found = m_index.constFind(id);
    if (found == m_index.constEnd())
        return;
    Entry& entry = m_entries[*found];
    entry.action->setShortcut(entry.defaultShortcut);
    m_settings.resetShortcut(id);
}

} // namespace dnd::gui
