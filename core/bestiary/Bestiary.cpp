#include "bestiary/Bestiary.h"

#include "store/LocalStore.h"
#include "util/ErrorCodes.h"
#include "util/LogCategories.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

// The resource lives in a static library: it must be registered explicitly before first use.
static void registerCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace dnd {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Bestiary)
};

Result<QByteArray> readResource(const QString& path)
{
    static const bool registered = [] {
        registerCoreResources();
        return true;
    }();
    Q_UNUSED(registered);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(codes::kBestiaryMissing,
                           Text::tr("The bundled bestiary is missing from this build (%1).").arg(path));
    return file.readAll();
}

} // namespace

QString Bestiary::resourcePath()
{
    return QStringLiteral(":/bestiary/srd-bestiary.json");
}

QString Bestiary::creditText()
{
    return QStringLiteral(
        "This work includes material from the System Reference Document 5.1 / 5.2 by Wizards of the "
        "Coast LLC, licensed under CC-BY-4.0.");
}

QString Bestiary::bundledVersion()
{
    Result<QByteArray> version = readResource(QStringLiteral(":/bestiary/srd-bestiary.version"));
    return version ? QString::fromLatin1(*version).trimmed() : QString();
}

QString Bestiary::installedVersion(LocalStore& store)
{
    return store.setting(kVersionSetting);
}

qint64 Bestiary::installedCount(LocalStore& store)
{
    QSqlQuery& query = store.database().prepared(QStringLiteral(
        "SELECT count(*) FROM creature WHERE is_template = 1 AND cl % 2 = 1 AND source IN (?, ?)"));
    query.addBindValue(kSource2014);
    query.addBindValue(kSource2024);
    qint64 count = 0;
    if (query.exec() && query.next())
        count = query.value(0).toLongLong();
    query.finish();
    return count;
}

Result<QList<Creature>> Bestiary::decode(const QByteArray& bytes, QString* version)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")) != QLatin1String("dnd-bestiary"))
        return Error::make(codes::kBestiaryDamaged, Text::tr("The bundled bestiary cannot be read."));
    if (version)
        *version = root.value(QStringLiteral("version")).toString();
    QList<Creature> creatures;
    for (const QJsonValue& item : root.value(QStringLiteral("creatures")).toArray())
        creatures.append(Creature::fromJson(item.toObject()));
    return creatures;
}

Result<QList<Creature>> Bestiary::loadBundled()
{
    Result<QByteArray> bytes = readResource(resourcePath());
    if (!bytes)
        return bytes.error();
    return decode(*bytes);
}

Status Bestiary::ensureInstalled(LocalStore& store)
{
    const QString bundled = bundledVersion();
    if (bundled.isEmpty())
        return Error::make(codes::kBestiaryMissing,
                           Text::tr("The bundled bestiary is missing from this build."));
    if (installedVersion(store) == bundled)
        return {};
    if (store.database().isReadOnly())
        return {}; // a read-only store is shown as it is
    Result<QList<Creature>> creatures = loadBundled();
    if (!creatures)
        return creatures.error();

    ChangeSet changes(ChangeOrigin::Bundled);
    QSet<QString> current;
    for (const Creature& creature : std::as_const(*creatures)) {
        changes.put(creature);
        current.insert(creature.id);
    }
    // Templates an earlier version shipped and this one no longer does are withdrawn.
    QSqlQuery& previous = store.database().prepared(
        QStringLiteral("SELECT id FROM creature WHERE is_template = 1 AND cl % 2 = 1 AND source IN (?, ?)"));
    previous.addBindValue(kSource2014);
    previous.addBindValue(kSource2024);
    QStringList withdrawn;
    if (previous.exec()) {
        while (previous.next()) {
            if (!current.contains(previous.value(0).toString()))
                withdrawn << previous.value(0).toString();
        }
    }
    previous.finish();
    for (const QString& id : std::as_const(withdrawn))
        changes.remove(EntityKind::Creature, id);

    if (Result<ChangeSet> committed = store.commit(changes); !committed)
        return Error::make(
            committed.error().code,
            Text::tr("The bundled bestiary could not be installed: %1").arg(committed.errorMessage()));
    qCInfo(lcBestiary) << "installed bestiary" << bundled << "with" << creatures->size() << "creatures";
    return store.setSetting(kVersionSetting, bundled);
}

} // namespace dnd
