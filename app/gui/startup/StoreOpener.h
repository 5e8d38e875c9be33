#pragma once

#include "store/DataLocation.h"
#include "store/LocalStore.h"

#include <memory>
#include <optional>

class QWidget;

namespace dnd::gui {

// Opens the local store for the application. When the file is damaged, unreadable or newer, it
// says so, leaves the file as it is, and offers the newest backup.
class StoreOpener {
public:
    explicit StoreOpener(DataLocation location, Database::Options options = {})
        : m_location(std::move(location)), m_options(options)
    {}
    // Applies the restore the DM asked for in the settings (see pendingRestore()), once: the request
    // is cleared whether it works or not. On failure the store file is left as it was and the error
    // says why. Call before open().
    static Status applyPendingRestore(const DataLocation& location,
                                      const Clock& clock = SystemClock::instance());
    // nullptr when the user gave up; the reason was shown already. Each damaged backup found on the
    // way is skipped and the next older one offered.
    std::unique_ptr<LocalStore> open(QWidget* parent);

private:
    DataLocation m_location;
    Database::Options m_options;
};

} // namespace dnd::gui
