#pragma once

#include "settings/AppSettings.h"

namespace dnd::gui {

// Applies the DM's theme choice to the whole application: the platform's look for System, or
// the Fusion style with a light or a dark palette.
void applyTheme(Theme theme);

} // namespace dnd::gui
