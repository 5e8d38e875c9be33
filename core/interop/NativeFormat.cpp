#include "interop/NativeFormat.h"

#include "interop/StoreExport.h"
#include "model/DocumentValidation.h"
#include "store/LocalStore.h"
#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace dnd {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(NativeFormat)
};

template <typename Entity> QJsonArray exported(const QList<Entity>& entities, ExportTicker& ticker)
{
    QJsonArray array;
    for (const Entity& entity : entities) {
        if (!ticker.tick())
            break;
        array.append(entity.toJson());
    }
    return array;
}

// Reads one list of the file; every item must be an object with an id that validates.
template <typename Entity>
bool readList(const QJsonObject& root, const QString& key, QList<Entity>& out, QList<ImportIssue>& problems)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        problems.append({key, Text::tr("\"%1\" must be a list.").arg(key)});
        return false;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString label = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array.at(i).isObject()) {
            problems.append({label, Text::tr("It is not a JSON object.")});
            continue;
        }
        const QJsonObject given = array.at(i).toObject();
        const Entity entity = Entity::fromJson(given);
        if (entity.id.trimmed().isEmpty()) {
            problems.append({label, Text::tr("It has no id.")});
            continue;
        }
        if (ids.contains(entity.id)) {
            problems.append({label, Text::tr("Its id %1 appears twice.").arg(entity.id)});
            continue;
        }
        ids.insert(entity.id);
        // Ranges, and the type check: the model would read "ac": "high" as 10 and import that.
        if (const ValidationErrors errors = validateDocument(Entity::kKind, given); !errors.isEmpty()) {
            problems.append({label, errors.summary()});
            continue;
        }
        out.append(entity);
    }
    return true;
}

} // namespace

QJsonObject NativeFormat::exportStore(LocalStore& store)
{
    const Result<ImportBatch> records = StoreExport::collect(store, ExportSelection::everything());
    ExportTicker ticker(records->itemCount(), {});
    return write(*records, store.clock().nowMs(), ticker);
}

QJsonObject NativeFormat::write(const ImportBatch& records, qint64 exportedAtMs, ExportTicker& ticker)
{
    QList<Creature> custom;
    for (const Creature& creature : records.creatures) {
        if (!creature.isTemplate)
            custom.append(creature);
    }
    return QJsonObject{
        {QStringLiteral("format"), kFormatName},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("exportedAt"),
         QDateTime::fromMSecsSinceEpoch(exportedAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("parties"), exported(records.parties, ticker)},
        {QStringLiteral("characters"), exported(records.characters, ticker)},
        {QStringLiteral("creatures"), exported(custom, ticker)},
        {QStringLiteral("encounters"), exported(records.encounters, ticker)},
        {QStringLiteral("participants"), exported(records.participants, ticker)},
        {QStringLiteral("combatLog"), exported(records.combatLog, ticker)},
    };
}

bool NativeFormat::looksLike(const QJsonDocument& document)
{
    return document.isObject() && document.object().value(QStringLiteral("format")).toString() == kFormatName;
}

Result<ImportBatch> NativeFormat::read(const QJsonDocument& document)
{
    if (!looksLike(document))
        return Error::make(codes::kWrongFormat,
                           Text::tr("The file is not a D&D Encounter Tracker export (its \"format\" is not "
                                    "\"%1\"). Nothing was imported.")
                               .arg(kFormatName));
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble()))
        return Error::make(
            codes::kBadVersion,
            Text::tr("The file's \"version\" must be a whole number from 1. Nothing was imported."));
    if (version.toInt() > kVersion)
        return Error::make(
            codes::kTooNew,
            Text::tr("The file was written by a newer version of the tracker (format version %1; this one "
                     "reads up to %2). Update the application to import it. Nothing was imported.")
                .arg(version.toInt())
                .arg(kVersion));

    ImportBatch batch;
    QList<ImportIssue> problems;
    readList(root, QStringLiteral("parties"), batch.parties, problems);
    readList(root, QStringLiteral("characters"), batch.characters, problems);
    readList(root, QStringLiteral("creatures"), batch.creatures, problems);
    readList(root, QStringLiteral("encounters"), batch.encounters, problems);
    readList(root, QStringLiteral("participants"), batch.participants, problems);
    readList(root, QStringLiteral("combatLog"), batch.combatLog, problems);

    for (qsizetype i = 0; i < batch.creatures.size(); ++i) {
        if (batch.creatures[i].isTemplate)
            problems.append(
                {batch.creatures[i].name,
                 Text::tr("Bundled templates are not imported; the file may only carry custom creatures.")});
    }
    QSet<QString> encounters;
    for (const Encounter& encounter : std::as_const(batch.encounters))
        encounters.insert(encounter.id);
    for (const Participant& participant : std::as_const(batch.participants)) {
        if (!encounters.contains(participant.encounterId))
            problems.append({participant.name,
                             Text::tr("Its encounter %1 is not in the file.").arg(participant.encounterId)});
    }
    for (const CombatLogEntry& entry : std::as_const(batch.combatLog)) {
        if (!encounters.contains(entry.encounterId))
            problems.append(
                {entry.id, Text::tr("Its encounter %1 is not in the file.").arg(entry.encounterId)});
    }
    if (!problems.isEmpty()) {
        QVariantList details;
        for (const ImportIssue& issue : std::as_const(problems))
            details.append(
                QVariantMap{{QStringLiteral("item"), issue.item}, {QStringLiteral("reason"), issue.reason}});
        return Error::make(codes::kInvalidFile,
                           QCoreApplication::translate("NativeFormat",
                                                       "The file has %n invalid item(s). First: %1: %2 "
                                                       "Nothing was imported.",
                                                       nullptr, static_cast<int>(problems.size()))
                               .arg(problems.first().item, problems.first().reason),
                           {{QStringLiteral("errors"), details}});
    }
    return batch;
}

} // namespace dnd
