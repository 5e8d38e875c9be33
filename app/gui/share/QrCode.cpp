#include "share/QrCode.h"

#include "GuiErrorCodes.h"

#include <QCoreApplication>
#include <QPainter>
#include <memory>
#include <qrencode.h>

namespace dnd::gui {

Result<QrCode> QrCode::encode(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    // Version 0 lets libqrencode pick the smallest symbol that holds the text.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!symbol)
        return Error::make(errors::kQrCodeFailed,
                           QCoreApplication::translate("QrCode", "The link is too long for a QR code."));
    QrCode code;
    code.m_width = symbol->width;
    code.m_modules.reserve(qsizetype(symbol->width) * symbol->width);
    for (int i = 0; i < symbol->width * symbol->width; ++i)
        code.m_modules.append((symbol->data[i] & 1) != 0); // bit 0 is the module's colour
    return code;
}

QImage QrCode::image(int moduleSize) const
{
    const int side = (m_width + 2 * kQuietZone) * moduleSize;
    QImage picture(side, side, QImage::Format_RGB32);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    for (int y = 0; y < m_width; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (isDark(x, y))
                painter.fillRect((x + kQuietZone) * moduleSize, (y + kQuietZone) * moduleSize, moduleSize,
                                 moduleSize, Qt::black);
        }
    }
    return picture;
}

} // namespace dnd::gui
