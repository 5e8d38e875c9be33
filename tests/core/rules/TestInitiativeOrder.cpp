#include "rules/InitiativeOrder.h"

#include <QTest>

using namespace dnd;
using namespace dnd::rules;

namespace {
Participant make(const QString& id, std::optional<int> initiative, int modifier = 0, int dex = 10,
                 ParticipantKind kind = ParticipantKind::Creature, int rank = 0)
{
    Participant p;
    p.id = id;
    p.name = id;
    p.initiative = initiative;
    p.initiativeModifier = modifier;
    p.dexterity = dex;
    p.kind = kind;
    p.tieBreakRank = rank;
    return p;
}
} // namespace

class TestInitiativeOrder final : public QObject {
    Q_OBJECT
private slots:
    void tieBreaks_data()
    {
        QTest::addColumn<QList<Participant>>("added");
        QTest::addColumn<QStringList>("expected");
        const auto pc = ParticipantKind::Character;
        const auto lair = ParticipantKind::Lair;
        QTest::newRow("higher total first")
            << QList<Participant>{make("a", 12), make("b", 18), make("c", 15)} << QStringList{"b", "c", "a"};
        QTest::newRow("no initiative last")
            << QList<Participant>{make("a", std::nullopt, 9), make("b", -2)} << QStringList{"b", "a"};
        QTest::newRow("modifier breaks tie")
            << QList<Participant>{make("a", 15, 1), make("b", 15, 3)} << QStringList{"b", "a"};
        QTest::newRow("dexterity after modifier")
            << QList<Participant>{make("a", 15, 2, 14), make("b", 15, 2, 15)} << QStringList{"b", "a"};
        QTest::newRow("modifier beats dexterity")
            << QList<Participant>{make("a", 15, 2, 20), make("b", 15, 3, 10)} << QStringList{"b", "a"};
        QTest::newRow("characters before creatures")
            << QList<Participant>{make("goblin", 15, 2, 14), make("pc", 15, 2, 14, pc)}
            << QStringList{"pc", "goblin"};
        QTest::newRow("dexterity beats side")
            << QList<Participant>{make("pc", 15, 2, 12, pc), make("goblin", 15, 2, 14)}
            << QStringList{"goblin", "pc"};
        QTest::newRow("side beats DM rank")
            << QList<Participant>{make("goblin", 15, 2, 14, ParticipantKind::Creature, 0),
                                  make("pc", 15, 2, 14, pc, 5)}
            << QStringList{"pc", "goblin"};
        QTest::newRow("DM rank beats added order")
            << QList<Participant>{make("first", 15, 2, 14, ParticipantKind::Creature, 2),
                                  make("second", 15, 2, 14, ParticipantKind::Creature, 1)}
            << QStringList{"second", "first"};
        QTest::newRow("DM rank after side")
            << QList<Participant>{make("a", 15, 2, 14, pc, 1), make("b", 15, 2, 14, pc, 0)}
            << QStringList{"b", "a"};
        QTest::newRow("stable when all equal")
            << QList<Participant>{make("x", 10), make("y", 10), make("z", 10)} << QStringList{"x", "y", "z"};
        QTest::newRow("lair loses ties at 20")
            << QList<Participant>{make("lair", 20, 0, 10, lair), make("slow", 20, -5, 1), make("fast", 21)}
            << QStringList{"fast", "slow", "lair"};
        QTest::newRow("lair loses ties to characters")
            << QList<Participant>{make("lair", 20, 5, 30, lair), make("pc", 20, -1, 8, pc)}
            << QStringList{"pc", "lair"};
        QTest::newRow("lair loses ties at any total")
            << QList<Participant>{make("lair", 15, 0, 10, lair), make("goblin", 15)}
            << QStringList{"goblin", "lair"};
        QTest::newRow("lair ahead of lower totals")
            << QList<Participant>{make("low", 19, 9, 30), make("lair", 20, 0, 10, lair)}
            << QStringList{"lair", "low"};
        QTest::newRow("total beats everything")
            << QList<Participant>{make("pc", 9, 10, 30, pc), make("goblin", 10, -1, 3)}
            << QStringList{"goblin", "pc"};
    }
    void tieBreaks()
    {
        QFETCH(QList<Participant>, added);
        QFETCH(QStringList, expected);
        QCOMPARE(InitiativeOrder::sort(added), expected);
    }

    void tiedMeansRulesOneToFive()
    {
        QVERIFY(InitiativeOrder::tied(make("a", 12, 1, 12), make("b", 12, 1, 12)));
        QVERIFY(InitiativeOrder::tied(make("a", 12, 1, 12, ParticipantKind::Creature, 3),
                                      make("b", 12, 1, 12, ParticipantKind::Creature, 0)));
        QVERIFY(!InitiativeOrder::tied(make("a", 12, 1, 12), make("b", 12, 1, 13)));
        QVERIFY(
            !InitiativeOrder::tied(make("a", 12, 1, 12), make("b", 12, 1, 12, ParticipantKind::Character)));
    }
};

QTEST_APPLESS_MAIN(TestInitiativeOrder)
#include "TestInitiativeOrder.moc"
