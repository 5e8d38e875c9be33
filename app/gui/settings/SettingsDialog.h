#pragma once

#include "store/DataLocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace dnd::gui {

class ActionCatalog;
class AppSettings;

// The preferences: rules, initiative, appearance and language, the player display, the data
// folder and its backups, and the keyboard shortcuts. Changes apply when the dialog is accepted.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings& settings, ActionCatalog& catalog, const DataLocation& location,
                   QWidget* parent = nullptr);

    void accept() override;
    QTableWidget* shortcutTable() const { return m_shortcuts; }
    QListWidget* backupList() const { return m_backups; }
    QPushButton* restoreButton() const { return m_restore; }
    // What happens to the chosen backup ("restored at the next start"), or why it cannot be used.
    QLabel* restoreState() const { return m_restoreState; }

public slots:
    // Checks the selected backup and asks (without blocking) whether to restore it at the next
    // start; a damaged backup is refused with the reason and nothing is recorded.
    void restoreSelected();

private:
    QWidget* rulesTab();
    QWidget* appearanceTab();
    QWidget* dataTab();
    QWidget* shortcutsTab();
    void reloadBackups();
    void fillShortcuts();

    AppSettings& m_settings;
    ActionCatalog& m_catalog;
    DataLocation m_location;
    QComboBox* m_rules = nullptr;
    QCheckBox* m_group = nullptr;
    QCheckBox* m_reroll = nullptr;
    QCheckBox* m_removeDefeated = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_playerHp = nullptr;
    QComboBox* m_playerTheme = nullptr;
    QLabel* m_dataFolder = nullptr;
    QListWidget* m_backups = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_restoreState = nullptr;
    QTableWidget* m_shortcuts = nullptr;
};

// The data folder chosen in the settings for the next start (empty = the default).
QString configuredDataFolder();
// A backup the DM asked to restore; applied at the next start before the store opens.
QString pendingRestore();
void clearPendingRestore();

} // namespace dnd::gui
