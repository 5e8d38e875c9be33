#include "playerdisplay/PlayerDisplay.h"

#include "rules/HealthDescription.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QFontMetrics>
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

// The largest pixel size from `preferred` down to `smallest` at which `text` fits `width`.
int pixelSizeToFit(const QFont& base, int preferred, int smallest, const QString& text, int width)
{
    QFont font = base;
    int size = std::max(preferred, smallest);
    font.setPixelSize(size);
    const int wanted = QFontMetrics(font).horizontalAdvance(text);
    if (wanted <= width)
        return size;
    // Type width grows about linearly with its size: jump close, then step down.
    size = std::max(smallest, int(size * double(width) / std::max(1, wanted)));
    for (font.setPixelSize(size); size > smallest && QFontMetrics(font).horizontalAdvance(text) > width;)
        font.setPixelSize(--size);
    return size;
}

QFont sized(QFont font, int pixelSize, bool bold = false)
{
    font.setPixelSize(std::max(1, pixelSize));
    font.setBold(bold);
    return font;
}
} // namespace

PlayerDisplay::PlayerDisplay(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("playerDisplay"));
    setWindowTitle(tr("Player Display"));
    setAccessibleName(tr("Player display"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(240, 240); // a phone's width, in portrait
    resize(1280, 720);
}

PlayerDisplay::Layout PlayerDisplay::layoutFor(qsizetype rowCount) const
{
    Layout layout;
    layout.narrow = width() < kNarrowWidth;
    layout.margin = std::max(layout.narrow ? 6 : 12, width() / 40);
    const int visibleRows = int(std::max<qsizetype>(6, rowCount));
    const int available = height() - 2 * layout.margin;
    layout.headerHeight = std::clamp(available / 9, 28, 140);
    layout.rowHeight = std::clamp(int((available - 2.2 * layout.headerHeight) / visibleRows), 22, 120);
    const int contentWidth = width() - 2 * layout.margin;
    layout.header = QRect(layout.margin, layout.margin, contentWidth, layout.headerHeight);
    layout.nowLine =
        QRect(layout.margin, layout.header.bottom() + 1, contentWidth, int(layout.headerHeight * 0.9));
    layout.firstRowTop = layout.nowLine.bottom() + int(layout.headerHeight * 0.3);

    // Type grows with the window but never past what its area holds: the round takes at most a
    // third of the header, the waiting line the whole width, a health word or "888 / 888 (+88)"
    // its column (wider on a narrow window, where the chips are left out). Sizes depend on the
    // window alone, so a changed row repaints without moving the others.
    layout.headerFont = sized(
        font(),
        pixelSizeToFit(font(), int(layout.headerHeight * 0.62), 10, tr("Round %1").arg(20), contentWidth / 3),
        true);
    layout.lineFont = sized(font(), pixelSizeToFit(font(), int(layout.headerHeight * 0.42), 10,
                                                   tr("Waiting for combat to begin"), contentWidth));
    const int innerWidth = contentWidth - 2 * (layout.rowHeight / 4);
    layout.healthWidth = int(innerWidth * (layout.narrow ? 0.45 : 0.3));
    QStringList healthSamples{
        QCoreApplication::translate("dnd::gui::PlayerBoard", "%1 / %2 (+%3)").arg(888).arg(888).arg(88)};
    for (HealthState state :
         {HealthState::Healthy, HealthState::Hurt, HealthState::Bloodied, HealthState::Defeated})
        healthSamples.append(healthStateLabel(state));
    int rowSize = int(layout.rowHeight * 0.5);
    for (const QString& sample : healthSamples)
        rowSize = std::min(rowSize, pixelSizeToFit(font(), rowSize, 9, sample, layout.healthWidth));
    layout.rowFont = sized(font(), rowSize);
    layout.chipFont = sized(font(), std::min(int(layout.rowHeight * 0.32), rowSize));
    return layout;
}

QRect PlayerDisplay::Layout::row(qsizetype index) const
{
    return QRect(margin, firstRowTop + int(index) * rowHeight, header.width(), rowHeight);
}

QRect PlayerDisplay::Layout::line(qsizetype index) const
{
    return row(index).adjusted(0, 0, 0, -std::max(2, rowHeight / 10));
}

QList<PlayerDisplay::TextPiece> PlayerDisplay::pieces() const
{
    return piecesFor(layoutFor(m_board.rows.size()));
}

QList<PlayerDisplay::TextPiece> PlayerDisplay::piecesFor(const Layout& layout) const
{
    QList<TextPiece> result;
    addHeaderPieces(layout, result);
    for (qsizetype index = 0; index < m_board.rows.size(); ++index) {
        if (layout.row(index).bottom() >= height())
            break; // rows below the window are not drawn
        addRowPieces(layout, index, result);
    }
    return result;
}

void PlayerDisplay::addHeaderPieces(const Layout& layout, QList<TextPiece>& pieces) const
{
    using Kind = TextPiece::Kind;
    const QRect header = layout.header;
    const QFontMetrics headerMetrics(layout.headerFont);
    const int gap = headerMetrics.averageCharWidth();
    int titleRight = header.right();
    if (m_board.inCombat) {
        const QString round =
            headerMetrics.elidedText(tr("Round %1").arg(m_board.round), Qt::ElideRight, header.width() / 3);
        const int roundWidth = headerMetrics.horizontalAdvance(round);
        const QRect area(header.right() - roundWidth + 1, header.top(), roundWidth, header.height());
        pieces.append({Kind::Round, area, layout.headerFont, round});
        titleRight = area.left() - gap;
    }
    const QRect titleArea(header.left(), header.top(), std::max(0, titleRight - header.left()),
                          header.height());
    pieces.append({Kind::Title, titleArea, layout.headerFont,
                   headerMetrics.elidedText(m_board.title, Qt::ElideRight, titleArea.width())});

    const QRect line = layout.nowLine;
    const QFontMetrics lineMetrics(layout.lineFont);
    if (!m_board.inCombat) {
        pieces.append(
            {Kind::Waiting, line, layout.lineFont,
             lineMetrics.elidedText(tr("Waiting for combat to begin"), Qt::ElideRight, line.width())});
        return;
    }
    // A break at the table: the players see that the fight waits, not whose turn it was.
    if (m_board.paused) {
        pieces.append({Kind::Waiting, line, layout.lineFont,
                       lineMetrics.elidedText(tr("Paused"), Qt::ElideRight, line.width())});
        return;
    }
    // Now on the left half, next on the right: each shortened to its half. A narrow window shows
    // only who acts now, across the line; the next combatant's row is highlighted below.
    const QString now = m_board.currentName.isEmpty() ? QStringLiteral("—") : m_board.currentName;
    if (layout.narrow) {
        pieces.append({Kind::Now, line, layout.lineFont,
                       lineMetrics.elidedText(tr("Now: %1").arg(now), Qt::ElideRight, line.width())});
        return;
    }
    const int half = (line.width() - 2 * lineMetrics.averageCharWidth()) / 2;
    const QString next = m_board.nextName.isEmpty() ? QStringLiteral("—") : m_board.nextName;
    const QRect nowArea(line.left(), line.top(), half, line.height());
    const QRect nextArea(line.right() - half + 1, line.top(), half, line.height());
    pieces.append({Kind::Now, nowArea, layout.lineFont,
                   lineMetrics.elidedText(tr("Now: %1").arg(now), Qt::ElideRight, half)});
    pieces.append({Kind::Next, nextArea, layout.lineFont,
                   lineMetrics.elidedText(tr("Next: %1").arg(next), Qt::ElideRight, half)});
}

void PlayerDisplay::addRowPieces(const Layout& layout, qsizetype index, QList<TextPiece>& pieces) const
{
    using Kind = TextPiece::Kind;
    const PlayerBoardRow& row = m_board.rows.at(index);
    const int pad = layout.rowHeight / 4;
    const QRect inner = layout.line(index).adjusted(pad, 0, -pad, 0);
    const QFontMetrics rowMetrics(layout.rowFont);

    const QString health = rowMetrics.elidedText(row.health, Qt::ElideRight, layout.healthWidth);
    const int healthWidth = rowMetrics.horizontalAdvance(health);
    const QRect healthArea(inner.right() - healthWidth + 1, inner.top(), healthWidth, inner.height());

    // Conditions as chips between name and health; on a narrow window there is no room for them.
    const QFontMetrics chipMetrics(layout.chipFont);
    const int chipHeight = int(layout.rowHeight * 0.5);
    QStringList chips;
    if (!layout.narrow) {
        chips = row.conditions;
        if (row.next)
            chips.prepend(tr("next"));
    }
    int chipsWanted = 0;
    for (const QString& chip : chips)
        chipsWanted += chipMetrics.horizontalAdvance(chip) + chipHeight + pad / 2;

    const QString label = (row.current ? QStringLiteral("▶ ") : QString()) + row.name;
    const int nameRoom = std::max(0, healthArea.left() - pad - inner.left());
    const int nameWidth = std::min(rowMetrics.horizontalAdvance(label) + pad,
                                   nameRoom - std::min(chipsWanted, nameRoom * 2 / 5));
    const QRect nameArea(inner.left(), inner.top(), std::max(0, nameWidth), inner.height());
    pieces.append({Kind::Name, nameArea, layout.rowFont,
                   rowMetrics.elidedText(label, Qt::ElideRight, nameArea.width()), index});
    if (!health.isEmpty())
        pieces.append({Kind::Health, healthArea, layout.rowFont, health, index});

    int x = nameArea.right() + 1 + pad;
    const int chipsRight = healthArea.left() - pad;
    for (qsizetype i = 0; i < chips.size(); ++i) {
        const int chipWidth = chipMetrics.horizontalAdvance(chips[i]) + chipHeight;
        if (x + chipWidth > chipsRight)
            break;
        const QRect chipArea(x, inner.center().y() - chipHeight / 2, chipWidth, chipHeight);
        pieces.append(
            {row.next && i == 0 ? Kind::NextTag : Kind::Chip, chipArea, layout.chipFont, chips[i], index});
        x += chipWidth + pad / 2;
    }
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
    if (before.inCombat != after.inCombat || before.paused != after.paused ||
        before.currentName != after.currentName || before.nextName != after.nextName)
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
    using Kind = TextPiece::Kind;
    const Palette colors = paletteFor(m_dark);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), colors.background);

    // Only what lies in the repainted area is drawn: after a command that is a few rows.
    const QRegion dirty = event->region();
    const Layout layout = layoutFor(m_board.rows.size());
    for (qsizetype index = 0; index < m_board.rows.size(); ++index) {
        const PlayerBoardRow& row = m_board.rows.at(index);
        const QRect line = layout.line(index);
        if (layout.row(index).bottom() >= height())
            break;
        if ((row.current || row.next) && dirty.intersects(line)) {
            QPainterPath path;
            path.addRoundedRect(line, layout.rowHeight / 6.0, layout.rowHeight / 6.0);
            painter.fillPath(path, row.current ? colors.currentRow : colors.nextRow);
        }
    }

    for (const TextPiece& piece : piecesFor(layout)) {
        if (!dirty.intersects(piece.area))
            continue;
        painter.setFont(piece.font);
        switch (piece.kind) {
        case Kind::Title:
        case Kind::Round:
            painter.setPen(colors.header);
            break;
        case Kind::Waiting:
        case Kind::Now:
        case Kind::Next:
            painter.setPen(colors.muted);
            break;
        case Kind::Name:
            painter.setPen(colors.text);
            break;
        case Kind::Health:
            painter.setPen(healthColor(m_board.rows.at(piece.row).healthKey, m_dark));
            break;
        case Kind::Chip:
        case Kind::NextTag: {
            QPainterPath chip;
            chip.addRoundedRect(piece.area, piece.area.height() / 2.0, piece.area.height() / 2.0);
            painter.fillPath(chip, piece.kind == Kind::NextTag ? colors.currentRow : colors.chip);
            painter.setPen(piece.kind == Kind::NextTag ? colors.text : colors.chipText);
            break;
        }
        }
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        if (piece.kind == Kind::Round || piece.kind == Kind::Next || piece.kind == Kind::Health)
            alignment = Qt::AlignRight | Qt::AlignVCenter;
        else if (piece.kind == Kind::Chip || piece.kind == Kind::NextTag)
            alignment = Qt::AlignCenter;
        painter.drawText(piece.area, alignment, piece.text);
    }
}

} // namespace dnd::gui
