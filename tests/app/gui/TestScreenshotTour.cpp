// The user guide's pictures come from the real windows: the tour runs here offscreen, as
// scripts/screenshots.sh runs it, and every image it names is written with something drawn on it.
#include "AppTestSupport.h"
#include "ScreenshotTour.h"

#include <QImage>
#include <QSet>
#include <QTemporaryDir>

using namespace dnd;
using namespace dnd::test;

class TestScreenshotTour : public QObject {
    Q_OBJECT

private slots:
    void writesEveryImageWithContent()
    {
        AppFixture app;
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        CHECK_OK(gui::ScreenshotTour::run(*app.window, folder.path()));
        for (const QString& name : gui::ScreenshotTour::imageNames()) {
            const QImage image(folder.filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            // A one-line question (End Combat's) is about 80 px tall.
            QVERIFY2(image.width() >= 250 && image.height() >= 60, qPrintable(name));
            // Not a blank surface: a drawn window has text, frames and fields in many shades.
            QSet<QRgb> shades;
            for (int y = 0; y < image.height(); y += 3) {
                for (int x = 0; x < image.width(); x += 3)
                    shades.insert(image.pixel(x, y));
            }
            QVERIFY2(shades.size() >= 8,
                     qPrintable(QStringLiteral("%1: %2 shades").arg(name).arg(shades.size())));
        }
        // The tour leaves no dialog open behind it.
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
    }
};

QTEST_MAIN(TestScreenshotTour)
#include "TestScreenshotTour.moc"
