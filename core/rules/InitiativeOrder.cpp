#include "rules/InitiativeOrder.h"

#include <algorithm>

namespace dnd::rules {

namespace {

// -1: a first, 1: b first, 0: tied on rules 1-5.
int compareByRules(const Participant& a, const Participant& b)
{
    if (a.initiative.has_value() != b.initiative.has_value())
        return a.initiative ? -1 : 1;
    if (a.initiative && *a.initiative != *b.initiative)
        return *a.initiative > *b.initiative ? -1 : 1;
    const bool aLair = a.kind == ParticipantKind::Lair;
    const bool bLair = b.kind == ParticipantKind::Lair;
    if (aLair != bLair)
        return aLair ? 1 : -1;
    if (a.initiativeModifier != b.initiativeModifier)
        return a.initiativeModifier > b.initiativeModifier ? -1 : 1;
    if (a.dexterity != b.dexterity)
        return a.dexterity > b.dexterity ? -1 : 1;
    if (a.isCharacter() != b.isCharacter())
        return a.isCharacter() ? -1 : 1;
    return 0;
}

} // namespace

bool InitiativeOrder::tied(const Participant& a, const Participant& b)
{
    return compareByRules(a, b) == 0;
}

bool InitiativeOrder::before(const Participant& a, const Participant& b)
{
    if (const int byRules = compareByRules(a, b); byRules != 0)
        return byRules < 0;
    return a.tieBreakRank < b.tieBreakRank;
}

QStringList InitiativeOrder::sort(const QList<Participant>& participants)
{
    QList<const Participant*> sorted;
    sorted.reserve(participants.size());
    for (const Participant& participant : participants)
        sorted.append(&participant);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Participant* a, const Participant* b) { return before(*a, *b); });
    QStringList ids;
    ids.reserve(sorted.size());
    for (const Participant* participant : sorted)
        ids.append(participant->id);
    return ids;
}

} // namespace dnd::rules
