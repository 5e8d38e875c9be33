// Roll20's turn order written from an encounter: the exact JSON its campaign's `turnorder` takes,
// the players' names only, hidden and defeated combatants left out, the acting combatant on top.
#include "TestSupport.h"
#include "interop/Roll20TurnOrder.h"
#include "interop/StoreExport.h"
#include "util/ErrorCodes.h"

#include <QJsonDocument>
#include <QTest>

using namespace dnd;

namespace {

Participant combatant(const QString& id, const QString& name, std::optional<int> initiative,
                      ParticipantKind kind = ParticipantKind::Creature)
{
    Participant p;
    p.id = id;
    p.encounterId = QStringLiteral("fight");
    p.kind = kind;
    p.name = name;
    p.initiative = initiative;
    return p;
}

// Troll (alias "Troll 1") 18, Mirela 15, a hidden goblin 12, a defeated wolf 10, Zara 8; Mirela acts.
struct Fight {
    Encounter encounter;
    QList<Participant> participants;

    Fight()
    {
        encounter.id = QStringLiteral("fight");
        encounter.name = QStringLiteral("Bridge ambush");
        encounter.status = EncounterStatus::Active;
        encounter.combat.round = 2;
        encounter.combat.order = {QStringLiteral("troll"), QStringLiteral("mirela"), QStringLiteral("goblin"),
                                  QStringLiteral("wolf"), QStringLiteral("zara")};
        encounter.combat.turnIndex = 1;
        Participant troll = combatant(QStringLiteral("troll"), QStringLiteral("Cave Troll"), 18);
        troll.alias = QStringLiteral("Troll 1");
        Participant goblin = combatant(QStringLiteral("goblin"), QStringLiteral("Goblin Sniper"), 12);
        goblin.hidden = true;
        Participant wolf = combatant(QStringLiteral("wolf"), QStringLiteral("Wolf"), 10);
        wolf.defeated = true;
        // Handed over out of order: the export follows the encounter's order, not the list's.
        participants = {
            combatant(QStringLiteral("zara"), QStringLiteral("Zara"), 8, ParticipantKind::Character), wolf,
            troll, goblin,
            combatant(QStringLiteral("mirela"), QStringLiteral("Mirela"), 15, ParticipantKind::Character)};
    }
};

QByteArray compact(const QJsonArray& entries)
{
    return QJsonDocument(entries).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRoll20TurnOrder : public QObject {
    Q_OBJECT
private slots:
    void actingCombatantFirstWithPublicNamesOnly();
    void hiddenCombatantsOnRequest();
    void hiddenActingCombatantStartsAtTheNextOne();
    void beforeCombatInInitiativeOrderWithUnrolledBlank();
    void storeExportNeedsExactlyOneEncounter();
    void chatCommandIsOneLine();
};

void TestRoll20TurnOrder::actingCombatantFirstWithPublicNamesOnly()
{
    const Fight fight;
    const QByteArray expected(R"([{"custom":"Mirela","id":"-1","pr":15},{"custom":"Zara","id":"-1","pr":8},)"
                              R"({"custom":"Troll 1","id":"-1","pr":18}])");
    QCOMPARE(compact(Roll20TurnOrder::entries(fight.encounter, fight.participants)), expected);
}

void TestRoll20TurnOrder::hiddenCombatantsOnRequest()
{
    const Fight fight;
    const QByteArray expected(
        R"([{"custom":"Mirela","id":"-1","pr":15},{"custom":"Goblin Sniper","id":"-1","pr":12},)"
        R"({"custom":"Zara","id":"-1","pr":8},{"custom":"Troll 1","id":"-1","pr":18}])");
    QCOMPARE(compact(Roll20TurnOrder::entries(fight.encounter, fight.participants, {.includeHidden = true})),
             expected);
}

void TestRoll20TurnOrder::hiddenActingCombatantStartsAtTheNextOne()
{
    Fight fight;
    fight.encounter.combat.turnIndex = 2; // the hidden goblin acts
    const QByteArray expected(R"([{"custom":"Zara","id":"-1","pr":8},{"custom":"Troll 1","id":"-1","pr":18},)"
                              R"({"custom":"Mirela","id":"-1","pr":15}])");
    QCOMPARE(compact(Roll20TurnOrder::entries(fight.encounter, fight.participants)), expected);
}

void TestRoll20TurnOrder::beforeCombatInInitiativeOrderWithUnrolledBlank()
{
    Fight fight;
    fight.encounter.status = EncounterStatus::Planning;
    fight.encounter.combat = CombatState();
    fight.participants[0].initiative.reset(); // Zara has not rolled
    const QByteArray expected(
        R"([{"custom":"Troll 1","id":"-1","pr":18},{"custom":"Mirela","id":"-1","pr":15},)"
        R"({"custom":"Zara","id":"-1","pr":""}])");
    QCOMPARE(compact(Roll20TurnOrder::entries(fight.encounter, fight.participants)), expected);
}

void TestRoll20TurnOrder::storeExportNeedsExactlyOneEncounter()
{
    const Fight fight;
    ImportBatch records;
    records.encounters = {fight.encounter};
    records.participants = fight.participants;
    Participant stranger = combatant(QStringLiteral("other"), QStringLiteral("Stranger"), 30);
    stranger.encounterId = QStringLiteral("another fight");
    records.participants.append(stranger);
    const Result<QByteArray> file = StoreExport::write(records, ExportFormat::Roll20TurnOrder, 0);
    CHECK_OK(file);
    QCOMPARE(*file, compact(Roll20TurnOrder::entries(fight.encounter, fight.participants)) + '\n');

    CHECK_FAILS(StoreExport::write(ImportBatch(), ExportFormat::Roll20TurnOrder, 0),
                codes::kNeedsOneEncounter);
    Encounter second = fight.encounter;
    second.id = QStringLiteral("another fight");
    records.encounters.append(second);
    CHECK_FAILS(StoreExport::write(records, ExportFormat::Roll20TurnOrder, 0), codes::kNeedsOneEncounter);
}

void TestRoll20TurnOrder::chatCommandIsOneLine()
{
    Fight fight;
    fight.participants[2].alias = QStringLiteral("Troll \"the Quiet\"");
    const QString expected = QString::fromUtf8(
        R"(!dnd-turnorder [{"custom":"Mirela","id":"-1","pr":15},)"
        R"({"custom":"Zara","id":"-1","pr":8},{"custom":"Troll \"the Quiet\"","id":"-1","pr":18}])");
    QCOMPARE(Roll20TurnOrder::chatCommand(Roll20TurnOrder::entries(fight.encounter, fight.participants)),
             expected);
}

QTEST_GUILESS_MAIN(TestRoll20TurnOrder)
#include "TestRoll20TurnOrder.moc"
