// The merge of a list element by element (a combatant's conditions), on its own: what two copies
// of the list become, which clocks a write gives each element, and that the outcome does not
// depend on which side merges which or in what order the copies meet.
#include "TestSupport.h"
#include "model/ElementMerge.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace dnd;

namespace {

const QString kField = QStringLiteral("conditions");

// A clock `millis` after a fixed start, of device `node`.
QString at(qint64 millis, const QString& node = QStringLiteral("a"))
{
    return QStringLiteral("%1-00000-%2").arg(1'700'000'000'000 + millis, 15, 10, QLatin1Char('0')).arg(node);
}

QJsonObject condition(const QString& id, int rounds = -1)
{
    return {{"id", id}, {"key", id.toLower()}, {"remainingRounds", rounds}};
}

// One side's copy, built by writes as a device makes them.
struct Copy {
    ElementListState state;

    // Writes the list `after` at `clock`, as the device's store does.
    Copy& write(const QJsonArray& after, const QString& clock)
    {
        state.clocks.insert(elementClocksAfterWrite(kField, state, after, clock, true));
        state.clocks.insert(kField, clock);
        state.list = after;
        return *this;
    }
    // Takes in what `other` holds (other is the service's copy when `otherIsPrimary`).
    Copy& merge(const Copy& other, bool otherIsPrimary = true)
    {
        const ElementMergeResult merged = otherIsPrimary ? mergeElementLists(kField, other.state, state)
                                                         : mergeElementLists(kField, state, other.state);
        state.list = merged.list;
        state.clocks.insert(merged.clocks);
        state.clocks.insert(kField, merged.fieldClock);
        return *this;
    }
    QStringList ids() const
    {
        QStringList result;
        for (const QJsonValue& value : state.list)
            result << value.toObject().value("id").toString();
        return result;
    }
    int rounds(const QString& id) const
    {
        for (const QJsonValue& value : state.list)
            if (value.toObject().value("id").toString() == id)
                return value.toObject().value("remainingRounds").toInt();
        return 0;
    }
};

// Both copies take each other in (a the service, b a device that pushes and then pulls).
void exchange(Copy& service, Copy& device)
{
    service.merge(device, false);
    device.merge(service);
}

} // namespace

class TestElementMerge : public QObject {
    Q_OBJECT
private slots:
    void addsOnTwoSidesAreBothKept()
    {
        Copy base;
        base.write({condition("A")}, at(0));
        Copy service = base, device = base;
        service.write({condition("A"), condition("B")}, at(10, "s"));
        device.write({condition("A"), condition("C")}, at(20, "d"));
        exchange(service, device);
        QCOMPARE(service.ids(), (QStringList{"A", "C", "B"}));
        QCOMPARE(device.ids(), service.ids());
        QCOMPARE(device.state.clocks, service.state.clocks);
    }

    void aRemovalAndAnAddAreBothTaken()
    {
        Copy base;
        base.write({condition("A")}, at(0));
        Copy service = base, device = base;
        service.write({}, at(10, "s"));                              // A removed
        device.write({condition("A"), condition("B")}, at(20, "d")); // B added, later
        exchange(service, device);
        QCOMPARE(service.ids(), QStringList{"B"});
        QCOMPARE(device.ids(), QStringList{"B"});
    }

    void theSameRemovalTwiceIsOneRemoval()
    {
        Copy base;
        base.write({condition("A"), condition("B")}, at(0));
        Copy service = base, device = base;
        service.write({condition("B")}, at(10, "s"));
        device.write({condition("B")}, at(20, "d"));
        exchange(service, device);
        QCOMPARE(service.ids(), QStringList{"B"});
        QCOMPARE(device.ids(), QStringList{"B"});
        QCOMPARE(device.state.clocks, service.state.clocks);
    }

    void changesOfDifferentElementsAreBothKept()
    {
        Copy base;
        base.write({condition("A", 3), condition("B", 3)}, at(0));
        Copy service = base, device = base;
        service.write({condition("A", 2), condition("B", 3)}, at(10, "s"));
        device.write({condition("A", 3), condition("B", 1)}, at(20, "d"));
        exchange(service, device);
        QCOMPARE(service.rounds("A"), 2);
        QCOMPARE(service.rounds("B"), 1);
        QCOMPARE(device.state.list, service.state.list);
    }

    void theLaterChangeOfOneElementWins()
    {
        Copy base;
        base.write({condition("A", 3)}, at(0));
        for (bool serviceLater : {false, true}) {
            Copy service = base, device = base;
            service.write({condition("A", 5)}, at(serviceLater ? 30 : 10, "s"));
            device.write({condition("A", 7)}, at(20, "d"));
            exchange(service, device);
            QCOMPARE(service.rounds("A"), serviceLater ? 5 : 7);
            QCOMPARE(device.state.list, service.state.list);
        }
    }

    // The decision: a removal beats a change of the same condition whichever is later, so a
    // condition that ended on one device is not brought back by the other ticking its rounds.
    void aRemovalBeatsAChangeOfTheSameElementEitherWay()
    {
        Copy base;
        base.write({condition("A", 3), condition("B")}, at(0));
        for (bool removalLater : {false, true}) {
            Copy service = base, device = base;
            service.write({condition("B")}, at(removalLater ? 30 : 10, "s"));
            device.write({condition("A", 2), condition("B")}, at(20, "d"));
            exchange(service, device);
            QCOMPARE(service.ids(), QStringList{"B"});
            QCOMPARE(device.ids(), QStringList{"B"});
            // Met the other way round too.
            Copy device2 = base, service2 = base;
            device2.write({condition("B")}, at(removalLater ? 30 : 10, "d"));
            service2.write({condition("A", 2), condition("B")}, at(20, "s"));
            exchange(service2, device2);
            QCOMPARE(service2.ids(), QStringList{"B"});
            QCOMPARE(device2.ids(), QStringList{"B"});
        }
    }

    void undoingARemovalBringsTheElementBack()
    {
        Copy base;
        base.write({condition("A"), condition("B")}, at(0));
        Copy service = base, device = base;
        device.write({condition("B")}, at(10, "d"));
        exchange(service, device);
        QCOMPARE(service.ids(), QStringList{"B"});
        // The undo puts A back where it was, under a later clock: a new life that beats the removal.
        device.write({condition("A"), condition("B")}, at(20, "d"));
        exchange(service, device);
        QCOMPARE(service.ids(), (QStringList{"A", "B"}));
        QCOMPARE(device.ids(), service.ids());
        QCOMPARE(device.state.clocks, service.state.clocks);
    }

    // An older release sends its whole list with no element clocks: what differs is changed, what
    // it lacks is removed when it was added before the change (it cannot tell "removed" from
    // "never seen"), and a condition removed elsewhere stays removed.
    void aWholeListFromAnOlderReleaseIsReadAsElementChanges()
    {
        Copy service;
        service.write({condition("A", 3), condition("B"), condition("C")}, at(0));
        service.write({condition("A", 3), condition("B")}, at(10, "s"));                 // C removed
        service.write({condition("A", 3), condition("B"), condition("D")}, at(30, "s")); // D added
        // The old device, at 20, had seen A, B, C; it drops B and lowers A's rounds.
        const QJsonArray sent{condition("A", 2), condition("C")};
        ElementListState theirs{sent,
                                elementClocksAfterWrite(kField, service.state, sent, at(20, "o"), false)};
        theirs.clocks.insert(kField, at(20, "o"));
        const ElementMergeResult merged = mergeElementLists(kField, service.state, theirs);
        Copy result;
        result.state.list = merged.list;
        QCOMPARE(result.ids(), (QStringList{"A", "D"})); // B gone, D kept, C not brought back
        QCOMPARE(result.rounds("A"), 2);
    }

    void elementsWrittenBeforeThisRuleMergeByTheListClock()
    {
        // No element clocks anywhere: the newer list's copy of each element wins, and the result
        // gives them no clocks of their own (so both sides keep the same clocks).
        const ElementListState older{QJsonArray{condition("A", 3)}, {{kField, at(0)}}};
        const ElementListState newer{QJsonArray{condition("A", 1)}, {{kField, at(5)}}};
        const ElementMergeResult merged = mergeElementLists(kField, older, newer);
        QCOMPARE(merged.list, (QJsonArray{condition("A", 1)}));
        QVERIFY(merged.clocks.isEmpty());
        QCOMPARE(merged.fieldClock, at(5));
        // The first write gives every element clocks of its own, the untouched ones the list's old
        // clock, so a later list clock does not make them newer than they are.
        const QHash<QString, QString> written =
            elementClocksAfterWrite(kField, older, {condition("A", 3), condition("B")}, at(9), true);
        QCOMPARE(written.value(elementClockKey(kField, "A")), at(0));
        QCOMPARE(written.value(elementClockKey(kField, "B")), at(9));
        QCOMPARE(written.value(elementAddedKey(kField, "B")), at(9));
    }

    void clockKeysAreToldFromFields()
    {
        QCOMPARE(elementClockKey(kField, "x-1"), QStringLiteral("conditions[x-1]"));
        QCOMPARE(elementAddedKey(kField, "x-1"), QStringLiteral("conditions[x-1].added"));
        QVERIFY(isElementClockKey("conditions[x-1].added"));
        QVERIFY(!isElementClockKey("conditions"));
        QVERIFY(isElementMerged(EntityKind::Participant, kField));
        QVERIFY(!isElementMerged(EntityKind::Character, kField));
        const QHash<QString, QString> clocks{
            {"conditions[a]", at(1)}, {"conditions[a].added", at(1)}, {"name", at(2)}, {"other[a]", at(3)}};
        QCOMPARE(elementClocksOf(kField, clocks).keys().size(), 2);
    }

    // A device whose push is all the service got since its last pull does not pull its own
    // changes back (SyncEngine::followOwnPush): the service must then hold the device's order.
    void aPushOntoAnUnchangedListKeepsTheDevicesOrder()
    {
        Copy base;
        base.write({condition("A"), condition("B")}, at(0));
        Copy service = base, device = base;
        device.write({condition("X"), condition("A"), condition("Y"), condition("B"), condition("Z")},
                     at(10, "d"));
        service.merge(device, false);
        QCOMPARE(service.ids(), device.ids());
        QCOMPARE(service.state.clocks, device.state.clocks);
        // Undoing a removal puts the element back in its place; the service puts it there too.
        device.write({condition("X"), condition("Y"), condition("B"), condition("Z")}, at(20, "d"));
        service.merge(device, false);
        device.write({condition("X"), condition("A"), condition("Y"), condition("B"), condition("Z")},
                     at(30, "d"));
        service.merge(device, false);
        QCOMPARE(service.ids(), device.ids());
        QCOMPARE(service.state.clocks, device.state.clocks);
    }

    // Undo and redo carry their own step over to a list another device changed since.
    void anUndoTakesBackOnlyItsOwnElements()
    {
        // The step added A; since, another device added B and changed C. Undo removes A only.
        const QJsonArray before{condition("C", 3)};
        const QJsonArray after{condition("C", 3), condition("A")};
        const QJsonArray now{condition("C", 1), condition("A"), condition("B")};
        QCOMPARE(carryElementChange(now, after, before), (QJsonArray{condition("C", 1), condition("B")}));
        // The redo puts A back after C, where it was.
        QCOMPARE(carryElementChange({condition("C", 1), condition("B")}, before, after),
                 (QJsonArray{condition("C", 1), condition("A"), condition("B")}));
        // A step that changed C is not taken back over the other device's change of C.
        QCOMPARE(carryElementChange(now, {condition("C", 2)}, {condition("C", 5)}), now);
        // An undo of a removal puts the element back in its place.
        QCOMPARE(carryElementChange({condition("B")}, {condition("B")}, {condition("A"), condition("B")}),
                 (QJsonArray{condition("A"), condition("B")}));
    }

    // Three devices make random writes from shared starting points and exchange their copies in
    // random orders through the service; all end with the service's list and clocks.
    void randomExchangesConverge()
    {
        QRandomGenerator random(20261202);
        for (int run = 0; run < 200; ++run) {
            Copy service;
            std::vector<Copy> devices(3);
            qint64 time = 0;
            const QStringList pool{"A", "B", "C", "D", "E"};
            for (int step = 0; step < 30; ++step) {
                Copy& device = devices[size_t(random.bounded(3))];
                if (random.bounded(3) == 0) {
                    exchange(service, device);
                    continue;
                }
                QJsonArray list = device.state.list;
                const QString id = pool.at(random.bounded(qsizetype(pool.size())));
                qsizetype found = -1;
                for (qsizetype i = 0; i < list.size(); ++i)
                    if (list.at(i).toObject().value("id").toString() == id)
                        found = i;
                if (found < 0)
                    list.append(condition(id, int(random.bounded(5)) + 1));
                else if (random.bounded(2) == 0)
                    list.removeAt(found);
                else
                    list.replace(found, condition(id, int(random.bounded(5)) + 1));
                device.write(list, at(++time, QString::number(&device - devices.data())));
            }
            for (int round = 0; round < 2; ++round)
                for (Copy& device : devices)
                    exchange(service, device);
            for (const Copy& device : devices) {
                QCOMPARE(device.state.list, service.state.list);
                QCOMPARE(device.state.clocks, service.state.clocks);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestElementMerge)
#include "TestElementMerge.moc"
