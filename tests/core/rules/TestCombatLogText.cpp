// The combat log in plain sentences: each kind of entry the rules write reads as a sentence that
// credits the one who acted, and entries written before the sentences (or by a newer release) still
// read sensibly.
#include "CombatLogSamples.h"
#include "DragonFight.h"
#include "rules/CombatLogExport.h"
#include "rules/CombatLogText.h"

#include <QTest>

using namespace dnd;
using namespace dnd::rules;
using namespace dnd::test;

namespace {

const QString kAria = QStringLiteral("Aria");
const QString kGoblin = QStringLiteral("Goblin 2");
const QString kNobody;

} // namespace

Q_DECLARE_METATYPE(dnd::CombatLogEntry)

class TestCombatLogText final : public QObject {
    Q_OBJECT
private slots:
    void eachKindReadsAsASentence_data()
    {
        QTest::addColumn<CombatLogEntry>("entry");
        QTest::addColumn<QString>("sentence");
        for (const CombatLogSample& sample : combatLogSamples())
            QTest::newRow(sample.name) << sample.entry << sample.english;
    }

    void eachKindReadsAsASentence()
    {
        QFETCH(CombatLogEntry, entry);
        QFETCH(QString, sentence);
        QCOMPARE(CombatLogText::sentence(entry), sentence);
        QVERIFY(CombatLogText::knows(entry.action));
    }

    // Every kind a whole fight writes has its sentence: no internal word ("turn_start", "add
    // [hidden no]") reaches the screen.
    void aWholeFightReadsWithoutInternalWords()
    {
        SessionFixture f;
        CHECK_OK(playDragonFight(f));
        const QString goblin = f.add(SessionFixture::creature(QStringLiteral("Goblin"), 7));
        CHECK_OK(f.session->setHidden(goblin, true));
        CHECK_OK(f.session->setHidden(goblin, false));
        Participant aliased = f.get(goblin);
        aliased.alias = QStringLiteral("Shadow");
        CHECK_OK(f.session->editParticipant(aliased));
        CHECK_OK(f.session->removeParticipant(goblin));
        QSet<QString> kinds;
        for (const CombatLogEntry& e : f.session->log()) {
            kinds.insert(e.action);
            QVERIFY2(CombatLogText::knows(e.action), qPrintable(e.action));
            const QString line = CombatLogExport::line(e);
            // No kind ("turn_start"), no raw values ("[hidden no]", "hp 5 => hp 0").
            QVERIFY2(!line.contains(QLatin1Char('_')) && !line.contains(QStringLiteral("=>")) &&
                         !line.contains(QStringLiteral("[hidden")),
                     qPrintable(line));
        }
        QVERIFY(kinds.size() >= 30);
    }

    // Entries stored by earlier releases carry only names and the values of their time (no
    // applied amount, no reason); entries of a kind a newer release added read as who, what, whom.
    void olderAndNewerEntriesStillRead()
    {
        QCOMPARE(CombatLogText::sentence(logEntry("damage", kAria, kGoblin, R"({"amount":7})")),
                 QStringLiteral("Goblin 2 took 7 damage from Aria"));
        QCOMPARE(
            CombatLogText::sentence(logEntry("damage", kAria, kGoblin, "{}", R"({"hp":20})", R"({"hp":13})")),
            QStringLiteral("Goblin 2 took 7 damage from Aria"));
        QCOMPARE(CombatLogText::sentence(logEntry("round_start", kNobody, kNobody)),
                 QStringLiteral("Round 3 began"));
        QCOMPARE(CombatLogText::sentence(logEntry("killed", kAria, kGoblin)),
                 QStringLiteral("Goblin 2 died"));
        QVERIFY(!CombatLogText::knows(QStringLiteral("wild_surge")));
        QCOMPARE(CombatLogText::sentence(logEntry("wild_surge", kAria, kGoblin)),
                 QStringLiteral("Aria: wild surge Goblin 2"));
        QCOMPARE(CombatLogText::sentence(logEntry("wild_surge", kAria, kNobody)),
                 QStringLiteral("Aria: wild surge"));
    }
};

QTEST_MAIN(TestCombatLogText)
#include "TestCombatLogText.moc"
