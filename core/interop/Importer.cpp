#include "interop/Importer.h"

#include "interop/DdbCharacterReader.h"
#include "interop/FiveEDatabaseReader.h"
#include "interop/ImprovedInitiativeFormat.h"
#include "interop/NativeFormat.h"
#include "interop/Open5eReader.h"
#include "store/LocalStore.h"
#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace dnd {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

// externalId -> id of the live, non-template records of one kind.
QHash<QString, QString> externalIds(LocalStore& store, EntityKind kind)
{
    const QString extra = kind == EntityKind::Creature ? QStringLiteral(" AND is_template = 0") : QString();
    QSqlQuery& query = store.database().prepared(
        QStringLiteral("SELECT json_extract(doc, '$.externalId'), id FROM %1 WHERE cl % 2 = 1%2 "
                       "AND coalesce(json_extract(doc, '$.externalId'), '') != ''")
            .arg(entityName(kind), extra));
    QHash<QString, QString> map;
    if (query.exec()) {
        while (query.next())
            map.insert(query.value(0).toString(), query.value(1).toString());
    }
    query.finish();
    return map;
}

// Adds a put for one record; a record deleted earlier is brought back first so the put applies.
template <typename Entity>
void upsert(LocalStore& store, ChangeSet& changes, const Entity& entity, ImportReport& report)
{
    if (store.isDeleted(Entity::kKind, entity.id)) {
        changes.restore(Entity::kKind, entity.id);
        ++report.updated;
    } else if (store.document(Entity::kKind, entity.id)) {
        ++report.updated;
    } else {
        ++report.imported;
    }
    changes.put(entity);
}

template <typename Entity>
bool validOrSkipped(const Entity& entity, const QString& label, ImportReport& report)
{
    if (const ValidationErrors errors = entity.validate(); !errors.isEmpty()) {
        report.errors.append({label, errors.summary()});
        ++report.skipped;
        return false;
    }
    return true;
}

// Two items of one file with the same source identity would both claim one stored record: the
// first is imported, a later one is skipped with the reason.
bool firstWithIdentity(const QString& externalId, const QString& label, QSet<QString>& seen,
                       ImportReport& report)
{
    if (externalId.isEmpty() || !seen.contains(externalId)) {
        seen.insert(externalId);
        return true;
    }
    report.errors.append(
        {label,
         Text::tr("An earlier item of the file has the same identity (%1); only that one was imported.")
             .arg(externalId)});
    ++report.skipped;
    return false;
}

} // namespace

std::optional<ImportFormat> Importer::detect(const QJsonDocument& document)
{
    // Most specific first: the native marker, then shapes with distinctive keys.
    if (NativeFormat::looksLike(document))
        return ImportFormat::Native;
    if (Open5eReader::looksLikeV2(document))
        return ImportFormat::Open5e;
    if (FiveEDatabaseReader::looksLike(document))
        return ImportFormat::FiveEDatabase;
    if (Open5eReader::looksLike(document))
        return ImportFormat::Open5e;
    if (ImprovedInitiativeFormat::looksLike(document))
        return ImportFormat::ImprovedInitiative;
    if (DdbCharacterReader::looksLike(document))
        return ImportFormat::DdbCharacter;
    return std::nullopt;
}

Result<ImportBatch> Importer::read(const QJsonDocument& document, ImportFormat format)
{
    switch (format) {
    case ImportFormat::Native:
        return NativeFormat::read(document);
    case ImportFormat::FiveEDatabase:
        return FiveEDatabaseReader::read(document);
    case ImportFormat::Open5e:
        return Open5eReader::read(document);
    case ImportFormat::ImprovedInitiative:
        return ImprovedInitiativeFormat::read(document);
    case ImportFormat::DdbCharacter:
        return DdbCharacterReader::read(document);
    case ImportFormat::Auto:
        break;
    }
    const std::optional<ImportFormat> detected = detect(document);
    if (!detected)
        return Error::make(
            codes::kUnknownFormat,
            Text::tr("The file is none of the formats the tracker reads (its own export, 5e-database, "
                     "Open5e, Improved Initiative, D&D Beyond character). Nothing was imported."));
    return read(document, *detected);
}

Result<ImportReport> Importer::importFile(LocalStore& store, const QString& path, ImportFormat format)
{
    return commitImport(store, parseFile(path, format));
}

Result<ImportReport> Importer::importBytes(LocalStore& store, const QByteArray& bytes, ImportFormat format)
{
    return commitImport(store, parseBytes(bytes, format));
}

Result<ParsedImport> Importer::parseFile(const QString& path, ImportFormat format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(codes::kIoError, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return Error::make(codes::kTooLarge,
                           Text::tr("%1 is %2 MB; files over %3 MB are not imported. Nothing was imported.")
                               .arg(path)
                               .arg(file.size() / (1024 * 1024))
                               .arg(kMaxFileBytes / (1024 * 1024)));
    QByteArray bytes = file.readAll();
    file.close();

    // An Open5e v2 creature fixture has its actions, attacks and traits in sibling files.
    const QFileInfo info(path);
    if (info.fileName().endsWith(QLatin1String("Creature.json")) &&
        (format == ImportFormat::Auto || format == ImportFormat::Open5e)) {
        const QJsonDocument creatures = QJsonDocument::fromJson(bytes);
        if (Open5eReader::looksLikeV2(creatures)) {
            QList<QJsonDocument> documents{creatures};
            const QString stem = info.fileName().chopped(5);
            for (const char* suffix : {"Action", "ActionAttack", "Trait"}) {
                QFile sibling(info.dir().filePath(stem + QLatin1String(suffix) + QStringLiteral(".json")));
                if (sibling.size() <= kMaxFileBytes && sibling.open(QIODevice::ReadOnly))
                    documents.append(QJsonDocument::fromJson(sibling.readAll()));
            }
            bytes = Open5eReader::joinFixtures(documents).toJson(QJsonDocument::Compact);
        }
    }
    return parseBytes(bytes, format);
}

Result<ParsedImport> Importer::parseBytes(const QByteArray& bytes, ImportFormat format)
{
    if (bytes.size() > kMaxFileBytes)
        return Error::make(codes::kTooLarge,
                           Text::tr("The file is too large to import. Nothing was imported."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(codes::kParseError,
                           Text::tr("The file is not valid JSON (%1 at byte %2). Nothing was imported.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    const std::optional<ImportFormat> detected = format == ImportFormat::Auto ? detect(document) : format;
    if (!detected)
        return Error::make(
            codes::kUnknownFormat,
            Text::tr("The file is none of the formats the tracker reads (its own export, 5e-database, "
                     "Open5e, Improved Initiative, D&D Beyond character). Nothing was imported."));
    Result<ImportBatch> batch = read(document, *detected);
    if (!batch)
        return batch.error();
    return ParsedImport{*detected, std::move(*batch)};
}

Result<ImportPlan> Importer::plan(LocalStore& store, const ParsedImport& parsed)
{
    const ImportBatch& batch = parsed.batch;
    ImportPlan plan;
    ImportReport& report = plan.report;
    ChangeSet& changes = plan.changes;
    report.format = parsed.format;
    for (const ImportIssue& issue : batch.skipped) {
        report.errors.append(issue);
        ++report.skipped;
    }
    const bool keepIds = parsed.format == ImportFormat::Native;
    for (const Party& party : batch.parties)
        upsert(store, changes, party, report);

    const QHash<QString, QString> characterIds =
        keepIds ? QHash<QString, QString>() : externalIds(store, EntityKind::Character);
    QSet<QString> seenCharacters;
    for (Character character : batch.characters) {
        if (!keepIds) {
            if (!firstWithIdentity(character.externalId, character.name, seenCharacters, report))
                continue;
            character.id = characterIds.value(character.externalId, LocalStore::newId());
        }
        if (validOrSkipped(character, character.name, report))
            upsert(store, changes, character, report);
    }
    const QHash<QString, QString> creatureIds =
        keepIds ? QHash<QString, QString>() : externalIds(store, EntityKind::Creature);
    QSet<QString> seenCreatures;
    for (Creature creature : batch.creatures) {
        if (!keepIds) {
            if (!firstWithIdentity(creature.externalId, creature.name, seenCreatures, report))
                continue;
            creature.id = creatureIds.value(creature.externalId, LocalStore::newId());
            creature.isTemplate = false; // imported statblocks are the DM's own, editable
        }
        if (validOrSkipped(creature, creature.name, report))
            upsert(store, changes, creature, report);
    }
    for (const Encounter& encounter : batch.encounters) {
        if (validOrSkipped(encounter, encounter.name, report))
            upsert(store, changes, encounter, report);
    }
    for (const Participant& participant : batch.participants) {
        if (validOrSkipped(participant, participant.name, report))
            upsert(store, changes, participant, report);
    }
    for (const CombatLogEntry& entry : batch.combatLog)
        upsert(store, changes, entry, report);

    if (keepIds && report.skipped > 0) {
        QVariantList details;
        for (const ImportIssue& issue : std::as_const(report.errors))
            details.append(
                QVariantMap{{QStringLiteral("item"), issue.item}, {QStringLiteral("reason"), issue.reason}});
        return Error::make(codes::kInvalidFile,
                           Text::tr("%1: %2. Nothing was imported.")
                               .arg(report.errors.first().item, report.errors.first().reason),
                           {{QStringLiteral("errors"), details}});
    }
    return plan;
}

Result<ImportReport> Importer::commitImport(LocalStore& store, const Result<ParsedImport>& parsed)
{
    if (!parsed)
        return parsed.error();
    Result<ImportPlan> planned = plan(store, *parsed);
    if (!planned)
        return planned.error();
    if (Result<ChangeSet> committed = store.commit(planned->changes); !committed)
        return Error::make(
            committed.error().code,
            Text::tr("The import could not be saved: %1 Nothing was imported.").arg(committed.errorMessage()),
            committed.error().details);
    return planned->report;
}

} // namespace dnd
