#pragma once

#include "model/Creature.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dnd {

// Turns the SRD data files (5e-database 2014 monsters, Open5e v2 SRD 5.2 creature fixtures) into
// the bundled bestiary resource: names and figures only. Every descriptive text is dropped here,
// so the SRD's sentences never enter the application or the repository.
class BestiaryBuilder {
public:
    struct Output {
        QByteArray json; // the resource: {"format", "version", "credit", "creatures": [...]}
        QString version; // content hash; the store reinstalls when it changes
        int count2014 = 0;
        int count2024 = 0;
    };

    // srdDir holds 5e-database-2014-monsters.json and open5e-v2-srd2024-Creature*.json.
    static Result<Output> build(const QString& srdDir);
    // The converter's rules for one creature: a stable id, template flags, tags, no text.
    static Creature toTemplate(Creature creature, RulesEdition rules, const QString& slug);
    // UUIDv5 of the source and slug: the same creature gets the same id on every build.
    static QString stableId(RulesEdition rules, const QString& slug);
    // Search tags derived from the figures ("legendary", "spellcaster", the subtype ...).
    static QStringList tagsFor(const Creature& creature);
};

} // namespace dnd
