#include "actions/ActionCatalog.h"

#include "settings/AppSettings.h"

namespace dnd::gui {

ActionCatalog::ActionCatalog(AppSettings& settings, QObject* parent) : QObject(parent), m_settings(settings)
{
    const QString file = tr("File");
    add(QStringLiteral("file.newParty"), file, tr("New &Party"), QKeySequence(tr("Ctrl+Shift+N")));
    add(QStringLiteral("file.newEncounter"), file, tr("New &Encounter"), QKeySequence(tr("Ctrl+N")));
    add(QStringLiteral("file.import"), file, tr("&Import..."), QKeySequence(tr("Ctrl+O")),
        tr("Import creatures, characters or encounters from the tracker's own export, 5e-database, Open5e, "
           "Improved Initiative or D&D Beyond files"));
    add(QStringLiteral("file.exampleContent"), file, tr("Add E&xample Party and Encounter"), QKeySequence());
    add(QStringLiteral("file.account"), file, tr("&Account and Sync..."), QKeySequence(tr("Ctrl+Shift+A")),
        tr("Sign in to keep your data in step on every device, and see how sync stands"));
    add(QStringLiteral("file.syncNow"), file, tr("S&ync Now"), QKeySequence(tr("F5")));
    add(QStringLiteral("file.settings"), file, tr("&Settings..."), QKeySequence(tr("Ctrl+,")));
    add(QStringLiteral("file.quit"), file, tr("&Quit"), QKeySequence(tr("Ctrl+Q")));

    const QString edit = tr("Edit");
    add(QStringLiteral("edit.undo"), edit, tr("&Undo"), QKeySequence(tr("Ctrl+Z")));
    add(QStringLiteral("edit.redo"), edit, tr("&Redo"), QKeySequence(tr("Ctrl+Shift+Z")));
    add(QStringLiteral("edit.find"), edit, tr("&Find"), QKeySequence(tr("Ctrl+F")),
        tr("Focus the search field of the current page"));

    const QString view = tr("View");
    add(QStringLiteral("view.parties"), view, tr("&Parties"), QKeySequence(tr("Ctrl+1")));
    add(QStringLiteral("view.bestiary"), view, tr("&Bestiary"), QKeySequence(tr("Ctrl+2")));
    add(QStringLiteral("view.encounters"), view, tr("&Encounters"), QKeySequence(tr("Ctrl+3")));
    add(QStringLiteral("view.tracker"), view, tr("&Tracker"), QKeySequence(tr("Ctrl+4")));
    add(QStringLiteral("view.playerDisplay"), view, tr("Player &Display"), QKeySequence(tr("Ctrl+Shift+P")),
        tr("Open or close the window for the players"));
    add(QStringLiteral("view.playerFullScreen"), view, tr("Player Display &Full Screen"),
        QKeySequence(tr("Ctrl+Shift+F")));

    const QString tracker = tr("Combat");
    add(QStringLiteral("tracker.start"), tracker, tr("&Start Combat"), QKeySequence(tr("Ctrl+Shift+S")));
    add(QStringLiteral("tracker.end"), tracker, tr("&End Combat"), QKeySequence(tr("Ctrl+Shift+E")));
    add(QStringLiteral("tracker.rollInitiative"), tracker, tr("Roll &Initiative"),
        QKeySequence(tr("Ctrl+I")));
    add(QStringLiteral("tracker.next"), tracker, tr("&Next Turn"), QKeySequence(Qt::Key_PageDown));
    add(QStringLiteral("tracker.previous"), tracker, tr("&Previous Turn"), QKeySequence(Qt::Key_PageUp));
    add(QStringLiteral("tracker.damage"), tracker, tr("&Damage..."), QKeySequence(tr("Ctrl+D")),
        tr("Type an amount and press Enter to damage the selection"));
    add(QStringLiteral("tracker.heal"), tracker, tr("&Heal..."), QKeySequence(tr("Ctrl+H")));
    add(QStringLiteral("tracker.tempHp"), tracker, tr("&Temporary HP..."), QKeySequence(tr("Ctrl+T")));
    add(QStringLiteral("tracker.addCondition"), tracker, tr("Add &Condition..."), QKeySequence(tr("Ctrl+K")));
    add(QStringLiteral("tracker.toggleHidden"), tracker, tr("Toggle &Hidden"),
        QKeySequence(tr("Ctrl+Shift+H")));
    add(QStringLiteral("tracker.concentration"), tracker, tr("Toggle C&oncentration"),
        QKeySequence(tr("Ctrl+Shift+C")));
    add(QStringLiteral("tracker.deathSave"), tracker, tr("Roll Death &Save"),
        QKeySequence(tr("Ctrl+Shift+D")));
    add(QStringLiteral("tracker.reaction"), tracker, tr("Toggle &Reaction Used"), QKeySequence(tr("Ctrl+R")));
    add(QStringLiteral("tracker.legendary"), tracker, tr("Use &Legendary Action"),
        QKeySequence(tr("Ctrl+L")));
    add(QStringLiteral("tracker.legendaryResistance"), tracker, tr("Use Legendary Re&sistance"),
        QKeySequence(tr("Ctrl+Shift+L")));
    add(QStringLiteral("tracker.setInitiative"), tracker, tr("Type Initiati&ve..."),
        QKeySequence(tr("Ctrl+Shift+I")), tr("Edit the Init cell of the selected combatant"));
    add(QStringLiteral("tracker.rollSelected"), tracker, tr("Roll Initiative for Selection"),
        QKeySequence(tr("Ctrl+Alt+I")));
    add(QStringLiteral("tracker.rollAdvantage"), tracker, tr("Roll Initiative with Advantage"),
        QKeySequence(tr("Ctrl+Alt+A")));
    add(QStringLiteral("tracker.rollDisadvantage"), tracker, tr("Roll Initiative with Disadvantage"),
        QKeySequence(tr("Ctrl+Alt+D")));
    add(QStringLiteral("tracker.rollTakeTen"), tracker, tr("Take 10 on Initiative"),
        QKeySequence(tr("Ctrl+Alt+T")));
    add(QStringLiteral("tracker.moveUp"), tracker, tr("Move Up Among Ties"), QKeySequence(tr("Alt+Up")),
        tr("Combatants with the same initiative can be reordered"));
    add(QStringLiteral("tracker.moveDown"), tracker, tr("Move Down Among Ties"),
        QKeySequence(tr("Alt+Down")));
    add(QStringLiteral("tracker.maxHp"), tracker, tr("Set Maximum &HP..."), QKeySequence(tr("Ctrl+M")));
    add(QStringLiteral("tracker.recharge"), tracker, tr("Use Rechar&ge Ability"),
        QKeySequence(tr("Ctrl+Shift+G")), tr("Use the first ready recharge ability of the selection"));
    add(QStringLiteral("tracker.remove"), tracker, tr("Re&move Combatant"), QKeySequence(tr("Ctrl+Del")));
    add(QStringLiteral("tracker.exportLog"), tracker, tr("E&xport Combat Log..."), QKeySequence());

    const QString help = tr("Help");
    add(QStringLiteral("help.cheatSheet"), help, tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1));
    add(QStringLiteral("help.userGuide"), help, tr("&User Guide"), QKeySequence());
    add(QStringLiteral("help.about"), help, tr("&About"), QKeySequence());

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
