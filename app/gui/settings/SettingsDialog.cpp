#include "settings/SettingsDialog.h"

#include "actions/ActionCatalog.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"
#include "store/BackupManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dnd::gui {

namespace {
const QString kDataFolderKey = QStringLiteral("data/folder");
const QString kPendingRestoreKey = QStringLiteral("data/pendingRestore");
} // namespace

QString configuredDataFolder()
{
    return QSettings().value(kDataFolderKey).toString();
}
QString pendingRestore()
{
    return QSettings().value(kPendingRestoreKey).toString();
}
void clearPendingRestore()
{
    QSettings().remove(kPendingRestoreKey);
}

SettingsDialog::SettingsDialog(AppSettings& settings, ActionCatalog& catalog, const DataLocation& location,
                               QWidget* parent)
    : QDialog(parent), m_settings(settings), m_catalog(catalog), m_location(location)
{
    setWindowTitle(tr("Settings"));
    auto* tabs = new QTabWidget;
    tabs->addTab(rulesTab(), tr("&Rules"));
    tabs->addTab(appearanceTab(), tr("&Appearance"));
    tabs->addTab(dataTab(), tr("&Data"));
    tabs->addTab(shortcutsTab(), tr("&Keyboard"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(640, 560);
}

QWidget* SettingsDialog::rulesTab()
{
    auto* page = new QWidget;
    m_rules = new QComboBox;
    m_rules->setObjectName(QStringLiteral("rulesEdition"));
    m_rules->setAccessibleName(tr("Rule set"));
    m_rules->addItem(tr("2014 rules (SRD 5.1)"), rulesEditionKey(RulesEdition::Srd2014));
    m_rules->addItem(tr("2024 rules (SRD 5.2)"), rulesEditionKey(RulesEdition::Srd2024));
    m_rules->setCurrentIndex(m_settings.rules() == RulesEdition::Srd2024 ? 1 : 0);

    const InitiativeOptions options = m_settings.initiativeOptions();
    m_group = new QCheckBox(tr("Roll &one initiative for identical monsters"));
    m_group->setChecked(options.groupIdenticalCreatures);
    m_reroll = new QCheckBox(tr("Re&roll initiative every round"));
    m_reroll->setChecked(options.rerollEachRound);
    m_removeDefeated = new QCheckBox(tr("Take &defeated monsters out of the order"));
    m_removeDefeated->setChecked(options.removeDefeatedCreatures);
    auto* ties =
        new QLabel(tr("Ties on the initiative total go to the higher initiative modifier, then the higher "
                      "Dexterity, then player characters; after that, drag combatants in the tracker "
                      "to set the order."));
    ties->setWordWrap(true);

    auto* form = new QFormLayout(page);
    form->addRow(tr("Rule &set for new encounters:"), m_rules);
    form->addRow(m_group);
    form->addRow(m_reroll);
    form->addRow(m_removeDefeated);
    form->addRow(ties);
    return page;
}

QWidget* SettingsDialog::appearanceTab()
{
    auto* page = new QWidget;
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), themeKey(Theme::System));
    m_theme->addItem(tr("Light"), themeKey(Theme::Light));
    m_theme->addItem(tr("Dark"), themeKey(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(themeKey(m_settings.theme())));

    m_language = new QComboBox;
    m_language->setAccessibleName(tr("Language"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    // Every translation the program carries (dnd-tracker_de.qm ...), named in its own language;
    // the chosen one is installed at the next start.
    for (const QString& code : Translations::available()) {
        const QString name = QLocale(code).nativeLanguageName();
        m_language->addItem(name.left(1).toUpper() + name.mid(1), code);
    }
    m_language->setToolTip(tr("Takes effect when the application starts next."));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));

    m_playerHp = new QComboBox;
    m_playerHp->setObjectName(QStringLiteral("playerHpMode"));
    m_playerHp->setAccessibleName(tr("Player characters' hit points on the player display"));
    m_playerHp->addItem(tr("As words (Healthy, Hurt, Bloodied)"));
    m_playerHp->addItem(tr("As numbers"));
    m_playerHp->setCurrentIndex(m_settings.playerHpMode() == PlayerHpMode::Numbers ? 1 : 0);
    m_playerTheme = new QComboBox;
    m_playerTheme->setAccessibleName(tr("Player display theme"));
    m_playerTheme->addItem(tr("Dark (for a TV)"));
    m_playerTheme->addItem(tr("Light"));
    m_playerTheme->setCurrentIndex(m_settings.playerDarkTheme() ? 0 : 1);

    auto* form = new QFormLayout(page);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Player characters' &HP on the player display:"), m_playerHp);
    form->addRow(tr("Player display t&heme:"), m_playerTheme);
    auto* note = new QLabel(tr("Monsters' health is always shown to players as words only."));
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget* SettingsDialog::dataTab()
{
    auto* page = new QWidget;
    m_dataFolder = new QLabel(QDir::toNativeSeparators(m_location.directory()));
    m_dataFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataFolder->setWordWrap(true);
    auto* choose = new QPushButton(tr("&Change Folder..."));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Data Folder"), m_location.directory());
        if (folder.isEmpty())
            return;
        QSettings().setValue(kDataFolderKey, folder);
        m_dataFolder->setText(tr("%1 (from the next start)").arg(QDir::toNativeSeparators(folder)));
    });

    m_backups = new QListWidget;
    m_backups->setObjectName(QStringLiteral("backupList"));
    m_backups->setAccessibleName(tr("Backups"));
    m_restore = new QPushButton(tr("&Restore Selected..."));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    connect(m_restore, &QPushButton::clicked, this, &SettingsDialog::restoreSelected);
    m_restoreState = new QLabel;
    m_restoreState->setObjectName(QStringLiteral("restoreState"));
    m_restoreState->setWordWrap(true);
    if (const QString pending = pendingRestore(); !pending.isEmpty())
        m_restoreState->setText(tr("%1 will be restored when the application starts next.")
                                    .arg(QDir::toNativeSeparators(pending)));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addStretch();
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_dataFolder, 1);
    folderRow->addWidget(choose);
    auto* layout = new QVBoxLayout(page);
    auto* folderLabel = new QLabel(tr("Your parties, creatures and encounters are stored in:"));
    layout->addWidget(folderLabel);
    layout->addLayout(folderRow);
    auto* backupsLabel = new QLabel(tr("&Backups (made automatically once a day, newest first):"));
    backupsLabel->setBuddy(m_backups);
    layout->addWidget(backupsLabel);
    layout->addWidget(m_backups);
    layout->addLayout(buttons);
    layout->addWidget(m_restoreState);
    reloadBackups();
    return page;
}

void SettingsDialog::restoreSelected()
{
    QListWidgetItem* item = m_backups->currentItem();
    const QString path = item ? item->data(Qt::UserRole).toString() : QString();
    if (path.isEmpty()) {
        m_restoreState->setText(tr("Select a backup in the list first."));
        return;
    }
    const QString when = item->text();
    // Refuse a damaged backup now, while the DM is here, rather than at the next start.
    if (const Status sound = BackupManager::check(path); !sound) {
        const QString reason = tr("The backup from %1 cannot be restored: %2\n\nYour current data was not "
                                  "changed. Pick an older backup.")
                                   .arg(when, sound.errorMessage());
        m_restoreState->setText(reason);
        auto* refused =
            new QMessageBox(QMessageBox::Warning, tr("Restore Backup"), reason, QMessageBox::Ok, this);
        refused->setObjectName(QStringLiteral("restoreRefused"));
        refused->setAttribute(Qt::WA_DeleteOnClose);
        refused->open();
        return;
    }
    // Not exec(): the question is window-modal but leaves the event loop running.
    auto* confirm = new QMessageBox(
        QMessageBox::Question, tr("Restore Backup"),
        tr("Restore the backup from %1? The application restores it when it starts next; your current "
           "data is kept beside it, renamed, so nothing is lost. Quit and start the application again "
           "to finish.")
            .arg(when),
        QMessageBox::Yes | QMessageBox::No, this);
    confirm->setObjectName(QStringLiteral("restoreConfirmation"));
    confirm->setDefaultButton(QMessageBox::No);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, confirm, path, when] {
        if (confirm->standardButton(confirm->clickedButton()) != QMessageBox::Yes)
            return;
        QSettings().setValue(kPendingRestoreKey, path);
        m_restoreState->setText(
            tr("The backup from %1 will be restored when the application starts next.").arg(when));
    });
    confirm->open();
}

void SettingsDialog::reloadBackups()
{
    m_backups->clear();
    const BackupManager manager(m_location.backupDirectory(), SystemClock::instance());
    for (const BackupInfo& backup : manager.backups()) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(QLocale().toString(backup.createdAt.toLocalTime(), QLocale::LongFormat),
                              QLocale().formattedDataSize(backup.sizeBytes)));
        item->setData(Qt::UserRole, backup.path);
        m_backups->addItem(item);
    }
    if (m_backups->count() == 0)
        m_backups->addItem(tr("No backups yet. One is made when you quit, at most once a day."));
}

QWidget* SettingsDialog::shortcutsTab()
{
    auto* page = new QWidget;
    m_shortcuts = new QTableWidget;
    m_shortcuts->setObjectName(QStringLiteral("shortcutTable"));
    m_shortcuts->setAccessibleName(tr("Keyboard shortcuts"));
    m_shortcuts->setColumnCount(2);
    m_shortcuts->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_shortcuts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_shortcuts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_shortcuts->verticalHeader()->hide();
    auto* reset = new QPushButton(tr("Reset &All to Defaults"));
    connect(reset, &QPushButton::clicked, this, [this] {
        for (const ActionCatalog::Entry& entry : m_catalog.entries()) {
            if (auto* edit = qobject_cast<QKeySequenceEdit*>(
                    m_shortcuts->cellWidget(int(&entry - m_catalog.entries().constData()), 1)))
                edit->setKeySequence(entry.defaultShortcut);
        }
    });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        new QLabel(tr("Click a shortcut and press the new keys. A key already in use moves to the "
                      "action you give it.")));
    layout->addWidget(m_shortcuts);
    layout->addWidget(reset, 0, Qt::AlignLeft);
    fillShortcuts();
    return page;
}

void SettingsDialog::fillShortcuts()
{
    const QList<ActionCatalog::Entry>& entries = m_catalog.entries();
    m_shortcuts->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        QString text = entries[row].action->text();
        text.remove(QLatin1Char('&'));
        auto* name = new QTableWidgetItem(tr("%1: %2").arg(entries[row].group, text));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, entries[row].id);
        m_shortcuts->setItem(row, 0, name);
        auto* edit = new QKeySequenceEdit(entries[row].action->shortcut());
        edit->setObjectName(QStringLiteral("shortcut.") + entries[row].id);
        edit->setAccessibleName(tr("Shortcut for %1").arg(text));
        m_shortcuts->setCellWidget(row, 1, edit);
    }
}

void SettingsDialog::accept()
{
    m_settings.setRules(
        rulesEditionFromKey(m_rules->currentData().toString()).value_or(RulesEdition::Srd2014));
    InitiativeOptions options;
    options.groupIdenticalCreatures = m_group->isChecked();
    options.rerollEachRound = m_reroll->isChecked();
    options.removeDefeatedCreatures = m_removeDefeated->isChecked();
    m_settings.setInitiativeOptions(options);
    const QString theme = m_theme->currentData().toString();
    m_settings.setTheme(theme == QLatin1String("dark")    ? Theme::Dark
                        : theme == QLatin1String("light") ? Theme::Light
                                                          : Theme::System);
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setPlayerHpMode(m_playerHp->currentIndex() == 1 ? PlayerHpMode::Numbers : PlayerHpMode::Words);
    m_settings.setPlayerDarkTheme(m_playerTheme->currentIndex() == 0);

    const QList<ActionCatalog::Entry>& entries = m_catalog.entries();
    for (int row = 0; row < entries.size(); ++row) {
        auto* edit = qobject_cast<QKeySequenceEdit*>(m_shortcuts->cellWidget(row, 1));
        if (!edit || edit->keySequence() == entries[row].action->shortcut())
            continue;
        if (edit->keySequence() == entries[row].defaultShortcut)
            m_catalog.resetToDefault(entries[row].id);
        else
            m_catalog.rebind(entries[row].id, edit->keySequence());
    }
    QDialog::accept();
}

} // namespace dnd::gui
