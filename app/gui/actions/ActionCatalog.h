#pragma once

#include <QAction>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

namespace dnd::gui {

class AppSettings;

// Every command of the application as a QAction with a stable id, a group for the menus and the
// cheat sheet, and a default shortcut the DM may rebind (stored in the settings).
class ActionCatalog : public QObject {
    Q_OBJECT
public:
    struct Entry {
        QString id;
        QString group; // translated menu / cheat sheet heading
        QAction* action = nullptr;
        QKeySequence defaultShortcut;
    };

    ActionCatalog(AppSettings& settings, QObject* parent = nullptr);

    QAction* action(const QString& id) const;
    const QList<Entry>& entries() const { return m_entries; }
    QStringList groups() const;

    // Rebinds and stores; an empty sequence removes the shortcut. Returns the id of another action
    // that already used the sequence (and lost it), or an empty string.
    QString rebind(const QString& id, const QKeySequence& sequence);
    void resetToDefault(const QString& id);

private:
    void add(const QString& id, const QString& group, const QString& text, const QKeySequence& shortcut,
             const QString& statusTip = {});
    void applyStored();

    AppSettings& m_settings;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
};

} // namespace dnd::gui
