// The public view of an encounter: what players see on the player display, the watchers' socket
// and the web page. Nothing hidden, no notes, no monster hit points; the right active combatant.
#include "rules/PublicView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dnd;

namespace {

Participant combatant(const QString& id, const QString& name, ParticipantKind kind, int hp, int maxHp)
{
    Participant participant;
    participant.id = id;
    participant.encounterId = QStringLiteral("enc");
    participant.name = name;
    participant.kind = kind;
    participant.currentHp = hp;
    participant.maxHp = maxHp;
    return participant;
}

ActiveCondition condition(const QString& key, int rounds, bool hidden, const QString& note = {})
{
    ActiveCondition active;
    active.id = key + QStringLiteral("-1");
    active.key = key;
    active.remainingRounds = rounds;
    active.hiddenFromPlayers = hidden;
    active.note = note;
    return active;
}

QString text(const PublicEncounterView& view)
{
    return QString::fromUtf8(QJsonDocument(view.toJson()).toJson(QJsonDocument::Compact));
}

QStringList types(const QList<PublicViewChange>& changes)
{
    QStringList result;
    for (const PublicViewChange& change : changes)
        result.append(change.type);
    return result;
}

} // namespace

class TestPublicView : public QObject {
    Q_OBJECT

    Encounter m_encounter;
    QList<Participant> m_participants;

private slots:
    void init()
    {
        m_encounter = {};
        m_encounter.id = QStringLiteral("enc");
        m_encounter.name = QStringLiteral("Crypt of Bones");
        m_encounter.description = QStringLiteral("DESCRIPTION-SECRET");
        m_encounter.notes = QStringLiteral("ENCOUNTER-NOTE-SECRET");
        m_encounter.status = EncounterStatus::Active;
        m_encounter.combat.round = 3;
        m_encounter.combat.order = {QStringLiteral("aria"), QStringLiteral("assassin"),
                                    QStringLiteral("ogre"), QStringLiteral("bram")};
        m_encounter.combat.turnIndex = 0;

        Participant aria =
            combatant(QStringLiteral("aria"), QStringLiteral("Aria"), ParticipantKind::Character, 21, 30);
        aria.tempHp = 5;
        aria.notes = QStringLiteral("ARIA-NOTE-SECRET");
        aria.conditions = {
            condition(QStringLiteral("blessed-custom"), 2, false, QStringLiteral("BLESS-NOTE-SECRET"))};
        aria.conditions.first().label = QStringLiteral("Blessed");
        Participant assassin = combatant(QStringLiteral("assassin"), QStringLiteral("ASSASSIN-HIDDEN"),
                                         ParticipantKind::Creature, 78, 78);
        assassin.hidden = true;
        Participant ogre =
            combatant(QStringLiteral("ogre"), QStringLiteral("Ogre"), ParticipantKind::Creature, 4321, 8888);
        ogre.alias = QStringLiteral("Big One");
        ogre.tempHp = 6666;
        ogre.notes = QStringLiteral("OGRE-NOTE-SECRET");
        ogre.concentrationNote = QStringLiteral("CONCENTRATION-NOTE-SECRET");
        ogre.concentrating = true;
        ogre.conditions = {
            condition(QStringLiteral("prone"), 1, false),
            condition(QStringLiteral("invisible"), -1, true, QStringLiteral("HIDDEN-COND-NOTE"))};
        Participant bram =
            combatant(QStringLiteral("bram"), QStringLiteral("Bram"), ParticipantKind::Character, 0, 12);
        bram.deathSaves.successes = 1;
        m_participants = {aria, assassin, ogre, bram};
    }

    void hiddenThingsNotesAndMonsterNumbersNeverAppear()
    {
        for (CharacterHpShown mode : {CharacterHpShown::Words, CharacterHpShown::Numbers}) {
            const PublicEncounterView view = publicView(m_encounter, m_participants, mode);
            const QString json = text(view);
            for (const char* secret :
                 {"ASSASSIN-HIDDEN", "assassin", "ENCOUNTER-NOTE-SECRET", "DESCRIPTION-SECRET",
                  "ARIA-NOTE-SECRET", "BLESS-NOTE-SECRET", "OGRE-NOTE-SECRET", "CONCENTRATION-NOTE-SECRET",
                  "HIDDEN-COND-NOTE", "invisible", "Invisible", "4321", "8888", "6666", "\"Ogre\""})
                QVERIFY2(!json.contains(QLatin1String(secret)),
                         qPrintable(QStringLiteral("%1 in %2").arg(secret, json)));
            QCOMPARE(view.combatants.size(), 3);
            const PublicCombatant* ogre = view.find(QStringLiteral("ogre"));
            QVERIFY(ogre);
            QCOMPARE(ogre->name, QStringLiteral("Big One"));
            QCOMPARE(ogre->health, HealthState::Bloodied);
            QVERIFY(!ogre->currentHp && !ogre->maxHp && !ogre->tempHp);
            QCOMPARE(ogre->conditions.size(), 1);
            QCOMPARE(ogre->conditions.first().key, QStringLiteral("prone"));
            QCOMPARE(ogre->conditions.first().remainingRounds, 1);
            // The round trip through JSON (the web page and the watchers' socket) keeps it whole.
            QCOMPARE(PublicEncounterView::fromJson(view.toJson()), view);
        }
    }

    void characterNumbersOnlyWhenAllowed()
    {
        const PublicEncounterView words = publicView(m_encounter, m_participants, CharacterHpShown::Words);
        QVERIFY(!words.find(QStringLiteral("aria"))->currentHp);
        QVERIFY(!text(words).contains(QLatin1String("\"currentHp\"")));
        const PublicEncounterView numbers =
            publicView(m_encounter, m_participants, CharacterHpShown::Numbers);
        const PublicCombatant* aria = numbers.find(QStringLiteral("aria"));
        QCOMPARE(aria->currentHp, std::optional<int>(21));
        QCOMPARE(aria->maxHp, std::optional<int>(30));
        QCOMPARE(aria->tempHp, std::optional<int>(5));
        QCOMPARE(aria->conditions.first().name, QStringLiteral("Blessed"));
        QCOMPARE(aria->conditions.first().remainingRounds, 2);
        QVERIFY(numbers.find(QStringLiteral("bram"))->dying);
    }

    void activeAndNextSkipHiddenCombatants_data()
    {
        QTest::addColumn<int>("turnIndex");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("next");
        // Order: aria, assassin (hidden), ogre, bram. The turn index counts hidden ones too.
        QTest::newRow("first") << 0 << "aria"
                               << "ogre";
        QTest::newRow("hidden one's turn") << 1 << ""
                                           << "ogre";
        QTest::newRow("after the hidden one") << 2 << "ogre"
                                              << "bram";
        QTest::newRow("last wraps") << 3 << "bram"
                                    << "aria";
    }

    void activeAndNextSkipHiddenCombatants()
    {
        QFETCH(int, turnIndex);
        QFETCH(QString, current);
        QFETCH(QString, next);
        m_encounter.combat.turnIndex = turnIndex;
        const PublicEncounterView view = publicView(m_encounter, m_participants, CharacterHpShown::Words);
        QCOMPARE(view.currentId, current);
        QCOMPARE(view.nextId, next);
        QCOMPARE(view.current() ? view.current()->id : QString(), current);
        QCOMPARE(view.round, 3);
        // The JSON shape is the service's: the same projection from its documents.
        QJsonObject document = m_encounter.toJson();
        QJsonArray participants;
        for (const Participant& participant : m_participants)
            participants.append(participant.toJson());
        document.insert(QStringLiteral("participants"), participants);
        QCOMPARE(publicView(document, CharacterHpShown::Words), view);
    }

    void defeatedCombatantsAreNotNext()
    {
        m_participants[2].defeated = true; // the ogre
        const PublicEncounterView view = publicView(m_encounter, m_participants, CharacterHpShown::Words);
        QCOMPARE(view.nextId, QStringLiteral("bram"));
        QCOMPARE(view.find(QStringLiteral("ogre"))->health, HealthState::Defeated);
    }

    void outOfCombatNobodysTurn()
    {
        m_encounter.status = EncounterStatus::Planning;
        const PublicEncounterView view = publicView(m_encounter, m_participants, CharacterHpShown::Words);
        QVERIFY(!view.inCombat);
        QVERIFY(view.currentId.isEmpty());
        QVERIFY(view.nextId.isEmpty());
        QCOMPARE(view.round, 0);
    }

    void changesNameTheLiveEvents()
    {
        const PublicEncounterView before = publicView(m_encounter, m_participants, CharacterHpShown::Words);
        QVERIFY(publicViewChanges(before, before).isEmpty());

        // Whatever players cannot see changes nothing for them.
        QList<Participant> secretOnly = m_participants;
        secretOnly[1].currentHp = 10; // the hidden assassin
        secretOnly[2].notes = QStringLiteral("changed");
        secretOnly[2].currentHp = 4000;                  // still Bloodied
        secretOnly[2].conditions[1].remainingRounds = 4; // the hidden condition
        QVERIFY(publicViewChanges(before, publicView(m_encounter, secretOnly, CharacterHpShown::Words))
                    .isEmpty());

        QList<Participant> hurt = m_participants;
        hurt[0].currentHp = 10;           // Aria: Hurt -> Bloodied
        hurt[2].conditions.removeFirst(); // the ogre stands up
        hurt[0].conditions.append(condition(QStringLiteral("poisoned"), 3, false));
        Encounter advanced = m_encounter;
        advanced.combat.turnIndex = 2;
        const QList<PublicViewChange> changes =
            publicViewChanges(before, publicView(advanced, hurt, CharacterHpShown::Words));
        QCOMPARE(types(changes), (QStringList{"turn:advance", "participant:hp_change",
                                              "participant:condition_add", "participant:condition_remove"}));
        QCOMPARE(changes[1].participantId, QStringLiteral("aria"));
        QCOMPARE(changes[2].conditionKey, QStringLiteral("poisoned"));
        QCOMPARE(changes[3].participantId, QStringLiteral("ogre"));
        QCOMPARE(changes[3].conditionKey, QStringLiteral("prone"));

        Encounter planned = m_encounter;
        planned.status = EncounterStatus::Planning;
        const PublicEncounterView waiting = publicView(planned, m_participants, CharacterHpShown::Words);
        QCOMPARE(types(publicViewChanges(waiting, before)).first(), QStringLiteral("combat:start"));
        Encounter ended = m_encounter;
        ended.status = EncounterStatus::Completed;
        QCOMPARE(types(publicViewChanges(before, publicView(ended, m_participants, CharacterHpShown::Words)))
                     .last(),
                 QStringLiteral("combat:end"));
    }
};

QTEST_GUILESS_MAIN(TestPublicView)
#include "TestPublicView.moc"
