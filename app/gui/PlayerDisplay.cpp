#include "PlayerDisplay.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
#include <QWindow>
#include <algorithm>

namespace dnd::gui {

namespace {
struct Palette {
    QColor background, text, muted, currentRow, nextRow, chip, chipText, header;
};
Palette paletteFor(bool dark)
{
    if (dark)
        return {QColor(0x12, 0x14, 0x1a), QColor(0xf2, 0xf2, 0xf2), QColor(0x9a, 0xa0, 0xab),
                QColor(0x2b, 0x4c, 0x85), QColor(0x23, 0x2a, 0x36), QColor(0x4a, 0x3a, 0x66),
                QColor(0xf2, 0xea, 0xff), QColor(0xff, 0xcc, 0x66)};
    return {QColor(0xfb, 0xfa, 0xf7), QColor(0x15, 0x15, 0x15), QColor(0x5f, 0x63, 0x68),
            QColor(0xc9, 0xdc, 0xff), QColor(0xec, 0xee, 0xf2), QColor(0xe6, 0xdc, 0xf7),
            QColor(0x2e, 0x1a, 0x52), QColor(0x8a, 0x4b, 0x00)};
}
QColor healthColor(const QString& key, bool dark)
{
    if (key == QLatin1String("healthy"))
        return dark ? QColor(0x7c, 0xd9, 0x8a) : QColor(0x1b, 0x7a, 0x34);
    if (key == QLatin1String("hurt"))
        return dark ? QColor(0xf2, 0xd2, 0x6b) : QColor(0x8a, 0x6d, 0x00);
    if (key == QLatin1String("bloodied"))
        return dark ? QColor(0xff, 0x7a, 0x6b) : QColor(0xb7, 0x1c, 0x1c);
    return dark ? QColor(0x8a, 0x8f, 0x99) : QColor(0x70, 0x70, 0x70);
}
} // namespace

PlayerDisplay::PlayerDisplay(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("playerDisplay"));
    setWindowTitle(tr("Player Display"));
    setAccessibleName(tr("Player display"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(480, 300);
    resize(1280, 720);
}

void PlayerDisplay::setBoard(const PlayerBoard& board)
{
    if (board == m_board)
        return;
    m_board = board;
    update();
}

void PlayerDisplay::setDarkTheme(bool dark)
{
    m_dark = dark;
    update();
}

void PlayerDisplay::moveToScreen(QScreen* screen)
{
    if (!screen)
        return;
    const bool full = isFullScreen();
    if (full)
        showNormal();
    if (QWindow* handle = windowHandle())
        handle->setScreen(screen);
    const QRect area = screen->availableGeometry();
    move(area.topLeft() + QPoint(40, 40));
    if (full)
        showFullScreen();
}

void PlayerDisplay::setFullScreenShown(bool fullScreen)
{
    if (fullScreen)
        showFullScreen();
    else
        showNormal();
}

void PlayerDisplay::keyPressEvent(QKeyEvent* event)
{
    // At the TV a DM can leave full screen with Escape or toggle it with F11.
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    if (event->key() == Qt::Key_F11) {
        setFullScreenShown(!isFullScreen());
        return;
    }
    QWidget::keyPressEvent(event);
}

void PlayerDisplay::closeEvent(QCloseEvent* event)
{
    emit closed();
    event->accept();
}

void PlayerDisplay::paintEvent(QPaintEvent*)
{
    const Palette colors = paletteFor(m_dark);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), colors.background);

    const int margin = std::max(12, width() / 40);
    // Type scales with the window: a header line, a now/next line, then the rows.
    const int visibleRows = std::max<qsizetype>(6, m_board.rows.size());
    const int available = height() - 2 * margin;
    const int headerHeight = std::clamp(available / 9, 28, 140);
    const int rowHeight = std::clamp(int((available - 2.2 * headerHeight) / visibleRows), 22, 120);

    QFont headerFont = font();
    headerFont.setPixelSize(int(headerHeight * 0.62));
    headerFont.setBold(true);
    painter.setFont(headerFont);
    painter.setPen(colors.header);
    QRect header(margin, margin, width() - 2 * margin, headerHeight);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(m_board.title, Qt::ElideRight, header.width() * 2 / 3));
    if (m_board.inCombat)
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, tr("Round %1").arg(m_board.round));

    QFont lineFont = font();
    lineFont.setPixelSize(int(headerHeight * 0.42));
    painter.setFont(lineFont);
    painter.setPen(colors.muted);
    QRect nowLine(margin, header.bottom() + 1, width() - 2 * margin, int(headerHeight * 0.9));
    if (!m_board.inCombat) {
        painter.drawText(nowLine, Qt::AlignLeft | Qt::AlignVCenter, tr("Waiting for combat to begin"));
    } else {
        const QString now = m_board.currentName.isEmpty() ? QStringLiteral("—") : m_board.currentName;
        const QString next = m_board.nextName.isEmpty() ? QStringLiteral("—") : m_board.nextName;
        painter.drawText(nowLine, Qt::AlignLeft | Qt::AlignVCenter, tr("Now: %1").arg(now));
        painter.drawText(nowLine, Qt::AlignRight | Qt::AlignVCenter, tr("Next: %1").arg(next));
    }

    QFont rowFont = font();
    rowFont.setPixelSize(int(rowHeight * 0.5));
    QFont chipFont = font();
    chipFont.setPixelSize(int(rowHeight * 0.32));
    int y = nowLine.bottom() + int(headerHeight * 0.3);
    for (const PlayerBoardRow& row : m_board.rows) {
        if (y + rowHeight > height())
            break;
        QRect line(margin, y, width() - 2 * margin, rowHeight - std::max(2, rowHeight / 10));
        if (row.current || row.next) {
            QPainterPath path;
            path.addRoundedRect(line, rowHeight / 6.0, rowHeight / 6.0);
            painter.fillPath(path, row.current ? colors.currentRow : colors.nextRow);
        }
        const int pad = rowHeight / 4;
        QRect inner = line.adjusted(pad, 0, -pad, 0);

        painter.setFont(rowFont);
        painter.setPen(colors.text);
        const QString marker = row.current ? QStringLiteral("▶ ") : QString();
        const QFontMetrics rowMetrics(rowFont);
        const int healthWidth = rowMetrics.horizontalAdvance(row.health) + pad;
        const int nameWidth =
            std::min(rowMetrics.horizontalAdvance(marker + row.name) + pad, inner.width() / 2);
        painter.drawText(QRect(inner.left(), inner.top(), nameWidth, inner.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         rowMetrics.elidedText(marker + row.name, Qt::ElideRight, nameWidth));
        painter.setPen(healthColor(row.healthKey, m_dark));
        painter.drawText(inner, Qt::AlignRight | Qt::AlignVCenter, row.health);

        // Conditions as chips between name and health.
        painter.setFont(chipFont);
        const QFontMetrics chipMetrics(chipFont);
        int x = inner.left() + nameWidth + pad;
        const int chipHeight = int(rowHeight * 0.5);
        QStringList chips = row.conditions;
        if (row.next)
            chips.prepend(tr("next"));
        for (const QString& chip : chips) {
            const int chipWidth = chipMetrics.horizontalAdvance(chip) + chipHeight;
            if (x + chipWidth > inner.right() - healthWidth)
                break;
            QRect chipRect(x, inner.center().y() - chipHeight / 2, chipWidth, chipHeight);
            QPainterPath chipPath;
            chipPath.addRoundedRect(chipRect, chipHeight / 2.0, chipHeight / 2.0);
            const bool isNextTag = row.next && chip == chips.first();
            painter.fillPath(chipPath, isNextTag ? colors.currentRow : colors.chip);
            painter.setPen(isNextTag ? colors.text : colors.chipText);
            painter.drawText(chipRect, Qt::AlignCenter, chip);
            x += chipWidth + pad / 2;
        }
        y += rowHeight;
    }
}

} // namespace dnd::gui
