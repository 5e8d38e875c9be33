#include "model/ElementMerge.h"

#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace dnd {

namespace {

const QString kAddedSuffix = QStringLiteral("].added");

// One side's view of one element.
struct Element {
    bool alive = false;
    QString added;   // start of its current life
    QString written; // its last write (its removal when not alive)
    QJsonValue value;
    bool ownClocks = false; // false: it has the list's clock (written before this rule)
};

// Higher wins. A removal outranks every copy of the life it ended (whose start is at most the
// removal's clock), an undo of the removal starts a later life and outranks it.
auto rank(const Element& element)
{
    return std::make_tuple(element.alive ? element.added : element.written, element.alive ? 0 : 1,
                           element.written);
}

QString idOf(const QJsonValue& element)
{
    return element.toObject().value(QStringLiteral("id")).toString();
}

// The list's own clock; a record stamped whole when it was created has only "*".
QString listClock(const QString& field, const QHash<QString, QString>& clocks)
{
    return clocks.value(field, clocks.value(QStringLiteral("*")));
}

// The id an element clock key of `field` names, empty for any other key.
QString elementIdOf(const QString& field, const QString& key, bool* isAdded)
{
    const qsizetype prefix = field.size() + 1;
    if (key.size() <= prefix || !key.startsWith(field) || key.at(field.size()) != QLatin1Char('['))
        return {};
    *isAdded = key.endsWith(kAddedSuffix);
    if (*isAdded)
        return key.mid(prefix, key.size() - prefix - kAddedSuffix.size());
    return key.endsWith(QLatin1Char(']')) ? key.mid(prefix, key.size() - prefix - 1) : QString();
}

// Every element a side knows: those its list holds, and those its clocks say were removed.
// Elements without an id cannot be told apart; they follow the list they are in.
QHash<QString, Element> elementsOf(const QString& field, const ElementListState& side)
{
    const QString whole = listClock(field, side.clocks);
    QHash<QString, Element> elements;
    for (const QJsonValue& value : side.list) {
        const QString id = idOf(value);
        if (id.isEmpty() || elements.contains(id))
            continue;
        Element element;
        element.alive = true;
        element.ownClocks = side.clocks.contains(elementClockKey(field, id));
        element.written = side.clocks.value(elementClockKey(field, id), whole);
        element.added = side.clocks.value(elementAddedKey(field, id), element.written);
        element.value = value;
        elements.insert(id, element);
    }
    for (auto it = side.clocks.constBegin(); it != side.clocks.constEnd(); ++it) {
        bool isAdded = false;
        const QString id = elementIdOf(field, it.key(), &isAdded);
        if (id.isEmpty() || isAdded || elements.contains(id))
            continue;
        Element removed;
        removed.written = it.value();
        removed.added = side.clocks.value(elementAddedKey(field, id), removed.written);
        removed.ownClocks = true;
        elements.insert(id, removed);
    }
    return elements;
}

void putClocks(QHash<QString, QString>& clocks, const QString& field, const QString& id,
               const Element& element)
{
    clocks.insert(elementClockKey(field, id), element.written);
    clocks.insert(elementAddedKey(field, id), element.added);
}

} // namespace

bool isElementMerged(EntityKind kind, const QString& field)
{
    return kind == EntityKind::Participant && field == QLatin1String("conditions");
}

QStringList elementMergedFields(EntityKind kind)
{
    if (kind == EntityKind::Participant)
        return {QStringLiteral("conditions")};
    return {};
}

QString elementClockKey(const QString& field, const QString& id)
{
    return field + QLatin1Char('[') + id + QLatin1Char(']');
}

QString elementAddedKey(const QString& field, const QString& id)
{
    return field + QLatin1Char('[') + id + kAddedSuffix;
}

bool isElementClockKey(const QString& key)
{
    return key.contains(QLatin1Char('['));
}

QHash<QString, QString> elementClocksOf(const QString& field, const QHash<QString, QString>& clocks)
{
    QHash<QString, QString> result;
    for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it) {
        bool isAdded = false;
        if (!elementIdOf(field, it.key(), &isAdded).isEmpty())
            result.insert(it.key(), it.value());
    }
    return result;
}

QHash<QString, QString> elementClocksAfterWrite(const QString& field, const ElementListState& before,
                                                const QJsonArray& after, const QString& hlc,
                                                bool undoesRemoval)
{
    const QHash<QString, Element> old = elementsOf(field, before);
    QHash<QString, QString> clocks;
    for (auto it = old.constBegin(); it != old.constEnd(); ++it)
        putClocks(clocks, field, it.key(), it.value());
    QSet<QString> present;
    for (const QJsonValue& value : after) {
        const QString id = idOf(value);
        if (id.isEmpty() || present.contains(id))
            continue;
        present.insert(id);
        const auto found = old.constFind(id);
        if (found == old.constEnd() || (!found->alive && undoesRemoval)) {
            putClocks(clocks, field, id, Element{true, hlc, hlc, value, true});
        } else if (!found->alive || found->value != value) {
            // A change; of a removed element it keeps the ended life's start, so the removal wins.
            clocks.insert(elementClockKey(field, id), hlc);
        }
    }
    for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
        if (it->alive && !present.contains(it.key()))
            putClocks(clocks, field, it.key(), Element{false, hlc, hlc, {}, true});
    }
    return clocks;
}

ElementMergeResult mergeElementLists(const QString& field, const ElementListState& primary,
                                     const ElementListState& secondary)
{
    const QHash<QString, Element> ours = elementsOf(field, primary);
    const QHash<QString, Element> theirs = elementsOf(field, secondary);
    ElementMergeResult result;
    QHash<QString, Element> winners = ours;
    for (auto it = theirs.constBegin(); it != theirs.constEnd(); ++it) {
        const auto held = winners.constFind(it.key());
        if (held == winners.constEnd() || rank(it.value()) > rank(held.value()))
            winners.insert(it.key(), it.value());
    }
    QString newest = std::max(listClock(field, primary.clocks), listClock(field, secondary.clocks));
    for (auto it = winners.constBegin(); it != winners.constEnd(); ++it) {
        // Clocks an element has only through its list stay so on both sides (a tie of ranks is
        // the same clocks, held by one side as its own).
        if (it->ownClocks || ours.value(it.key()).ownClocks || theirs.value(it.key()).ownClocks)
            putClocks(result.clocks, field, it.key(), it.value());
        newest = std::max(newest, it->written);
    }
    result.fieldClock = newest;

    // The primary's order, then what only the secondary holds, each after its predecessor there.
    QList<QJsonValue> ordered;
    QStringList placed; // the id at each position of `ordered` (empty for an element without one)
    for (const QJsonValue& value : primary.list) {
        const QString id = idOf(value);
        if (!id.isEmpty() && (placed.contains(id) || !winners.value(id).alive))
            continue;
        ordered.append(id.isEmpty() ? value : winners.value(id).value);
        placed.append(id);
    }
    // Before the first element both lists hold, an element goes to the front; when they hold
    // none in common, after the primary's.
    const bool anyShared =
        std::any_of(secondary.list.begin(), secondary.list.end(), [&](const QJsonValue& value) {
            const QString id = idOf(value);
            return !id.isEmpty() && placed.contains(id);
        });
    qsizetype insertAt = anyShared ? 0 : ordered.size();
    for (const QJsonValue& value : secondary.list) {
        const QString id = idOf(value);
        if (id.isEmpty())
            continue;
        if (const qsizetype at = placed.indexOf(id); at >= 0) {
            insertAt = at + 1;
            continue;
        }
        const Element winner = winners.value(id);
        if (!winner.alive)
            continue;
        ordered.insert(insertAt, winner.value);
        placed.insert(insertAt, id);
        ++insertAt;
    }
    for (const QJsonValue& value : ordered)
        result.list.append(value);
    return result;
}

QJsonArray carryElementChange(const QJsonArray& current, const QJsonArray& from, const QJsonArray& to)
{
    const auto byId = [](const QJsonArray& list) {
        QHash<QString, QJsonValue> values;
        for (const QJsonValue& value : list)
            values.insert(idOf(value), value);
        return values;
    };
    const QHash<QString, QJsonValue> before = byId(from);
    const QHash<QString, QJsonValue> after = byId(to);
    const QHash<QString, QJsonValue> now = byId(current);
    // Whether `current` holds the element as the step found it (absent, or the same value).
    const auto untouched = [&](const QString& id) { return now.value(id) == before.value(id); };

    QList<QJsonValue> result;
    QStringList ids;
    for (const QJsonValue& value : current) {
        const QString id = idOf(value);
        if (id.isEmpty() || !untouched(id) || !before.contains(id)) {
            result.append(value);
            ids.append(id);
        } else if (after.contains(id)) {
            result.append(after.value(id)); // changed (or kept) by the step
            ids.append(id);
        } // else removed by the step
    }
    qsizetype insertAt = 0;
    for (const QJsonValue& value : to) {
        const QString id = idOf(value);
        if (const qsizetype at = ids.indexOf(id); at >= 0) {
            insertAt = at + 1;
            continue;
        }
        if (id.isEmpty() || before.contains(id) || now.contains(id))
            continue; // not added by the step, or another device holds it already
        result.insert(insertAt, value);
        ids.insert(insertAt, id);
        ++insertAt;
    }
    QJsonArray list;
    for (const QJsonValue& value : result)
        list.append(value);
    return list;
}

} // namespace dnd
