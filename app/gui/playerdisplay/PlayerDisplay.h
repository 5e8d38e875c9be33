#pragma once

#include "playerdisplay/PlayerBoard.h"

#include <QFont>
#include <QList>
#include <QRect>
#include <QRegion>
#include <QWidget>

class QScreen;

namespace dnd::gui {

// The players' window for a TV or second monitor: the round, whose turn it is and who is next, and
// the visible combatants with health as the DM allows. Type grows with the window. It only shows
// what it is given (a PlayerBoard), so it can never leak what the board leaves out.
//
// Everything it draws is laid out first as text pieces, each with its area and type and its text
// already shortened to fit; below kNarrowWidth the type is smaller and the condition chips are left
// out, so on a phone-sized window nothing overlaps or runs past its area.
class PlayerDisplay : public QWidget {
    Q_OBJECT
public:
    explicit PlayerDisplay(QWidget* parent = nullptr);

    static constexpr int kNarrowWidth = 500;

    struct TextPiece {
        enum class Kind { Title, Round, Waiting, Now, Next, Name, Health, Chip, NextTag };
        Kind kind = Kind::Title;
        QRect area; // a chip's area is its rounded box, the text centred in it
        QFont font;
        QString text; // as drawn
        qsizetype row = -1;
    };
    // The pieces the display draws at its current size for its current board.
    QList<TextPiece> pieces() const;

    const PlayerBoard& board() const { return m_board; }
    bool darkTheme() const { return m_dark; }
    // Where row `index` of the board is drawn at the current size.
    QRect rowArea(qsizetype index) const { return layoutFor(m_board.rows.size()).row(index); }

    // Moves the window to the screen (keeping full screen when it is on).
    void moveToScreen(QScreen* screen);
    void setFullScreenShown(bool fullScreen);

public slots:
    void setBoard(const dnd::gui::PlayerBoard& board);
    void setDarkTheme(bool dark);

signals:
    void closed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // Where the parts of the board go at the current size (type grows with the window).
    struct Layout {
        int margin = 0;
        int headerHeight = 0;
        int rowHeight = 0;
        QRect header;
        QRect nowLine;
        int firstRowTop = 0;
        bool narrow = false;
        QFont headerFont, lineFont, rowFont, chipFont;
        int healthWidth = 0; // the most a health text may take, right-aligned in each row
        QRect row(qsizetype index) const;
        QRect line(qsizetype index) const; // the row less the gap below it
    };
    Layout layoutFor(qsizetype rowCount) const;
    // The area that differs between two boards: only the changed rows, the header and the now/next
    // line repaint after a command that touched a few of many combatants.
    QRegion changedArea(const PlayerBoard& before, const PlayerBoard& after) const;
    QList<TextPiece> piecesFor(const Layout& layout) const;
    void addHeaderPieces(const Layout& layout, QList<TextPiece>& pieces) const;
    void addRowPieces(const Layout& layout, qsizetype index, QList<TextPiece>& pieces) const;

    PlayerBoard m_board;
    bool m_dark = true;
};

} // namespace dnd::gui
