// The CLI end to end: a fresh data folder gets the bestiary, `creatures search`, `import` and
// `export` with their JSON output, exit codes, and an unchanged store after a refused file; an
// encounter's Roll20 turn order.
#include "SampleEntities.h"
#include "TestSupport.h"
#include "store/DataLocation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

namespace {

QJsonObject jsonOf(const ProcessResult& result)
{
    return QJsonDocument::fromJson(result.out).object();
}

QString interopFixture(const QString& name)
{
    return fixturePath(QStringLiteral("interop/") + name);
}

// A data folder holding "Bridge ambush" in combat (a hidden goblin at 20, then "Troll 1" at 14,
// whose turn it is) and "Camp" not started (Mirela, initiative not rolled).
Status writeTwoEncounters(const QString& dataDir)
{
    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> store =
        LocalStore::open(QDir(dataDir).filePath(DataLocation::kDatabaseFileName), clock);
    if (!store)
        return store.error();
    Encounter ambush = sampleEncounter();
    ambush.status = EncounterStatus::Active;
    Participant troll = sampleParticipant(ambush.id);
    Participant goblin = sampleParticipant(ambush.id);
    goblin.name = QStringLiteral("Goblin Sniper");
    goblin.alias.clear();
    goblin.initiative = 20;
    goblin.hidden = true;
    ambush.combat.round = 1;
    ambush.combat.order = {goblin.id, troll.id};
    ambush.combat.turnIndex = 1;
    Encounter camp = sampleEncounter();
    camp.name = QStringLiteral("Camp");
    Participant mirela = sampleParticipant(camp.id);
    mirela.kind = ParticipantKind::Character;
    mirela.name = QStringLiteral("Mirela");
    mirela.alias.clear();
    mirela.initiative.reset();
    ChangeSet changes;
    for (const Encounter& encounter : {ambush, camp})
        changes.put(encounter);
    for (const Participant& participant : {troll, goblin, mirela})
        changes.put(participant);
    const Result<ChangeSet> committed = (*store)->commit(changes);
    return committed ? Status() : Status(committed.error());
}

} // namespace

class TestInteropCli final : public QObject {
    Q_OBJECT

private slots:
    void freshStoreHoldsTheWholeBestiary()
    {
        QTemporaryDir dir;
        const ProcessResult all = runCli(
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("creatures"), QStringLiteral("search"),
             QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        const QJsonObject result = jsonOf(all);
        QCOMPARE(result.value(QStringLiteral("count")).toInt(), 665);
        int srd51 = 0;
        for (const QJsonValue& row : result.value(QStringLiteral("results")).toArray())
            srd51 +=
                row.toObject().value(QStringLiteral("source")).toString() == QLatin1String("SRD 5.1") ? 1 : 0;
        QCOMPARE(srd51, 334);

        const ProcessResult dragons = runCli(
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("creatures"), QStringLiteral("search"),
             QStringLiteral("ancient"), QStringLiteral("red"), QStringLiteral("--json")});
        QCOMPARE(dragons.exitCode, 0);
        const QJsonArray rows = jsonOf(dragons).value(QStringLiteral("results")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Ancient Red Dragon"));
        QCOMPARE(rows[0].toObject().value(QStringLiteral("cr")).toString(), QStringLiteral("24"));

        const ProcessResult text =
            runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("creatures"),
                    QStringLiteral("search"), QStringLiteral("goblin"), QStringLiteral("--limit"),
                    QStringLiteral("2"), QStringLiteral("--rules"), QStringLiteral("2014")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Goblin"));
        QVERIFY(text.out.contains("2 creatures"));

        const ProcessResult bad = runCli(
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("creatures"), QStringLiteral("search"),
             QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("lots")});
        QCOMPARE(bad.exitCode, 2);
    }

    // Every format from a real file, named with --format and detected with auto: the JSON report
    // names the format, and a second run updates what the first imported instead of adding to it.
    void importEveryFormatTwice_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        const QString srd = srdDataDir() + QStringLiteral("/");
        QTest::newRow("5e-database") << srd + QStringLiteral("5e-database-2014-monsters.json")
                                     << "5e-database";
        QTest::newRow("open5e v2") << srd + QStringLiteral("open5e-v2-srd2024-Creature.json") << "open5e";
        QTest::newRow("open5e v1") << interopFixture(QStringLiteral("open5e-v1-page.json")) << "open5e";
        QTest::newRow("ii statblock")
            << interopFixture(QStringLiteral("ii-statblock.json")) << "improved-initiative";
        QTest::newRow("ii list") << interopFixture(QStringLiteral("ii-list.json")) << "improved-initiative";
        QTest::newRow("ii backup") << interopFixture(QStringLiteral("ii-backup.json"))
                                   << "improved-initiative";
        QTest::newRow("ddb") << interopFixture(QStringLiteral("ddb-character.json")) << "ddb";
        QTest::newRow("native") << interopFixture(QStringLiteral("native-v1.json")) << "native";
    }
    void importEveryFormatTwice()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QTemporaryDir dir;
        const ProcessResult first =
            runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"), path,
                    QStringLiteral("--format"), format, QStringLiteral("--json")});
        QCOMPARE(first.exitCode, 0);
        const QJsonObject one = jsonOf(first);
        QCOMPARE(one.value(QStringLiteral("format")).toString(), format);
        QVERIFY(one.value(QStringLiteral("imported")).toInt() > 0);
        QCOMPARE(one.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(one.value(QStringLiteral("errors")).toArray().size(),
                 one.value(QStringLiteral("skipped")).toInt());

        const ProcessResult second = runCli({QStringLiteral("--data-dir"), dir.path(),
                                             QStringLiteral("import"), path, QStringLiteral("--json")});
        QCOMPARE(second.exitCode, 0);
        const QJsonObject two = jsonOf(second);
        QCOMPARE(two.value(QStringLiteral("format")).toString(), format); // detected
        QCOMPARE(two.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(two.value(QStringLiteral("updated")).toInt(), one.value(QStringLiteral("imported")).toInt());
        QCOMPARE(two.value(QStringLiteral("skipped")).toInt(), one.value(QStringLiteral("skipped")).toInt());
    }

    // A file whose every item is unreadable imports nothing and exits non-zero, naming each item.
    void everyItemSkippedExitsNonZero()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken-list.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"Name":"First","HP":{"Value":"many"},"AC":{"Value":12}},
                       {"Name":"Second","HP":{"Value":8}},
                       "third"])");
        file.close();
        const ProcessResult result = runCli({QStringLiteral("--data-dir"), dir.path(),
                                             QStringLiteral("import"), path, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject report = jsonOf(result);
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("skipped")).toInt(), 3);
        QStringList items;
        for (const QJsonValue& error : report.value(QStringLiteral("errors")).toArray()) {
            items << error.toObject().value(QStringLiteral("item")).toString();
            QVERIFY(!error.toObject().value(QStringLiteral("reason")).toString().isEmpty());
        }
        QCOMPARE(items,
                 (QStringList{QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("item 3")}));
    }

    void importReportsAsJsonAndUpdatesOnSecondRun()
    {
        QTemporaryDir dir;
        const QStringList args{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"),
                               interopFixture(QStringLiteral("open5e-v1-page.json")),
                               QStringLiteral("--json")};
        const ProcessResult first = runCli(args);
        QCOMPARE(first.exitCode, 0);
        QJsonObject report = jsonOf(first);
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("open5e"));
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("skipped")).toInt(), 1);
        const QJsonObject error = report.value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(error.value(QStringLiteral("item")).toString(), QStringLiteral("Broken Entry"));
        QVERIFY(!error.value(QStringLiteral("reason")).toString().isEmpty());

        report = jsonOf(runCli(args));
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("updated")).toInt(), 2);

        const ProcessResult custom = runCli(
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("creatures"), QStringLiteral("search"),
             QStringLiteral("cinder"), QStringLiteral("--custom-only"), QStringLiteral("--json")});
        QCOMPARE(jsonOf(custom).value(QStringLiteral("count")).toInt(), 1);
    }

    void refusedFileExitsNonZeroAndChangesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"),
                        interopFixture(QStringLiteral("native-v1.json"))})
                    .exitCode == 0);
        const QString beforePath = dir.filePath(QStringLiteral("before.json"));
        QCOMPARE(runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export"),
                         QStringLiteral("--out"), beforePath})
                     .exitCode,
                 0);
        for (const QString& name :
             {QStringLiteral("native-invalid-character.json"), QStringLiteral("native-truncated.json"),
              QStringLiteral("native-newer-version.json")}) {
            const ProcessResult refused =
                runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"),
                        interopFixture(name), QStringLiteral("--json")});
            QVERIFY2(refused.exitCode != 0, qPrintable(name));
            QVERIFY(refused.err.contains("Nothing was imported") || refused.err.contains("newer version"));
            QVERIFY(!jsonOf(refused).value(QStringLiteral("message")).toString().isEmpty());
        }
        const ProcessResult unknown =
            runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"),
                    interopFixture(QStringLiteral("../../CMakeLists.txt"))});
        QCOMPARE(unknown.exitCode, 1);
        const ProcessResult missing =
            runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"),
                    dir.filePath(QStringLiteral("no-such-file.json"))});
        QCOMPARE(missing.exitCode, 1);
        const ProcessResult badFormat =
            runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"),
                    interopFixture(QStringLiteral("native-v1.json")), QStringLiteral("--format"),
                    QStringLiteral("csv")});
        QCOMPARE(badFormat.exitCode, 2);
        // The data (not the WAL bookkeeping) is the same: compare the exported content.
        const ProcessResult exported =
            runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export"),
                    QStringLiteral("--out"), dir.filePath(QStringLiteral("after.json"))});
        QCOMPARE(exported.exitCode, 0);
        QJsonObject after =
            QJsonDocument::fromJson(fileBytes(dir.filePath(QStringLiteral("after.json")))).object();
        QJsonObject before = QJsonDocument::fromJson(fileBytes(beforePath)).object();
        QVERIFY(!before.isEmpty());
        before.remove(QStringLiteral("exportedAt"));
        after.remove(QStringLiteral("exportedAt"));
        QCOMPARE(after, before);
        QCOMPARE(after.value(QStringLiteral("characters")).toArray().size(), 1);
        QCOMPARE(after.value(QStringLiteral("characters"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("level"))
                     .toInt(),
                 3);
    }

    void exportThenImportRoundTripsThroughTheCli()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        QCOMPARE(runCli({QStringLiteral("--data-dir"), a, QStringLiteral("import"),
                         interopFixture(QStringLiteral("native-v1.json"))})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("--data-dir"), a, QStringLiteral("import"),
                         interopFixture(QStringLiteral("ii-backup.json"))})
                     .exitCode,
                 0);
        const QString file1 = dir.filePath(QStringLiteral("one.json"));
        const QString file2 = dir.filePath(QStringLiteral("two.json"));
        QCOMPARE(runCli({QStringLiteral("--data-dir"), a, QStringLiteral("export"), QStringLiteral("--out"),
                         file1})
                     .exitCode,
                 0);
        const ProcessResult imported =
            runCli({QStringLiteral("--data-dir"), b, QStringLiteral("import"), file1,
                    QStringLiteral("--format"), QStringLiteral("native"), QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(jsonOf(imported).value(QStringLiteral("skipped")).toInt(), 0);
        QCOMPARE(runCli({QStringLiteral("--data-dir"), b, QStringLiteral("export"), QStringLiteral("--out"),
                         file2})
                     .exitCode,
                 0);
        QJsonObject one = QJsonDocument::fromJson(fileBytes(file1)).object();
        QJsonObject two = QJsonDocument::fromJson(fileBytes(file2)).object();
        one.remove(QStringLiteral("exportedAt"));
        two.remove(QStringLiteral("exportedAt"));
        QCOMPARE(two, one);

        const QString ii = dir.filePath(QStringLiteral("ii.json"));
        QCOMPARE(runCli({QStringLiteral("--data-dir"), a, QStringLiteral("export"), QStringLiteral("--out"),
                         ii, QStringLiteral("--format"), QStringLiteral("improved-initiative")})
                     .exitCode,
                 0);
        const QJsonObject iiFile = QJsonDocument::fromJson(fileBytes(ii)).object();
        QCOMPARE(iiFile.value(QStringLiteral("Creatures")).toArray().size(), 2);
        QCOMPARE(iiFile.value(QStringLiteral("PersistentCharacters")).toArray().size(), 2);
        QCOMPARE(runCli({QStringLiteral("--data-dir"), a, QStringLiteral("export"), QStringLiteral("--out"),
                         ii, QStringLiteral("--format"), QStringLiteral("pdf")})
                     .exitCode,
                 2);
    }

    void roll20TurnOrderOfTheRunningOrNamedEncounter()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        CHECK_OK(writeTwoEncounters(data));
        const QString file = dir.filePath(QStringLiteral("turnorder.json"));
        const auto exportRoll20 = [&](QStringList more) {
            return runCli(QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("export"),
                                      QStringLiteral("--out"), file, QStringLiteral("--format"),
                                      QStringLiteral("roll20")} +
                          more);
        };

        const QByteArray troll = R"([{"custom":"Troll 1","id":"-1","pr":14}])"
                                 "\n";
        const QByteArray trollThenGoblin =
            R"([{"custom":"Troll 1","id":"-1","pr":14},{"custom":"Goblin Sniper","id":"-1","pr":20}])"
            "\n";
        const QByteArray mirela = R"([{"custom":"Mirela","id":"-1","pr":""}])"
                                  "\n";

        // Without --encounter: the one fight running, the hidden goblin left out.
        QCOMPARE(exportRoll20({}).exitCode, 0);
        QCOMPARE(fileBytes(file), troll);
        // The troll acts, so it stays on top; the goblin comes next time round.
        QCOMPARE(exportRoll20({QStringLiteral("--include-hidden")}).exitCode, 0);
        QCOMPARE(fileBytes(file), trollThenGoblin);
        // By name in any case: the fight not started, an initiative not rolled left blank.
        QCOMPARE(exportRoll20({QStringLiteral("--encounter"), QStringLiteral("camp")}).exitCode, 0);
        QCOMPARE(fileBytes(file), mirela);

        const ProcessResult unknown =
            exportRoll20({QStringLiteral("--encounter"), QStringLiteral("Dragon lair")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("Dragon lair"), unknown.err.constData());
        QCOMPARE(fileBytes(file), mirela);
        // The encounter options mean nothing to the other formats.
        QCOMPARE(runCli({QStringLiteral("--data-dir"), data, QStringLiteral("export"),
                         QStringLiteral("--out"), file, QStringLiteral("--include-hidden")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestInteropCli)
#include "TestInteropCli.moc"
