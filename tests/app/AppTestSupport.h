#pragma once

#include "AppSettings.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "util/RandomSource.h"

#include <QApplication>
#include <QDialog>
#include <QTest>
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

// Runs `fill` on the next modal dialog that opens (after `trigger` opens it), as a person would.
template <typename Dialog> void onNextDialog(std::function<void(Dialog*)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "the expected dialog did not open");
        fill(dialog);
    });
}

} // namespace dnd::test
