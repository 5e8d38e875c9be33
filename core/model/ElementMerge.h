#pragma once

#include "model/EntityKind.h"

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace dnd {

// Lists that sync merges element by element instead of as one value: a combatant's conditions.
// Each element is an object told apart by its "id". Besides the list field's own clock, every
// element has two clocks, kept with the row's field clocks (docs/SYNC.md, "Lists merged element
// by element"):
//   "<field>[<id>]"        its last write: the add, a change, or its removal (then the list no
//                          longer holds it: a tombstone, so a stale copy cannot bring it back);
//   "<field>[<id>].added"  when its current life began (its add, or the undo of its removal).
// An element without clocks of its own (written before this rule) has the list's clock for both.
//
// Two copies of an element are ranked by (start of life, last write, removed): a removal beats
// every change of the life it ended, whichever clock is later (a condition that ended on one
// device is not brought back by the other ticking its rounds), an undo of the removal starts a
// later life and beats the removal, and within one life the later write wins.

// Whether `field` of `kind` is such a list.
bool isElementMerged(EntityKind kind, const QString& field);
// The list fields of `kind` merged element by element.
QStringList elementMergedFields(EntityKind kind);
QString elementClockKey(const QString& field, const QString& id);
QString elementAddedKey(const QString& field, const QString& id);
// Whether a clock's key is one of an element's (not a field's).
bool isElementClockKey(const QString& key);
// The element clocks of `field` among a row's clocks.
QHash<QString, QString> elementClocksOf(const QString& field, const QHash<QString, QString>& clocks);

// One side's copy of a list: the list and the clocks of the row that holds it.
struct ElementListState {
    QJsonArray list;
    QHash<QString, QString> clocks; // field -> clock, element clocks included
};

// The element clocks of `field` after a write turned `before.list` into `after` at clock `hlc`:
// an element that is new (or, with `undoesRemoval`, one `before` holds removed) starts a life at
// `hlc`, a changed one keeps its start and is written at `hlc`, a missing one is removed at `hlc`.
// Every element gets clocks of its own (those without take the list's clock before the write).
// A device's own writes undo removals (its undo put the element back); an older release's whole
// list does not, since it may just not have seen the removal.
QHash<QString, QString> elementClocksAfterWrite(const QString& field, const ElementListState& before,
                                                const QJsonArray& after, const QString& hlc,
                                                bool undoesRemoval);

struct ElementMergeResult {
    QJsonArray list;
    // The element clocks of the field after the merge (an element that has only its list's clock
    // on both sides has none)
    QHash<QString, QString> clocks;
    QString fieldClock; // the list field's own clock: the newest of both sides
};

// Merges two copies of a list element by element. `primary` is the service's copy: the result
// keeps its order, and an element only `secondary` holds goes after the element it follows there
// (at the front when none does; at the end when the lists share no element), so a device that
// pushes and one that pulls end in the same order.
ElementMergeResult mergeElementLists(const QString& field, const ElementListState& primary,
                                     const ElementListState& secondary);

// Carries the change a step made from `from` to `to` over to `current`, element by element: an
// element the step added is added (after the element it follows in `to`, at the front when none
// does), one it removed is removed and one it changed is changed, unless `current` holds that
// element otherwise than `from` did (another device changed it since): that one is left as it is.
// Undo and redo use it, so that taking back one's own condition leaves another device's alone.
QJsonArray carryElementChange(const QJsonArray& current, const QJsonArray& from, const QJsonArray& to);

} // namespace dnd
