#pragma once

#include "store/DataLocation.h"
#include "store/LocalStore.h"

#include <QFutureWatcher>
#include <functional>
#include <memory>

class QWidget;

namespace dnd::gui {

// The store from the application's start to its exit: applies a restore the DM asked for, opens the
// file with its page check running in the background, installs the bundled bestiary, tells the DM
// when the check finds damage (offering the newest backup), and on the way out either restores that
// backup and starts the application again or makes the daily backup.
class AppStartup {
public:
    // Exit codes: the store could not be used; the event loop's code when the DM chose to restore.
    static constexpr int kStoreUnusable = 3;
    static constexpr int kRestoreAndRestart = 75;

    // `restart` starts the application again after a restore (by default this executable with the
    // same arguments).
    explicit AppStartup(DataLocation location, const Clock& clock = SystemClock::instance(),
                        std::function<void()> restart = {});

    // Applies a pending restore, opens the store and installs the bestiary; each problem is shown to
    // the DM. False when there is no store to run with (the reason was shown).
    bool openStore();
    LocalStore* store() const { return m_store.get(); }

    // When the background check finds damage, reports it over `parent`; choosing the restore ends
    // the event loop with kRestoreAndRestart. Nothing is written meanwhile: writes wait for the check.
    void watchVerification(QWidget* parent);

    // After the event loop ended with `eventLoopCode` (the window is closed): the process's exit
    // code. A damaged file is never backed up; it is replaced by the newest backup (kept beside it,
    // renamed) and the application restarted when the DM chose so.
    int finish(int eventLoopCode);

private:
    void reportDamage(const Status& check, QWidget* parent);

    DataLocation m_location;
    const Clock& m_clock;
    std::function<void()> m_restart;
    std::unique_ptr<LocalStore> m_store;
    QFutureWatcher<Status> m_check;
};

} // namespace dnd::gui
