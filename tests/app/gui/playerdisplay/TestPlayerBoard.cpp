// What the player display may show: hidden combatants never, monsters' health only as words.
#include "playerdisplay/PlayerBoard.h"
#include "playerdisplay/PlayerDisplay.h"
#include "rules/HealthDescription.h"

#include <QFontMetrics>
#include <QSet>
#include <QTest>

using namespace dnd;
using namespace dnd::gui;

namespace {
Participant combatant(const QString& id, const QString& name, ParticipantKind kind, int hp, int maxHp)
{
    Participant participant;
    participant.id = id;
    participant.encounterId = QStringLiteral("e");
    participant.name = name;
    participant.kind = kind;
    participant.currentHp = hp;
    participant.maxHp = maxHp;
    return participant;
}
} // namespace

class TestPlayerBoard : public QObject {
    Q_OBJECT
private slots:
    void healthWords_data();
    void healthWords();
    void hiddenCombatantsAreLeftOut();
    void charactersShowNumbersOnlyWhenAllowed();
    void displayPaintsAtAnySize();
    void everyTextFitsItsPlace_data();
    void everyTextFitsItsPlace();
};

void TestPlayerBoard::healthWords_data()
{
    QTest::addColumn<int>("hp");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("defeated");
    QTest::addColumn<QString>("key");
    QTest::newRow("full") << 15 << 15 << false << "healthy";
    QTest::newRow("above max") << 20 << 15 << false << "healthy";
    QTest::newRow("one down") << 14 << 15 << false << "hurt";
    QTest::newRow("just above half") << 8 << 15 << false << "hurt";
    QTest::newRow("half rounded down") << 7 << 15 << false << "bloodied";
    QTest::newRow("exact half") << 10 << 20 << false << "bloodied";
    QTest::newRow("one hp") << 1 << 20 << false << "bloodied";
    QTest::newRow("zero") << 0 << 20 << false << "defeated";
    QTest::newRow("negative") << -5 << 20 << false << "defeated";
    QTest::newRow("flagged") << 12 << 20 << true << "defeated";
    QTest::newRow("no max") << 3 << 0 << false << "healthy";
}

void TestPlayerBoard::healthWords()
{
    QFETCH(int, hp);
    QFETCH(int, max);
    QFETCH(bool, defeated);
    QFETCH(QString, key);
    QCOMPARE(healthStateKey(describeHealth(hp, max, defeated)), key);
}

void TestPlayerBoard::hiddenCombatantsAreLeftOut()
{
    Encounter encounter;
    encounter.id = QStringLiteral("e");
    encounter.name = QStringLiteral("Crypt");
    encounter.status = EncounterStatus::Active;
    encounter.combat.round = 2;
    encounter.combat.order = {QStringLiteral("a"), QStringLiteral("h"), QStringLiteral("g"),
                              QStringLiteral("c")};
    encounter.combat.turnIndex = 0;

    Participant aria =
        combatant(QStringLiteral("a"), QStringLiteral("Aria"), ParticipantKind::Character, 20, 30);
    Participant hidden =
        combatant(QStringLiteral("h"), QStringLiteral("Assassin"), ParticipantKind::Creature, 50, 50);
    hidden.hidden = true;
    Participant goblin =
        combatant(QStringLiteral("g"), QStringLiteral("Goblin"), ParticipantKind::Creature, 3, 7);
    goblin.alias = QStringLiteral("Goblin 2");
    ActiveCondition prone;
    prone.key = QStringLiteral("prone");
    ActiveCondition secret;
    secret.key = QStringLiteral("custom:marked");
    secret.label = QStringLiteral("Marked by the DM");
    secret.hiddenFromPlayers = true;
    goblin.conditions = {prone, secret};
    Participant cultist =
        combatant(QStringLiteral("c"), QStringLiteral("Cultist"), ParticipantKind::Creature, 9, 9);

    PlayerBoard board = PlayerBoard::build(encounter, {cultist, goblin, hidden, aria}, PlayerHpMode::Words);
    QCOMPARE(board.names(),
             (QStringList{QStringLiteral("Aria"), QStringLiteral("Goblin 2"), QStringLiteral("Cultist")}));
    QCOMPARE(board.round, 2);
    QCOMPARE(board.currentName, QStringLiteral("Aria"));
    // The hidden assassin is skipped for "next" too.
    QCOMPARE(board.nextName, QStringLiteral("Goblin 2"));
    QVERIFY(board.rows[1].next);
    QCOMPARE(board.rows[1].health, QStringLiteral("Bloodied"));
    QCOMPARE(board.rows[1].conditions, QStringList{QStringLiteral("Prone")});
    QCOMPARE(board.rows[2].health, QStringLiteral("Healthy"));
    for (const PlayerBoardRow& row : board.rows)
        QVERIFY(!row.name.contains(QStringLiteral("Assassin")));

    // When the hidden combatant acts, the players see no name for the current turn.
    encounter.combat.turnIndex = 1;
    board = PlayerBoard::build(encounter, {cultist, goblin, hidden, aria}, PlayerHpMode::Words);
    QVERIFY(board.currentName.isEmpty());
    QCOMPARE(board.nextName, QStringLiteral("Goblin 2"));

    // Revealed, it appears in its place.
    hidden.hidden = false;
    board = PlayerBoard::build(encounter, {cultist, goblin, hidden, aria}, PlayerHpMode::Words);
    QCOMPARE(board.names().at(1), QStringLiteral("Assassin"));
    QCOMPARE(board.currentName, QStringLiteral("Assassin"));
}

void TestPlayerBoard::charactersShowNumbersOnlyWhenAllowed()
{
    Encounter encounter;
    encounter.status = EncounterStatus::Active;
    encounter.combat.round = 1;
    Participant aria =
        combatant(QStringLiteral("a"), QStringLiteral("Aria"), ParticipantKind::Character, 20, 30);
    aria.tempHp = 5;
    Participant ogre =
        combatant(QStringLiteral("o"), QStringLiteral("Ogre"), ParticipantKind::Creature, 40, 59);
    encounter.combat.order = {QStringLiteral("a"), QStringLiteral("o")};

    PlayerBoard numbers = PlayerBoard::build(encounter, {aria, ogre}, PlayerHpMode::Numbers);
    QCOMPARE(numbers.rows[0].health, QStringLiteral("20 / 30 (+5)"));
    QCOMPARE(numbers.rows[1].health, QStringLiteral("Hurt")); // never a monster's numbers
    PlayerBoard words = PlayerBoard::build(encounter, {aria, ogre}, PlayerHpMode::Words);
    QCOMPARE(words.rows[0].health, QStringLiteral("Hurt"));

    aria.currentHp = 0;
    QCOMPARE(PlayerBoard::build(encounter, {aria, ogre}, PlayerHpMode::Numbers).rows[0].health,
             QStringLiteral("Dying"));
    aria.deathSaves.stable = true;
    QCOMPARE(PlayerBoard::build(encounter, {aria, ogre}, PlayerHpMode::Words).rows[0].health,
             QStringLiteral("Stable"));

    // Out of combat nobody is current and the round is not shown as running.
    encounter.status = EncounterStatus::Planning;
    PlayerBoard planning = PlayerBoard::build(encounter, {aria, ogre}, PlayerHpMode::Words);
    QVERIFY(!planning.inCombat);
    QVERIFY(planning.currentName.isEmpty());
    QVERIFY(planning.nextName.isEmpty());
}

void TestPlayerBoard::displayPaintsAtAnySize()
{
    Encounter encounter;
    encounter.name = QStringLiteral("A very long encounter name that has to be elided on a small window");
    encounter.status = EncounterStatus::Active;
    encounter.combat.round = 3;
    QList<Participant> many;
    for (int i = 0; i < 60; ++i) {
        Participant participant = combatant(QString::number(i), QStringLiteral("Skeleton %1").arg(i),
                                            ParticipantKind::Creature, i % 13, 13);
        encounter.combat.order.append(participant.id);
        many.append(participant);
    }
    PlayerDisplay display;
    display.setBoard(PlayerBoard::build(encounter, many, PlayerHpMode::Words));
    QCOMPARE(display.board().rows.size(), 60);
    for (const QSize size : {QSize(480, 300), QSize(1920, 1080), QSize(3840, 2160)}) {
        display.resize(size);
        const QImage image = display.grab().toImage();
        QCOMPARE(image.size(), size * display.devicePixelRatioF());
        bool varied = false;
        const QColor background = image.pixelColor(1, 1);
        for (int y = 0; y < image.height() && !varied; y += 7) {
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixelColor(x, y) != background;
        }
        QVERIFY(varied);
    }
}

void TestPlayerBoard::everyTextFitsItsPlace_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("phone 320") << QSize(320, 640);
    QTest::newRow("small 480") << QSize(480, 800);
    QTest::newRow("TV 1920") << QSize(1920, 1080);
}

// At a phone's width and a TV's, no two texts overlap, each lies inside the window, and each fits
// its area in its type (QFontMetrics); names keep enough letters to be recognised.
void TestPlayerBoard::everyTextFitsItsPlace()
{
    QFETCH(QSize, size);
    PlayerBoard board;
    board.title = QStringLiteral("The Sunless Citadel: Goblin Warren");
    board.inCombat = true;
    board.round = 12;
    board.currentName = QStringLiteral("Brakka Stormbreaker");
    board.nextName = QStringLiteral("Goblin Boss");
    const QList<std::pair<QString, QString>> lines{
        {QStringLiteral("Brakka Stormbreaker"), QStringLiteral("23 / 40 (+6)")},
        {QStringLiteral("Goblin Boss"), QStringLiteral("Bloodied")},
        {QStringLiteral("Elowen of the Silver Glade"), QStringLiteral("Healthy")},
        {QStringLiteral("Goblin 1"), QStringLiteral("Hurt")},
        {QStringLiteral("Goblin 2"), QStringLiteral("Defeated")},
        {QStringLiteral("Tobin"), QStringLiteral("Dying")},
        {QStringLiteral("Wolf"), QStringLiteral("Bloodied")}};
    for (const auto& [name, health] : lines) {
        PlayerBoardRow row;
        row.participantId = name;
        row.name = name;
        row.health = health;
        row.healthKey = QStringLiteral("hurt");
        row.conditions = {QStringLiteral("Restrained"), QStringLiteral("Poisoned")};
        board.rows.append(row);
    }
    board.rows[0].current = true;
    board.rows[1].next = true;

    PlayerDisplay display;
    display.setBoard(board);
    display.resize(size);
    QCOMPARE(display.size(), size);
    using Kind = PlayerDisplay::TextPiece::Kind;
    const QList<PlayerDisplay::TextPiece> pieces = display.pieces();
    QSet<qsizetype> named;
    QSet<qsizetype> healthShown;
    int chips = 0;
    int nextShown = 0;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const PlayerDisplay::TextPiece& piece = pieces[i];
        const QString what = QStringLiteral("%1 (kind %2, row %3) in %4,%5 %6x%7")
                                 .arg(piece.text)
                                 .arg(int(piece.kind))
                                 .arg(piece.row)
                                 .arg(piece.area.x())
                                 .arg(piece.area.y())
                                 .arg(piece.area.width())
                                 .arg(piece.area.height());
        QVERIFY2(display.rect().contains(piece.area), qPrintable(what));
        const QFontMetrics metrics(piece.font);
        QVERIFY2(metrics.horizontalAdvance(piece.text) <= piece.area.width(), qPrintable(what));
        QVERIFY2(metrics.height() <= piece.area.height(), qPrintable(what));
        for (qsizetype j = i + 1; j < pieces.size(); ++j)
            QVERIFY2(!piece.area.intersects(pieces[j].area),
                     qPrintable(what + QStringLiteral(" and ") + pieces[j].text));
        if (piece.kind == Kind::Name) {
            // At least three letters before any ellipsis: "Elo…", not "…".
            QVERIFY2(piece.text.indexOf(QChar(0x2026)) < 0 || piece.text.indexOf(QChar(0x2026)) >= 3,
                     qPrintable(what));
            named.insert(piece.row);
        }
        if (piece.kind == Kind::Health) {
            QCOMPARE(piece.text, lines[piece.row].second); // health is never shortened
            healthShown.insert(piece.row);
        }
        if (piece.kind == Kind::Chip)
            ++chips;
        if (piece.kind == Kind::Next)
            ++nextShown;
    }
    QCOMPARE(named.size(), lines.size());
    QCOMPARE(healthShown.size(), lines.size());
    // A narrow window drops the condition chips, a wide one has room for them on every row; and
    // the "Next:" half of the line gives its room to "Now:" (the next row is highlighted).
    if (size.width() < PlayerDisplay::kNarrowWidth) {
        QCOMPARE(chips, 0);
        QCOMPARE(nextShown, 0);
    } else if (size.width() >= 1920) {
        QCOMPARE(chips, 2 * int(lines.size()));
        QCOMPARE(nextShown, 1);
    }
}

QTEST_MAIN(TestPlayerBoard)
#include "TestPlayerBoard.moc"
