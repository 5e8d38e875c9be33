#pragma once

#include "util/Result.h"

#include <QFrame>

class QLabel;

namespace dnd {
class LocalStore;
}

namespace dnd::gui {

// A bar across the top of the window while the DM's changes cannot be saved. It says why (a full
// disk, a read-only file, a file another program holds locked), that what was saved before is
// safe, and what to do; it goes away by itself at the next change that saves. A file that could
// not be written at start (opened read-only) is shown from the start and stays until a restart. Problems of
// the change itself (a rule it breaks) are not the file's and leave the bar alone.
class StoreProblemBanner : public QFrame {
    Q_OBJECT
public:
    explicit StoreProblemBanner(LocalStore& store, QWidget* parent = nullptr);
    ~StoreProblemBanner() override;

    QString message() const;
    // The code of the failure shown (util/ErrorCodes.h); empty while saving works.
    QString problemCode() const { return m_code; }

signals:
    // Saving failed for a reason of the file or the disk; the bar shows it.
    void savingFailed(const QString& message);
    // A change saved again after a failure; the bar is gone.
    void savingWorksAgain();

private:
    void commitFinished(const Status& outcome);
    void showProblem(const QString& code, const QString& text, const QString& detail);

    LocalStore& m_store;
    int m_listener = 0;
    QLabel* m_text = nullptr;
    QString m_code;
};

} // namespace dnd::gui
