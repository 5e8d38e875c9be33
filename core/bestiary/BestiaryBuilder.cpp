#include "bestiary/BestiaryBuilder.h"

#include "bestiary/Bestiary.h"
#include "interop/FiveEDatabaseReader.h"
#include "interop/Open5eReader.h"
#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <algorithm>

namespace dnd {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BestiaryBuilder)
};

// The namespace of the bestiary's UUIDv5 ids (a random UUID fixed once for this project).
const QUuid kIdNamespace(QStringLiteral("{6b1f3f0e-54d2-4a8e-9d5b-2f7c1e9a4c10}"));

Result<QJsonDocument> readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(codes::kIoError, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error::make(codes::kParseError,
                           Text::tr("%1 is not valid JSON: %2").arg(path, error.errorString()));
    return document;
}

void stripText(QList<CreatureAction>& actions)
{
    for (CreatureAction& action : actions)
        action.description.clear();
}

bool mentionsSpellcasting(const QList<CreatureAction>& actions)
{
    return std::any_of(actions.cbegin(), actions.cend(), [](const CreatureAction& action) {
        return action.name.contains(QLatin1String("Spellcasting"), Qt::CaseInsensitive);
    });
}

// Figures the source files have wrong, checked against the published SRD statblocks.
void applyKnownCorrections(Creature& creature, RulesEdition rules, const QString& slug)
{
    if (rules == RulesEdition::Srd2024 && slug == QLatin1String("octopus")) {
        // The fixture shifts the Octopus's Constitution and Charisma (0 and -3); SRD 5.2 gives 11 and 4.
        creature.abilities.setScore(Ability::Constitution, 11);
        creature.abilities.setScore(Ability::Charisma, 4);
        creature.savingThrows.clear();
    }
}

} // namespace

QString BestiaryBuilder::stableId(RulesEdition rules, const QString& slug)
{
    const QString source = rules == RulesEdition::Srd2024 ? Bestiary::kSource2024 : Bestiary::kSource2014;
    return QUuid::createUuidV5(kIdNamespace, source + QLatin1Char('/') + slug).toString(QUuid::WithoutBraces);
}

QStringList BestiaryBuilder::tagsFor(const Creature& creature)
{
    QStringList tags;
    for (const QString& word : creature.subtype.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts))
        tags << word.trimmed();
    if (!creature.legendaryActions.isEmpty())
        tags << QStringLiteral("legendary");
    if (mentionsSpellcasting(creature.traits) || mentionsSpellcasting(creature.actions))
        tags << QStringLiteral("spellcaster");
    if (creature.speed.fly > 0)
        tags << QStringLiteral("flying");
    if (creature.speed.swim > 0)
        tags << QStringLiteral("swimming");
    tags << QStringLiteral("srd%1").arg(rulesEditionKey(creature.rules));
    tags.removeDuplicates();
    return tags;
}

Creature BestiaryBuilder::toTemplate(Creature creature, RulesEdition rules, const QString& slug)
{
    creature.rules = rules;
    creature.id = stableId(rules, slug);
    creature.source = rules == RulesEdition::Srd2024 ? Bestiary::kSource2024 : Bestiary::kSource2014;
    creature.externalId = QStringLiteral("srd-%1:%2").arg(rulesEditionKey(rules), slug);
    creature.isTemplate = true;
    applyKnownCorrections(creature, rules, slug);
    // "swarm of Tiny beasts": the type is the last word, so a type filter finds swarms; "swarm" is a tag.
    const bool swarm = creature.type.startsWith(QLatin1String("swarm of "));
    if (swarm) {
        creature.type = creature.type.section(QLatin1Char(' '), -1);
        if (creature.type.endsWith(QLatin1Char('s')))
            creature.type.chop(1);
    }
    for (QList<CreatureAction>* list :
         {&creature.traits, &creature.actions, &creature.bonusActions, &creature.reactions,
          &creature.legendaryActions, &creature.lairActions})
        stripText(*list);
    creature.tags = tagsFor(creature);
    if (swarm)
        creature.tags.prepend(QStringLiteral("swarm"));
    return creature;
}

Result<BestiaryBuilder::Output> BestiaryBuilder::build(const QString& srdDir)
{
    const QDir dir(srdDir);
    QList<Creature> creatures;
    Output output;

    Result<QJsonDocument> monsters = readJson(dir.filePath(QStringLiteral("5e-database-2014-monsters.json")));
    if (!monsters)
        return monsters.error();
    Result<ImportBatch> srd51 = FiveEDatabaseReader::read(*monsters);
    if (!srd51)
        return srd51.error();
    if (!srd51->skipped.isEmpty())
        return Error::make(codes::kConvertError,
                           Text::tr("%1 could not be read: %2")
                               .arg(srd51->skipped.first().item, srd51->skipped.first().reason));
    for (const Creature& creature : std::as_const(srd51->creatures)) {
        const QString slug = creature.externalId.section(QLatin1Char(':'), 1);
        creatures.append(toTemplate(creature, RulesEdition::Srd2014, slug));
        ++output.count2014;
    }

    QList<QJsonDocument> fixtures;
    for (const char* name :
         {"open5e-v2-srd2024-Creature.json", "open5e-v2-srd2024-CreatureAction.json",
          "open5e-v2-srd2024-CreatureActionAttack.json", "open5e-v2-srd2024-CreatureTrait.json"}) {
        Result<QJsonDocument> document = readJson(dir.filePath(QLatin1String(name)));
        if (!document)
            return document.error();
        fixtures.append(*document);
    }
    Result<ImportBatch> srd52 = Open5eReader::read(Open5eReader::joinFixtures(fixtures));
    if (!srd52)
        return srd52.error();
    if (!srd52->skipped.isEmpty())
        return Error::make(codes::kConvertError,
                           Text::tr("%1 could not be read: %2")
                               .arg(srd52->skipped.first().item, srd52->skipped.first().reason));
    for (const Creature& creature : std::as_const(srd52->creatures)) {
        QString slug = creature.externalId.section(QLatin1Char(':'), 1);
        if (slug.startsWith(QLatin1String("srd-2024_")))
            slug = slug.mid(9);
        creatures.append(toTemplate(creature, RulesEdition::Srd2024, slug));
        ++output.count2024;
    }

    for (const Creature& creature : std::as_const(creatures)) {
        if (const ValidationErrors errors = creature.validate(); !errors.isEmpty())
            return Error::make(codes::kConvertError,
                               Text::tr("%1 does not validate: %2").arg(creature.name, errors.summary()));
    }

    // One creature per line keeps the committed file reviewable in a diff.
    QByteArray lines;
    for (qsizetype i = 0; i < creatures.size(); ++i) {
        lines += QJsonDocument(creatures[i].toJson()).toJson(QJsonDocument::Compact);
        lines += i + 1 < creatures.size() ? ",\n" : "\n";
    }
    output.version =
        QString::fromLatin1(QCryptographicHash::hash(lines, QCryptographicHash::Sha256).toHex().left(16));
    const QJsonObject header{{QStringLiteral("format"), QStringLiteral("dnd-bestiary")},
                             {QStringLiteral("version"), output.version},
                             {QStringLiteral("credit"), Bestiary::creditText()}};
    QByteArray headerText = QJsonDocument(header).toJson(QJsonDocument::Compact);
    headerText.chop(1); // reopen the object to append the creature list
    output.json = headerText + ",\"creatures\":[\n" + lines + "]}\n";
    return output;
}

} // namespace dnd
