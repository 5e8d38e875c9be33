#include "storage/RestoreMark.h"

#include "ServerErrorCodes.h"
#include "ServerLog.h"
#include "storage/SyncRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dnd::server {

namespace {

const QString kMarkKey = QStringLiteral("sync_high_water");

QString tr(const char* text)
{
    return QCoreApplication::translate("dnd::server::RestoreMark", text);
}

Result<qint64> storedMark(ServerDatabase& db)
{
    Result<std::optional<Row>> row =
        db.one(QStringLiteral("SELECT value FROM server_settings WHERE key = ?"), {kMarkKey});
    if (!row)
        return row.error();
    return row.value() ? row.value()->value(QStringLiteral("value")).toString().toLongLong() : 0;
}

} // namespace

Result<bool> RestoreMark::checkAtStart(ServerDatabase& db)
{
    QFile file(m_filePath);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(errors::kConfig, tr("Cannot read %1: %2").arg(m_filePath, file.errorString()));
        const QJsonObject kept = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        Result<QString> epoch = SyncRepository::epoch(db);
        if (!epoch)
            return epoch.error();
        Result<qint64> mark = storedMark(db);
        if (!mark)
            return mark.error();
        const qint64 keptMark = kept.value(QStringLiteral("highWater")).toInteger();
        // Another epoch: the operator reset it already (or this is another database).
        if (kept.value(QStringLiteral("epoch")).toString() == epoch.value() && mark.value() < keptMark) {
            Result<QString> fresh = SyncRepository::resetEpoch(db);
            if (!fresh)
                return fresh.error();
            log::event(lcServerSync, QtWarningMsg, "database_restored", {},
                       {{"mark", mark.value()}, {"expected", keptMark}, {"epoch", fresh.value()}});
            if (Status advanced = advance(db); !advanced)
                return advanced.error();
            return true;
        }
    }
    if (Status advanced = advance(db); !advanced)
        return advanced.error();
    return false;
}

Status RestoreMark::advance(ServerDatabase& db)
{
    qint64 next = 0;
    const Status moved = db.transaction([&]() -> Status {
        Result<qint64> mark = storedMark(db);
        if (!mark)
            return mark.error();
        next = mark.value() + 1;
        Result<int> written =
            db.run(QStringLiteral("INSERT INTO server_settings (key, value) VALUES (?, ?) ON "
                                  "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {kMarkKey, QString::number(next)});
        if (!written)
            return written.error();
        return {};
    });
    if (!moved)
        return moved;
    Result<QString> epoch = SyncRepository::epoch(db);
    if (!epoch)
        return epoch.error();
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(errors::kConfig, tr("Cannot write %1: %2").arg(m_filePath, file.errorString()));
    file.write(QJsonDocument(
                   QJsonObject{{QStringLiteral("epoch"), epoch.value()}, {QStringLiteral("highWater"), next}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error::make(errors::kConfig, tr("Cannot write %1: %2").arg(m_filePath, file.errorString()));
    return {};
}

} // namespace dnd::server
