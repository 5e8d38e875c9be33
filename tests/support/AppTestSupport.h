#pragma once

#include "settings/AppSettings.h"
#include "MainWindow.h"
#include "bestiary/StatblockView.h"
#include "TestSupport.h"
#include "model/Party.h"
#include "util/RandomSource.h"

#include <QApplication>
#include <QDialog>
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

// Runs `fill` on the next modal dialog that opens (after `trigger` opens it), as a person would.
template <typename Dialog> void onNextDialog(std::function<void(Dialog*)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "the expected dialog did not open");
        fill(dialog);
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

} // namespace dnd::test
