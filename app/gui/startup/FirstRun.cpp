#include "startup/FirstRun.h"

#include "MainWindow.h"
#include "model/Encounter.h"
#include "model/Party.h"
#include "settings/AppSettings.h"
#include "store/LocalStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dnd::gui {

WelcomeDialog* FirstRun::greet(MainWindow& window, AppSettings& settings, LocalStore& store)
{
    if (settings.welcomeShown())
        return nullptr;
    // Only an empty store gets the example: a DM who already has parties (from sync, or an older
    // version) is greeted without anything added to their data.
    const bool empty = store.all<Party>().isEmpty() && store.all<Encounter>().isEmpty();
    if (empty) {
        window.addExampleContent();
        window.showPage(MainWindow::Page::Tracker);
    }
    settings.setWelcomeShown();
    auto* welcome = new WelcomeDialog(window, empty);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    welcome->show();
    return welcome;
}

WelcomeDialog::WelcomeDialog(MainWindow& window, bool exampleAdded) : QDialog(&window)
{
    setObjectName(QStringLiteral("welcome"));
    setWindowTitle(tr("Welcome"));
    auto* text = new QLabel;
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    QString body = tr("<h3>Welcome to the D&amp;D Encounter Tracker</h3>");
    if (exampleAdded)
        body += tr("<p>An example party and the encounter “Ambush at the Old Bridge” are open in the "
                   "tracker, so you can try a fight right away. Remove them from the Parties and "
                   "Encounters pages when you no longer need them.</p>");
    body += tr("<p>Everything works from the keyboard: press <b>F1</b> at any time to see every "
               "shortcut.</p>"
               "<p>Bring in your own creatures and characters with <b>File &gt; Import</b> (exports of "
               "this tracker, 5e-database, Open5e, Improved Initiative and D&amp;D Beyond).</p>"
               "<p>Your data stays on this computer. An account (<b>File &gt; Account and Sync</b>) "
               "keeps several computers in step.</p>");
    text->setText(body);

    m_shortcuts = new QPushButton(tr("Keyboard Shortcuts (F1)"));
    m_import = new QPushButton(tr("Import a File..."));
    m_account = new QPushButton(tr("Account and Sync..."));
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_shortcuts, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_account, QDialogButtonBox::ActionRole);
    QPushButton* start = buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    // Each button closes the welcome first, so what it opens is not hidden behind it.
    const auto closeThen = [this](void (MainWindow::*open)(), MainWindow* target) {
        return [this, open, target] {
            accept();
            (target->*open)();
        };
    };
    connect(m_shortcuts, &QPushButton::clicked, this, closeThen(&MainWindow::showCheatSheet, &window));
    connect(m_import, &QPushButton::clicked, this, closeThen(&MainWindow::chooseFileToImport, &window));
    connect(m_account, &QPushButton::clicked, this, closeThen(&MainWindow::showAccount, &window));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace dnd::gui
