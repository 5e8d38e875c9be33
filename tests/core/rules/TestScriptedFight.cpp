#include "DragonFight.h"
#include "rules/CombatLogExport.h"

#include <QJsonArray>
#include <QTest>

using namespace dnd;
using namespace dnd::rules;
using namespace dnd::test;

// A party of four against an adult red dragon in its lair with four kobold minions, five rounds.
// Every roll is scripted, so the combat log must match the expected file line for line.
class TestScriptedFight final : public QObject {
    Q_OBJECT
private slots:
    void dragonInItsLair()
    {
        SessionFixture f;
        const Result<DragonFight> fight = playDragonFight(f);
        CHECK_OK(fight);
        // Order: Nim 20, Lair 20, Quill 17, Dragon 15, Brakka 14, Kobolds 10, Ilse 9.
        QCOMPARE(f.session->participants().size(), 10);
        QCOMPARE(f.session->participants().at(1).kind, ParticipantKind::Lair);
        QVERIFY(f.get(fight->dragon).defeated);
        QCOMPARE(f.session->elapsedMs(), (fight->turns + 1) * 6000); // six seconds a turn

        // The expected file is only ever written by the update-dragon-fight-log target, never here.
        const QString text = CombatLogExport::toText(f.session->log());
        const QString expected =
            QString::fromUtf8(fileBytes(fixturePath(QStringLiteral("rules/dragon-fight.log"))));
        QVERIFY2(!expected.isEmpty(), "the expected log file is missing");
        const QStringList actualLines = text.split(QLatin1Char('\n'));
        const QStringList expectedLines = expected.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < qMin(actualLines.size(), expectedLines.size()); ++i)
            QCOMPARE(actualLines[i], expectedLines[i]);
        QCOMPARE(actualLines.size(), expectedLines.size());

        // The JSON export carries every entry field by field (round, turn, actor, target, action,
        // before, after, time ...), and the log survives a reload.
        const QJsonArray json = CombatLogExport::toJson(f.session->log());
        QCOMPARE(json.size(), f.session->log().size());
        const QStringList fields{"action", "actor", "after",    "before", "details",     "encounterId",
                                 "id",     "round", "sequence", "target", "timestampMs", "turn"};
        for (qsizetype i = 0; i < json.size(); ++i) {
            const QJsonObject object = json.at(i).toObject();
            QCOMPARE(object.keys(), fields);
            QCOMPARE(CombatLogEntry::fromJson(object), f.session->log().at(i));
        }
        SeededRandom random(1);
        EncounterSession reloaded(*f.temp.store, f.encounterId, random, f.temp.clock);
        CHECK_OK(reloaded.load());
        QCOMPARE(CombatLogExport::toText(reloaded.log()), text);
    }
};

QTEST_MAIN(TestScriptedFight)
#include "TestScriptedFight.moc"
