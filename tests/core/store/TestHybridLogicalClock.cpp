// HybridLogicalClock: ordering, the counter, the drift bound, parsing and restoring.
#include "TestSupport.h"
#include "store/HybridLogicalClock.h"

#include <QTest>

using namespace dnd;

using Timestamp = HybridLogicalClock::Timestamp;

class TestHybridLogicalClock final : public QObject {
    Q_OBJECT

private slots:
    void ticksGrowWithTheWallClock();
    void counterOrdersEventsInOneMillisecond();
    void clockGoingBackwardsNeverReordersEvents();
    void counterOverflowBorrowsTheNextMillisecond();
    void observeMovesPastRemoteStamps();
    void observeRejectsDriftBeyondFiveMinutes();
    void parse_data();
    void parse();
    void restoreOnlyMovesForward();
};

void TestHybridLogicalClock::ticksGrowWithTheWallClock()
{
    ManualClock wall(1'700'000'000'000);
    HybridLogicalClock clock(wall, QStringLiteral("node-a"));
    const QString first = clock.tick();
    QCOMPARE(first, QStringLiteral("001700000000000-00000-node-a"));
    wall.advance(5);
    const QString second = clock.tick();
    QCOMPARE(second, QStringLiteral("001700000000005-00000-node-a"));
    QVERIFY(first < second);
    QCOMPARE(clock.last(), second);
}

void TestHybridLogicalClock::counterOrdersEventsInOneMillisecond()
{
    ManualClock wall;
    HybridLogicalClock clock(wall, QStringLiteral("n"));
    QString previous = clock.tick();
    for (int i = 1; i <= 20; ++i) {
        const QString next = clock.tick();
        QVERIFY(previous < next);
        QCOMPARE(Timestamp::parse(next)->counter, i);
        previous = next;
    }
}

void TestHybridLogicalClock::clockGoingBackwardsNeverReordersEvents()
{
    ManualClock wall(2'000'000'000'000);
    HybridLogicalClock clock(wall, QStringLiteral("n"));
    const QString before = clock.tick();
    wall.advance(-60'000); // the system clock was set back a minute
    const QString after = clock.tick();
    QVERIFY(before < after);
    QCOMPARE(Timestamp::parse(after)->millis, 2'000'000'000'000);
    QCOMPARE(Timestamp::parse(after)->counter, 1);
}

void TestHybridLogicalClock::counterOverflowBorrowsTheNextMillisecond()
{
    ManualClock wall(1'000);
    HybridLogicalClock clock(wall, QStringLiteral("n"));
    clock.restore(QStringLiteral("000000000001000-99999-n"));
    const QString next = clock.tick();
    QCOMPARE(next, QStringLiteral("000000000001001-00000-n"));
    QVERIFY(QStringLiteral("000000000001000-99999-n") < next);
}

void TestHybridLogicalClock::observeMovesPastRemoteStamps()
{
    ManualClock wall(1'000'000);
    HybridLogicalClock clock(wall, QStringLiteral("a"));
    clock.tick();
    // Device B's clock runs two minutes ahead: within the bound, so our next edit sorts after B's.
    const QString remote = Timestamp{1'000'000 + 120'000, 3, QStringLiteral("b")}.toString();
    CHECK_OK(clock.observe(remote));
    const QString local = clock.tick();
    QVERIFY(remote < local);
    QCOMPARE(Timestamp::parse(local)->millis, 1'120'000);
    QCOMPARE(Timestamp::parse(local)->counter, 5);
    // A remote stamp from the past changes nothing but the counter.
    CHECK_OK(clock.observe(Timestamp{10, 0, QStringLiteral("b")}.toString()));
    QVERIFY(local < clock.tick());
}

void TestHybridLogicalClock::observeRejectsDriftBeyondFiveMinutes()
{
    ManualClock wall(5'000'000);
    HybridLogicalClock clock(wall, QStringLiteral("a"));
    const QString mine = clock.tick();
    const QString atBound =
        Timestamp{5'000'000 + HybridLogicalClock::kMaxDriftMs, 0, QStringLiteral("b")}.toString();
    const QString beyond =
        Timestamp{5'000'000 + HybridLogicalClock::kMaxDriftMs + 1, 0, QStringLiteral("b")}.toString();
    const QString tenMinutes = Timestamp{5'000'000 + 10 * 60'000, 0, QStringLiteral("b")}.toString();

    const Status rejected = clock.observe(tenMinutes);
    QCOMPARE(rejected.error().code, QStringLiteral("CLOCK_DRIFT"));
    QVERIFY(rejected.errorMessage().contains(QStringLiteral("600 s ahead")));
    QCOMPARE(clock.last(), mine); // nothing adopted
    QCOMPARE(clock.observe(beyond).error().code, QStringLiteral("CLOCK_DRIFT"));
    CHECK_OK(clock.observe(atBound));
    QVERIFY(atBound < clock.tick());
}

void TestHybridLogicalClock::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qlonglong>("millis");
    QTest::addColumn<int>("counter");
    QTest::addColumn<QString>("node");
    QTest::newRow("plain") << "001700000000000-00042-abc" << true << 1'700'000'000'000LL << 42 << "abc";
    QTest::newRow("node with dashes") << "000000000000001-00000-a-b-c" << true << 1LL << 0 << "a-b-c";
    QTest::newRow("empty") << "" << false << 0LL << 0 << "";
    QTest::newRow("words") << "yesterday" << false << 0LL << 0 << "";
    QTest::newRow("no node") << "001700000000000-00042-" << false << 0LL << 0 << "";
    QTest::newRow("short millis") << "1700000000000-00042-abc" << false << 0LL << 0 << "";
    QTest::newRow("short counter") << "001700000000000-042-abc" << false << 0LL << 0 << "";
    QTest::newRow("letters in millis") << "00170000000000x-00042-abc" << false << 0LL << 0 << "";
    QTest::newRow("negative") << "-01700000000000-00042-abc" << false << 0LL << 0 << "";
    QTest::newRow("plus sign counter") << "001700000000000-+0042-abc" << false << 0LL << 0 << "";
    QTest::newRow("huge") << QString(100000, QLatin1Char('9')) << false << 0LL << 0 << "";
}

void TestHybridLogicalClock::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<Timestamp> parsed = Timestamp::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    ManualClock wall(1'700'000'000'000);
    HybridLogicalClock clock(wall, QStringLiteral("me"));
    if (!valid) {
        QCOMPARE(clock.observe(text).error().code, QStringLiteral("BAD_CLOCK"));
        return;
    }
    QFETCH(qlonglong, millis);
    QFETCH(int, counter);
    QFETCH(QString, node);
    QCOMPARE(parsed->millis, millis);
    QCOMPARE(parsed->counter, counter);
    QCOMPARE(parsed->node, node);
    QCOMPARE(parsed->toString(), text);
}

void TestHybridLogicalClock::restoreOnlyMovesForward()
{
    ManualClock wall(1'000);
    HybridLogicalClock clock(wall, QStringLiteral("n"));
    clock.restore(QStringLiteral("000000000009000-00007-n"));
    QCOMPARE(clock.last(), QStringLiteral("000000000009000-00007-n"));
    clock.restore(QStringLiteral("000000000009000-00003-n")); // older: ignored
    clock.restore(QStringLiteral("000000000002000-00009-n"));
    clock.restore(QStringLiteral("garbage"));
    QCOMPARE(clock.last(), QStringLiteral("000000000009000-00007-n"));
    QCOMPARE(clock.tick(), QStringLiteral("000000000009000-00008-n"));
}

QTEST_APPLESS_MAIN(TestHybridLogicalClock)
#include "TestHybridLogicalClock.moc"
