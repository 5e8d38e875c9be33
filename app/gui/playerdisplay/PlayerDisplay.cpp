#include "playerdisplay/PlayerDisplay.h"

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

PlayerDisplay::Layout PlayerDisplay::layoutFor(qsizetype rowCount) const
{
    Layout layout;
    layout.margin = std::max(12, width() / 40);
    const int visibleRows = int(std::max<qsizetype>(6, rowCount));
    const int available = height() - 2 * layout.margin;
    layout.headerHeight = std::clamp(available / 9, 28, 140);
    layout.rowHeight = std::clamp(int((available - 2.2 * layout.headerHeight) / visibleRows), 22, 120);
    layout.header = QRect(layout.margin, layout.margin, width() - 2 * layout.margin, layout.headerHeight);
    layout.nowLine = QRect(layout.margin, layout.header.bottom() + 1, width() - 2 * layout.margin,
                           int(layout.headerHeight * 0.9));
    layout.firstRowTop = layout.nowLine.bottom() + int(layout.headerHeight * 0.3);
    return layout;
}

QRect PlayerDisplay::Layout::row(qsizetype index) const
{
    return QRect(margin, firstRowTop + int(index) * rowHeight, header.width(), rowHeight);
}

QRegion PlayerDisplay::changedArea(const PlayerBoard& before, const PlayerBoard& after) const
{
    // A different number of rows changes the row height: everything moves.
    if (before.rows.size() != after.rows.size())
        return rect();
    const Layout layout = layoutFor(after.rows.size());
    QRegion area;
    if (before.title != after.title || before.inCombat != after.inCombat || before.round != after.round)
        area += layout.header;
    if (before.inCombat != after.inCombat || before.currentName != after.currentName ||
        before.nextName != after.nextName)
        area += layout.nowLine;
    for (qsizetype i = 0; i < after.rows.size(); ++i) {
        const QRect row = layout.row(i);
        if (row.bottom() >= height())
            break; // rows below the window are not drawn
        if (!(before.rows.at(i) == after.rows.at(i)))
            area += row;
    }
    return area;
}

void PlayerDisplay::setBoard(const PlayerBoard& board)
{
    if (board == m_board)
        return;
    const QRegion area = changedArea(m_board, board);
    m_board = board;
    update(area);
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

void PlayerDisplay::paintEvent(QPaintEvent* event)
{
    const Palette colors = paletteFor(m_dark);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), colors.background);

    // Type scales with the window: a header line, a now/next line, then the rows.
    const Layout layout = layoutFor(m_board.rows.size());
    const int margin = layout.margin;
    const int headerHeight = layout.headerHeight;
    const int rowHeight = layout.rowHeight;
    // Only what lies in the repainted area is drawn: after a command that is a few rows.
    const QRegion dirty = event->region();

    const QRect header = layout.header;
    if (dirty.intersects(header)) {
        QFont headerFont = font();
        headerFont.setPixelSize(int(headerHeight * 0.62));
        headerFont.setBold(true);
        painter.setFont(headerFont);
        painter.setPen(colors.header);
        painter.drawText(
            header, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(m_board.title, Qt::ElideRight, header.width() * 2 / 3));
        if (m_board.inCombat)
            painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, tr("Round %1").arg(m_board.round));
    }

    QFont lineFont = font();
    lineFont.setPixelSize(int(headerHeight * 0.42));
    painter.setFont(lineFont);
    painter.setPen(colors.muted);
    const QRect nowLine = layout.nowLine;
    if (dirty.intersects(nowLine) && !m_board.inCombat) {
        painter.drawText(nowLine, Qt::AlignLeft | Qt::AlignVCenter, tr("Waiting for combat to begin"));
    } else if (dirty.intersects(nowLine)) {
        const QString now = m_board.currentName.isEmpty() ? QStringLiteral("—") : m_board.currentName;
        const QString next = m_board.nextName.isEmpty() ? QStringLiteral("—") : m_board.nextName;
        painter.drawText(nowLine, Qt::AlignLeft | Qt::AlignVCenter, tr("Now: %1").arg(now));
        painter.drawText(nowLine, Qt::AlignRight | Qt::AlignVCenter, tr("Next: %1").arg(next));
    }

    QFont rowFont = font();
    rowFont.setPixelSize(int(rowHeight * 0.5));
    QFont chipFont = font();
    chipFont.setPixelSize(int(rowHeight * 0.32));
    int y = layout.firstRowTop;
    for (const PlayerBoardRow& row : m_board.rows) {
        if (y + rowHeight > height())
            break;
        if (!dirty.intersects(QRect(margin, y, width() - 2 * margin, rowHeight))) {
            y += rowHeight;
            continue;
        }
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
