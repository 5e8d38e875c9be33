#include "widgets/StoreProblemBanner.h"

#include "store/LocalStore.h"
#include "util/ErrorCodes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QStyle>

namespace dnd::gui {

StoreProblemBanner::StoreProblemBanner(LocalStore& store, QWidget* parent) : QFrame(parent), m_store(store)
{
    setObjectName(QStringLiteral("storeProblem"));
    setAccessibleName(tr("Saving problem"));
    setFrameShape(QFrame::StyledPanel);
    // Warning colours that read in the light and the dark theme alike.
    setStyleSheet(QStringLiteral("#storeProblem { background: #fff3cd; border: 1px solid #d39e00; }"
                                 "#storeProblem QLabel { color: #3d2c00; }"));
    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("storeProblemText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();

    // The store outlives the window in the application, but not always in tests: the listener is
    // removed with the bar.
    QPointer<StoreProblemBanner> self(this);
    m_listener = m_store.addCommitOutcomeListener([self](const Status& outcome) {
        if (self)
            self->commitFinished(outcome);
    });
    // A file opened read-only because it cannot be written is said from the start, before the
    // DM tries a change.
    if (const std::optional<Error>& protection = m_store.database().writeProtection())
        showProblem(protection->code, protection->message, protection->message);
}

StoreProblemBanner::~StoreProblemBanner()
{
    m_store.removeCommitOutcomeListener(m_listener);
}

QString StoreProblemBanner::message() const
{
    return m_code.isEmpty() ? QString() : m_text->text();
}

void StoreProblemBanner::commitFinished(const Status& outcome)
{
    if (outcome) {
        if (!m_code.isEmpty()) {
            m_code.clear();
            hide();
            emit savingWorksAgain();
        }
        return;
    }
    const QString code = outcome.error().code;
    const QString safe = tr("Everything saved before it is safe.");
    QString text;
    if (code == codes::kDbFull)
        text = tr("The disk is full: your last change was not saved. %1 Free some space on the disk that "
                  "holds the data folder, then make the change again.")
                   .arg(safe);
    else if (code == codes::kDbReadOnlyFile && m_store.database().writeProtection())
        text = tr("Your last change was not saved: the data file is open read-only. %1")
                   .arg(outcome.errorMessage());
    else if (code == codes::kDbReadOnlyFile)
        text = tr("The data file is read-only: your last change was not saved. %1 Make the file and its "
                  "folder writable again, then make the change again.")
                   .arg(safe);
    else if (code == codes::kDbBusy)
        text = tr("Another program holds the data file locked (another copy of the tracker, or a backup "
                  "or sync tool): your last change was not saved. %1 Close that program or wait for it, "
                  "then make the change again.")
                   .arg(safe);
    else if (code == codes::kDbIo || code == codes::kDbUnreadable || code == codes::kDbCorrupt)
        text = tr("Your last change could not be written to the data file. %1 Check the data folder, "
                  "then make the change again. (%2)")
                   .arg(safe, outcome.errorMessage());
    else
        return; // the change itself was refused: the page that made it says why
    showProblem(code, text, outcome.errorMessage());
    emit savingFailed(text);
}

void StoreProblemBanner::showProblem(const QString& code, const QString& text, const QString& detail)
{
    m_code = code;
    m_text->setText(text);
    setToolTip(detail);
    show();
}

} // namespace dnd::gui
