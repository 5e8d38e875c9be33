// The language chosen in the settings: a compiled translation beside the program is offered and,
// once installed at start, the windows speak it; a missing file keeps the source text. English
// ships a plurals-only translation.
#include "AppTestSupport.h"
#include "settings/Translations.h"

#include <QProcess>

using namespace dnd;
using namespace dnd::test;

namespace {

// A German translation of the main window's title, written as Qt Linguist source and compiled
// with lrelease as a release build would.
const char* kGermanSource = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>dnd::gui::MainWindow</name>
    <message>
        <source>D&amp;D Encounter Tracker</source>
        <translation>D&amp;D-Begegnungsverfolgung</translation>
    </message>
</context>
</TS>
)";

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void compiledTranslationsAreOffered();
    void missingFilesKeepTheSourceText();
    void installedTranslationIsUsedByTheWindows();
    void shippedEnglishTranslationSpellsPlurals();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QFile source(m_dir.filePath(QStringLiteral("dnd-tracker_de.ts")));
    QVERIFY(source.open(QIODevice::WriteOnly));
    source.write(kGermanSource);
    source.close();
    QProcess lrelease;
    lrelease.start(QStringLiteral(DND_LRELEASE), {source.fileName(), QStringLiteral("-qm"),
                                                  m_dir.filePath(QStringLiteral("dnd-tracker_de.qm"))});
    QVERIFY2(lrelease.waitForFinished(60000) && lrelease.exitCode() == 0,
             lrelease.readAllStandardError().constData());
    // Files that are not translations of the application are not offered.
    QFile other(m_dir.filePath(QStringLiteral("qtbase_de.qm")));
    QVERIFY(other.open(QIODevice::WriteOnly));
}

void TestTranslations::compiledTranslationsAreOffered()
{
    QCOMPARE(gui::Translations::available(QDir(m_dir.path())), QStringList{QStringLiteral("de")});
    QCOMPARE(gui::Translations::available(QDir(m_dir.filePath(QStringLiteral("missing")))), QStringList());
}

void TestTranslations::missingFilesKeepTheSourceText()
{
    QVERIFY(!gui::Translations::install(QStringLiteral("en"), QDir(m_dir.path())));
    QVERIFY(!gui::Translations::install(QString(), QDir(m_dir.path())));
    QVERIFY(!gui::Translations::install(QStringLiteral("fr"), QDir(m_dir.path())));
    AppFixture app;
    QCOMPARE(app.window->windowTitle(), QStringLiteral("D&D Encounter Tracker"));
}

void TestTranslations::installedTranslationIsUsedByTheWindows()
{
    QVERIFY(gui::Translations::install(QStringLiteral("de"), QDir(m_dir.path())));
    AppFixture app;
    QCOMPARE(app.window->windowTitle(), QStringLiteral("D&D-Begegnungsverfolgung"));
}

void TestTranslations::shippedEnglishTranslationSpellsPlurals()
{
    const QDir shipped = gui::Translations::folder();
    // English is always offered on its own; its plural file is not a second language.
    QVERIFY(!gui::Translations::available(shipped).contains(QStringLiteral("en")));
    QVERIFY(gui::Translations::install(QString(), shipped));
    const char* context = "dnd::gui::PartyListModel";
    QCOMPARE(QCoreApplication::translate(context, "%n character(s)", nullptr, 1),
             QStringLiteral("1 character"));
    QCOMPARE(QCoreApplication::translate(context, "%n character(s)", nullptr, 4),
             QStringLiteral("4 characters"));
    QCOMPARE(QCoreApplication::translate(context, "%n character(s)", nullptr, 0),
             QStringLiteral("0 characters"));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
