#pragma once

#include "util/Result.h"

#include <QImage>
#include <QList>

namespace dnd::gui {

// A QR code of a text, encoded by libqrencode: the square grid of modules (true = dark) and a
// picture of it for the screen, with the quiet zone scanners need around it.
class QrCode {
public:
    // Modules of light border a scanner needs on each side (the standard's minimum).
    static constexpr int kQuietZone = 4;

    // Byte mode, error correction level M (a phone still reads it with a smudge on the screen).
    static Result<QrCode> encode(const QString& text);

    int width() const { return m_width; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_width + x); }
    // Black modules on white, each `moduleSize` pixels, with the quiet zone.
    QImage image(int moduleSize) const;

private:
    int m_width = 0;
    QList<bool> m_modules; // row by row
};

} // namespace dnd::gui
