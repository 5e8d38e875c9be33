#pragma once

#include "PlayerBoard.h"

#include <QWidget>

class QScreen;

namespace dnd::gui {

// The players' window for a TV or second monitor: the round, whose turn it is and who is next, and
// the visible combatants with health as the DM allows. Type grows with the window. It only shows
// what it is given (a PlayerBoard), so it can never leak what the board leaves out.
class PlayerDisplay : public QWidget {
    Q_OBJECT
public:
    explicit PlayerDisplay(QWidget* parent = nullptr);

    const PlayerBoard& board() const { return m_board; }
    bool darkTheme() const { return m_dark; }

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
    PlayerBoard m_board;
    bool m_dark = true;
};

} // namespace dnd::gui
