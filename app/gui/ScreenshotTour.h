#pragma once

#include "util/Result.h"

#include <QString>

namespace dnd::gui {

class MainWindow;

// Puts the real application into a fight worth showing (the example encounter, a few rounds in,
// with damage, a condition and a hidden ambusher) and saves the tracker and the player display as
// PNG files, then File > Export over it. Used by scripts/screenshots.sh for the documentation.
class ScreenshotTour {
public:
    static Status run(MainWindow& window, const QString& directory);
};

} // namespace dnd::gui
