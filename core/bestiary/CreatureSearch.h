#pragma once

#include "model/Creature.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dnd {

class LocalStore;

// What the DM typed and picked in the bestiary's search box and filters. Empty fields do not filter.
struct CreatureQuery {
    QString text; // name prefix and words, type and tags; empty lists everything (by name)
    std::optional<double> crMin;
    std::optional<double> crMax;
    QString type; // "dragon" ...
    QString size; // "huge" ...
    std::optional<RulesEdition> rules;
    QString source; // "SRD 5.1", "SRD 5.2", "Custom" ...
    bool includeTemplates = true;
    bool includeCustom = true;
    int limit = 50;
};

// One row of a search result: enough to list, sort and pick a creature without loading its statblock.
struct CreatureSummary {
    QString id;
    QString name;
    QString size;
    QString type;
    QString challengeRating; // "1/4", "17"
    double cr = 0;
    int xp = 0;
    RulesEdition rules = RulesEdition::Srd2014;
    QString source;
    bool isTemplate = false;

    bool operator==(const CreatureSummary&) const = default;
};

// Finds creatures (bundled templates and the DM's own) through the store's full-text index and its
// creature_facet table. Ranked in tiers: names starting with the text (by name), then names holding
// every word, then matches in type or tags. No text lists everything by name.
class CreatureSearch {
public:
    static QList<CreatureSummary> search(LocalStore& store, const CreatureQuery& query);
    // Distinct creature types present in the store, for a filter list.
    static QStringList types(LocalStore& store);
    // Distinct sources present in the store ("SRD 5.1", "Custom" ...), for a filter list.
    static QStringList sources(LocalStore& store);
};

} // namespace dnd
