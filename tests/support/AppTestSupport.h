#pragma once

#include "MainWindow.h"
#include "TestSupport.h"
#include "UndoHistory.h"
#include "bestiary/StatblockView.h"
#include "model/Party.h"
#include "settings/AppSettings.h"
#include "tracker/InitiativeModel.h"
#include "tracker/TrackerPage.h"
#include "util/RandomSource.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <functional>
#include <memory>

namespace dnd::test {

// A main window over a temporary store with settings in a temporary file.
struct AppFixture {
    AppFixture()
        : settings(store.dir.filePath(QStringLiteral("settings.ini"))), location(store.dir.path()),
          window(std::make_unique<gui::MainWindow>(*store.store, settings, location, &random))
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
    TemporaryStore store;
    SeededRandom random{20240615};
    gui::AppSettings settings;
    DataLocation location;
    std::unique_ptr<gui::MainWindow> window;
};

// The names of the store's live parties, sorted.
inline QStringList partyNames(LocalStore& store)
{
    QStringList names;
    for (const Party& party : store.all<Party>())
        names << party.name;
    names.sort();
    return names;
}

// A new party with a fresh id.
inline Party party(const QString& name)
{
    Party result;
    result.id = LocalStore::newId();
    result.name = name;
    return result;
}

// A party added the way the pages add one: one undoable step. Its id, or empty when refused.
inline QString addParty(AppFixture& app, const QString& name)
{
    const Party added = party(name);
    const Status committed =
        app.window->history().commit(*app.store.store, ChangeSet().put(added), QStringLiteral("Add"));
    return committed ? added.id : QString();
}

// Runs `fill` on the next modal dialog that opens (after `trigger` opens it), as a person would.
template <typename Dialog> void onNextDialog(std::function<void(Dialog*)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "the expected dialog did not open");
        fill(dialog);
        // Steps that did not close it (a button that does nothing, a failed check) would leave the
        // test waiting for its time-out: close it and say so.
        if (dialog->isVisible()) {
            dialog->reject();
            QFAIL("the dialog was still open after its steps");
        }
    });
}

// Calls `onShow` for every widget that is shown until it returns true, then stops watching. It
// belongs to the application, so a watcher for a dialog that never shows is freed with it.
class ShowWatcher : public QObject {
public:
    explicit ShowWatcher(std::function<bool(QObject*)> onShow)
        : QObject(QCoreApplication::instance()), m_onShow(std::move(onShow))
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && m_onShow(watched)) {
            QCoreApplication::instance()->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }

private:
    std::function<bool(QObject*)> m_onShow;
};

// Runs `fill` on the next dialog of type Dialog once it shows, however late it opens (also when a
// signal from a worker thread opens it, not the step just before).
template <typename Dialog> void whenNextDialogShows(std::function<void(Dialog*)> fill)
{
    QCoreApplication::instance()->installEventFilter(new ShowWatcher([fill](QObject* shown) {
        auto* dialog = qobject_cast<Dialog*>(shown);
        if (!dialog)
            return false;
        QTimer::singleShot(0, dialog, [fill, dialog] { fill(dialog); });
        return true;
    }));
}

// What the message box showed and which buttons it offered.
struct Shown {
    bool appeared = false;
    QString title;
    QString text;
    QString informative;
    QStringList buttons;
};

// Answers the next message box the way a person would: reads it, then presses the button with
// `choice` as its text, or Escape when `choice` is empty. A missing button still closes the box
// (with Escape) so a failing test cannot hang. `afterwards` runs once the box is answered. The box
// may open later than the next step (`shown.appeared` tells whether it did).
inline void answerNextMessageBox(Shown& shown, const QString& choice, std::function<void()> afterwards = {})
{
    whenNextDialogShows<QMessageBox>([&shown, choice, afterwards](QMessageBox* box) {
        shown.appeared = true;
        shown.title = box->windowTitle();
        shown.text = box->text();
        shown.informative = box->informativeText();
        QAbstractButton* chosen = nullptr;
        for (QAbstractButton* button : box->buttons()) {
            shown.buttons << button->text();
            if (button->text() == choice)
                chosen = button;
        }
        if (chosen)
            QTest::mouseClick(chosen, Qt::LeftButton);
        else
            QTest::keyClick(box, Qt::Key_Escape);
        if (afterwards)
            afterwards();
    });
}

// Clicks the statblock link that rolls `expression` (the first one) the way a person would.
inline bool clickRollLink(gui::StatblockView* view, const QString& expression)
{
    const qsizetype link = [&] {
        for (qsizetype i = 0; i < view->rollLinks().size(); ++i) {
            if (view->rollLinks()[i].second == expression)
                return i;
        }
        return qsizetype(-1);
    }();
    if (link < 0)
        return false;
    const QString href = QStringLiteral("roll:%1").arg(link);
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(view->document());
            cursor.setPosition(fragment.position() + 1);
            view->setTextCursor(cursor);
            view->ensureCursorVisible();
            const QPoint point = view->cursorRect(cursor).center() + QPoint(2, 0);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
            return true;
        }
    }
    return false;
}

// Clicks the button of the dialog's button box, as a person closing it would; false without one.
inline bool clickDialogButton(QDialog* dialog, QDialogButtonBox::StandardButton which)
{
    const auto* box = dialog->findChild<QDialogButtonBox*>();
    QPushButton* button = box ? box->button(which) : nullptr;
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// Clicks the tab titled `title` (mnemonic included, e.g. "&Data"); false without such a tab.
inline bool clickTab(QTabWidget* tabs, const QString& title)
{
    for (int index = 0; index < tabs->count(); ++index) {
        if (tabs->tabText(index) == title) {
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
            return tabs->currentIndex() == index;
        }
    }
    return false;
}

// Clicks the rows of `view` in `column` as a person would: the first plainly, the others with Ctrl
// held. No rows: a click on the empty space below the last row, which clears the selection.
// False when the view or a row is not on screen, or there is no empty space to click.
inline bool clickRows(QAbstractItemView* view, const QList<int>& rows, int column = 0)
{
    if (!view->isVisible())
        return false;
    if (rows.isEmpty()) {
        const int count = view->model()->rowCount();
        const QRect last = count > 0 ? view->visualRect(view->model()->index(count - 1, column)) : QRect();
        const QPoint below(view->viewport()->width() / 2, last.isValid() ? last.bottom() + 4 : 4);
        if (below.y() >= view->viewport()->height())
            return false;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, below);
        return true;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QModelIndex index = view->model()->index(rows[i], column);
        view->scrollTo(index);
        const QRect cell = view->visualRect(index);
        if (!view->viewport()->rect().contains(cell.center()))
            return false;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                          cell.center());
    }
    return true;
}

// Selects combatants by clicking their names in the tracker's list; true when exactly they are
// selected afterwards.
inline bool clickCombatants(gui::TrackerPage* tracker, const QStringList& ids)
{
    QList<int> rows;
    for (const QString& id : ids)
        rows.append(tracker->initiativeModel()->rowOf(id));
    if (rows.contains(-1) || !clickRows(tracker->initiativeView(), rows, gui::InitiativeModel::Name))
        return false;
    QStringList selected = tracker->selectedIds();
    QStringList wanted = ids;
    selected.sort();
    wanted.sort();
    return selected == wanted;
}

// Selects what `field` (a line edit or spin box) holds and types `text` over it, as a DM would.
inline void typeInto(QWidget* field, const QString& text)
{
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

// Picks the item whose data is `data` with the arrow keys, as a DM moving through the list would.
inline bool chooseWithKeys(QComboBox* box, const QVariant& data)
{
    QTest::keyClick(box, Qt::Key_Home);
    for (int step = 0; step < box->count(); ++step) {
        if (box->currentData() == data)
            return true;
        QTest::keyClick(box, Qt::Key_Down);
    }
    return box->currentData() == data;
}

// Types `total` into the combatant's Init cell: a double-click opens it, Enter commits. True once
// the session holds the value.
inline bool typeInitiative(gui::TrackerPage* tracker, const QString& id, int total)
{
    if (!clickCombatants(tracker, {id}))
        return false;
    QTableView* view = tracker->initiativeView();
    const QModelIndex cell = tracker->initiativeModel()->index(tracker->initiativeModel()->rowOf(id),
                                                               gui::InitiativeModel::Initiative);
    const QPoint point = view->visualRect(cell).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, point);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, point);
    auto* editor = qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget());
    if (!editor || !view->isAncestorOf(editor))
        return false;
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QString::number(total));
    QTest::keyClick(editor, Qt::Key_Return);
    return QTest::qWaitFor([&] { return tracker->session()->participant(id)->initiative == total; });
}

// Picks the item named `text` of the open popup menu with the arrow keys and Enter, as a person
// would. False when no menu is open or it has no such enabled item (the menu is closed then).
inline bool pickFromOpenMenu(const QString& text)
{
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    if (!menu)
        return false;
    for (qsizetype step = 0; step < menu->actions().size(); ++step) {
        QTest::keyClick(menu, Qt::Key_Down);
        if (menu->activeAction() && menu->activeAction()->text() == text) {
            QTest::keyClick(menu, Qt::Key_Return);
            return true;
        }
    }
    menu->close();
    return false;
}

// Right-clicks `index` (the press, then the context menu event the window system sends) and picks
// the item named `text` with the arrow keys and Enter. False when no menu opened or it had no
// such enabled item (the menu is closed then).
inline bool pickFromContextMenu(QAbstractItemView* view, const QModelIndex& index, const QString& text)
{
    bool picked = false;
    QTimer::singleShot(0, [&picked, text] { picked = pickFromOpenMenu(text); });
    view->scrollTo(index);
    const QPoint point = view->visualRect(index).center();
    QTest::mousePress(view->viewport(), Qt::RightButton, {}, point);
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, view->viewport()->mapToGlobal(point));
    QApplication::sendEvent(view->viewport(), &event);
    QTest::mouseRelease(view->viewport(), Qt::RightButton, {}, point);
    return picked;
}

// Drops the view's selected rows at `point` of its viewport with the event sequence a drag sends
// (enter, move, drop), since QTest cannot drag. Returns whether the view took the drag over that
// point (the tracker's model then moves the row itself and reports the drop as not accepted).
inline bool dropSelectionAt(QAbstractItemView* view, const QPoint& point)
{
    std::unique_ptr<QMimeData> data(view->model()->mimeData(view->selectionModel()->selectedIndexes()));
    if (!data)
        return false;
    QWidget* target = view->viewport();
    QDragEnterEvent enter(point, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(point, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(point, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return move.isAccepted();
}

} // namespace dnd::test
