#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace dnd::gui {

class MainWindow;

// Puts the real application into a fight worth showing (the example encounter, a few rounds in,
// with damage, a condition and a hidden ambusher) and saves PNG files of it for the user guide:
// the initiative form at Start Combat, the tracker (also paused, and with the By: list open) and
// the player display, Add Combatants, the encounter builder, Create Account, Forgot Password,
// File > Export, then the long rest's question, End Combat's question and summary, the rest
// after the fight, and the party's rest on the Parties page (hit dice back). Used by scripts/screenshots.sh;
// the names are in ScreenshotTour::imageNames().
class ScreenshotTour {
public:
    static Status run(MainWindow& window, const QString& directory);
    // The files run() writes into the directory.
    static QStringList imageNames();
};

} // namespace dnd::gui
