// The language chosen in the settings: a compiled translation is offered and, once installed at
// start, the windows speak it; a missing file keeps the source text. English ships a plurals-only
// translation; German, French and Spanish are embedded in the program, the system's language is
// followed by default, and dates, numbers and the combat log's times follow the chosen language.
#include "AppTestSupport.h"
#include "CombatLogSamples.h"
#include "SyncProtocol.h"
#include "interop/Importer.h"
#include "playerdisplay/PlayerDisplay.h"
#include "rules/CombatLogExport.h"
#include "rules/CombatLogText.h"
#include "rules/Dice.h"
#include "rules/Difficulty.h"
#include "settings/Translations.h"
#include "store/Database.h"
#include "tracker/CombatLogModel.h"
#include "tracker/TrackerPage.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>

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

// Every text a person can read in `widget` and its children: labels, buttons, column headers,
// accessible names and window titles.
QStringList visibleTexts(QWidget* widget)
{
    QStringList texts{widget->windowTitle(), widget->accessibleName()};
    for (QWidget* child : widget->findChildren<QWidget*>()) {
        texts << child->accessibleName();
        if (auto* label = qobject_cast<QLabel*>(child))
            texts << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(child))
            texts << button->text();
        if (auto* header = qobject_cast<QHeaderView*>(child); header && header->model()) {
            for (int column = 0; column < header->model()->columnCount(); ++column)
                texts << header->model()->headerData(column, header->orientation()).toString();
        }
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void compiledTranslationsAreOffered();
    void missingFilesKeepTheSourceText();
    void installedTranslationIsUsedByTheWindows();
    void shippedEnglishTranslationSpellsPlurals();
    void shippedLanguagesAreOffered();
    void systemLanguagePicksATranslation_data();
    void systemLanguagePicksATranslation();
    void combatLogTimesFollowTheLocale();
    void germanReachesTheMainWindowTrackerAndPlayerDisplay();
    void everyCombatLogSentenceIsTranslated();
    void messagesOfCoreAndSyncAreTranslated();

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

void TestTranslations::shippedLanguagesAreOffered()
{
    QCOMPARE(gui::Translations::available(),
             (QStringList{QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")}));
}

void TestTranslations::systemLanguagePicksATranslation_data()
{
    QTest::addColumn<QStringList>("preferred");
    QTest::addColumn<QString>("picked");
    QTest::newRow("Austrian German") << QStringList{"de-AT", "en-GB"} << "de";
    QTest::newRow("first with a translation") << QStringList{"it-IT", "fr-CA", "de-DE"} << "fr";
    QTest::newRow("English before German") << QStringList{"en-US", "de-DE"} << "en";
    QTest::newRow("none translated") << QStringList{"it-IT", "nl-NL"} << "en";
    QTest::newRow("nothing preferred") << QStringList{} << "en";
}

void TestTranslations::systemLanguagePicksATranslation()
{
    QFETCH(QStringList, preferred);
    QFETCH(QString, picked);
    QCOMPARE(gui::Translations::pick(preferred), picked);
}

void TestTranslations::combatLogTimesFollowTheLocale()
{
    CombatLogEntry entry;
    entry.round = 1;
    entry.turn = 2;
    entry.actor = QStringLiteral("Goblin 1");
    entry.action = QStringLiteral("turn_start");
    entry.timestampMs = QDateTime(QDate(2026, 3, 1), QTime(21, 5, 9)).toMSecsSinceEpoch();
    const QString american =
        rules::CombatLogExport::line(entry, QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(american.startsWith(QStringLiteral("R1 T2 9:05:09")) && american.contains(QStringLiteral("PM")),
             qPrintable(american));
    const QString german = rules::CombatLogExport::line(entry, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(german.startsWith(QStringLiteral("R1 T2 21:05:09  Goblin 1")), qPrintable(german));
}

void TestTranslations::germanReachesTheMainWindowTrackerAndPlayerDisplay()
{
    QVERIFY(gui::Translations::install(QStringLiteral("de")));
    // Qt's own strings too (Debian: qt6-translations-l10n, installed by scripts/install-deps.sh).
    QVERIFY2(
        QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")),
        "Qt's German translation is not installed (qt6-translations-l10n)");
    QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Displays version information."),
             QStringLiteral("Zeigt Versionsinformation an."));
    // Numbers and dates follow the language too.
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    QCOMPARE(QLocale().toString(QDate(2026, 12, 2), QLocale::ShortFormat), QStringLiteral("02.12.26"));

    AppFixture app;
    QCOMPARE(app.window->windowTitle(), QStringLiteral("D&D-Begegnungstracker"));
    const QStringList menus = [&] {
        QStringList titles;
        for (QAction* action : app.window->menuBar()->actions())
            titles << action->text().remove(QLatin1Char('&'));
        return titles;
    }();
    QVERIFY2(menus.contains(QStringLiteral("Datei")) && menus.contains(QStringLiteral("Kampf")),
             qPrintable(menus.join(QStringLiteral(", "))));
    QVERIFY2(visibleTexts(app.window.get()).contains(QStringLiteral("Gruppen")),
             qPrintable(visibleTexts(app.window.get()).join(QStringLiteral(" | "))));

    app.window->addExampleContent();
    app.window->showPage(gui::MainWindow::Page::Tracker);
    const QStringList tracker = visibleTexts(app.window->trackerPage());
    for (const char* expected : {"Initiativereihenfolge", "Kampfprotokoll", "Kampfteilnehmer", "&TP:"})
        QVERIFY2(tracker.contains(QString::fromUtf8(expected)),
                 qPrintable(
                     QStringLiteral("%1 not in: %2").arg(QString::fromUtf8(expected), tracker.join(" | "))));

    // The combat log reads in sentences in German, crediting the one who acted.
    rules::EncounterSession* session = app.window->trackerPage()->session();
    const Participant target = session->participants().at(0);
    const Participant dealer = session->participants().at(1);
    rules::DamageRequest hit;
    hit.targetIds = {target.id};
    hit.amount = 7;
    hit.source = rules::ActingSource::combatant(dealer.id);
    CHECK_OK(session->applyDamage(hit));
    const gui::CombatLogModel* log = app.window->trackerPage()->logModel();
    const QString line = log->index(log->rowCount() - 1, 0).data().toString();
    QVERIFY2(line.endsWith(QStringLiteral("%1 erlitt 7 Schaden durch %2").arg(target.name, dealer.name)),
             qPrintable(line));

    app.window->openPlayerDisplay();
    gui::PlayerDisplay* players = app.window->playerDisplay();
    QVERIFY(players);
    QCOMPARE(players->windowTitle(), QStringLiteral("Spieleranzeige"));
    QVERIFY(!players->board().rows.isEmpty());
    QStringList health;
    for (const gui::PlayerBoardRow& row : players->board().rows)
        health << row.health;
    QVERIFY2(health.contains(QStringLiteral("Unverletzt")), qPrintable(health.join(QStringLiteral(", "))));
}

// Every kind of combat log entry, in every wording it has, reads in German exactly as the samples
// spell it (plural forms included), and in French and Spanish reads other than in English: a
// sentence that skips the translator, or lacks its translation, fails here by name.
void TestTranslations::everyCombatLogSentenceIsTranslated()
{
    QStringList wrong;
    QVERIFY(gui::Translations::install(QStringLiteral("de")));
    for (const CombatLogSample& sample : combatLogSamples()) {
        const QString german = rules::CombatLogText::sentence(sample.entry);
        if (german != sample.german)
            wrong << QStringLiteral("de %1: \"%2\", expected \"%3\"")
                         .arg(QString::fromUtf8(sample.name), german, sample.german);
    }
    for (const QString& code : {QStringLiteral("fr"), QStringLiteral("es")}) {
        QVERIFY(gui::Translations::install(code));
        for (const CombatLogSample& sample : combatLogSamples()) {
            if (rules::CombatLogText::sentence(sample.entry) == sample.english)
                wrong << QStringLiteral("%1 %2: still English, \"%3\"")
                             .arg(code, QString::fromUtf8(sample.name), sample.english);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

// Core and sync are not QObjects: their messages reach the window only if each is looked up under
// the context lupdate filed it in. One message of each kind of call site (a class's member, a free
// function, a static function) reads other than in English in every shipped language.
void TestTranslations::messagesOfCoreAndSyncAreTranslated()
{
    QTemporaryDir folder;
    const QString notADatabase = folder.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(notADatabase);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    const QList<std::pair<const char*, std::function<QString()>>> samples{
        {"dice limit (DiceExpression::parse)",
         [] {
             return rules::DiceExpression::parse(QString(rules::DiceExpression::kMaxLength + 1, '1'))
                 .error()
                 .message;
         }},
        {"dice syntax (a free function)",
         [] { return rules::DiceExpression::parse(QString()).error().message; }},
        {"difficulty band", [] { return rules::Difficulty::bandName(QStringLiteral("deadly")); }},
        {"party levels",
         [] { return rules::Difficulty::parsePartyLevels(QStringLiteral("five")).error().message; }},
        {"import of an unknown format",
         [] { return Importer::parseBytes(QByteArrayLiteral("{\"x\": 1}")).error().message; }},
        {"data file that is no database", [&] { return Database::open(notADatabase).error().message; }},
        {"sync message", [] { return sync::PushRequest::fromJson(QJsonObject()).error().message; }},
    };
    QVERIFY(gui::Translations::install(QStringLiteral("en")));
    QStringList english;
    for (const auto& [name, message] : samples)
        english << message();
    QStringList wrong;
    for (const QString& code : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}) {
        QVERIFY(gui::Translations::install(code));
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const QString translated = samples.at(i).second();
            if (translated.isEmpty() || translated == english.at(i))
                wrong << QStringLiteral("%1 %2: still English, \"%3\"")
                             .arg(code, QString::fromUtf8(samples.at(i).first), english.at(i));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
