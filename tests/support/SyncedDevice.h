#pragma once

// A device for sync tests against the real service: a store on its own SQLite file with a clock
// that may be set wrong, the real engine and its HTTP transport (through a FaultProxy or straight
// to the service), and what the engine reported. Plus the rows of a store and of the service in
// one comparable form. Header-only: only tests that link dnd_sync include it.

#include "HttpSyncTransport.h"
#include "ServerHarness.h"
#include "SyncEngine.h"
#include "store/LocalStore.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace dnd::test {

// This machine's time moved by a fixed amount: a device whose date and time are set wrong.
class SkewedClock final : public Clock {
public:
    explicit SkewedClock(qint64 skewMs = 0) : m_skewMs(skewMs) {}
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_skewMs; }
    qint64 skewMs() const { return m_skewMs; }

private:
    qint64 m_skewMs;
};

struct SyncedDevice {
    SyncedDevice(const QString& serviceUrl, QString accessToken, qint64 clockSkewMs = 0)
        : token(std::move(accessToken)), clock(clockSkewMs), http(QUrl(serviceUrl), [this] { return token; })
    {
        open();
    }

    QString token;
    QTemporaryDir dir;
    SkewedClock clock;
    sync::HttpSyncTransport http;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<sync::SyncEngine> engine;
    // Every rejection the engine reported, in order, over every engine this device ran.
    QList<sync::Rejection> reported;
    // Why the store had to start again as a new device, each time.
    QStringList newDeviceStarts;

    QString path() const { return dir.filePath(QStringLiteral("tracker.sqlite3")); }

    // Opens the store file and starts an engine on it (what starting the app does).
    void open()
    {
        Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(path(), clock);
        if (!opened)
            qFatal("could not open the device's store: %s", qPrintable(opened.errorMessage()));
        store = std::move(opened).value();
        engine = std::make_unique<sync::SyncEngine>(*store, http);
        engine->setRetryDelays(20, 200);
        QObject::connect(engine.get(), &sync::SyncEngine::rejected,
                         [this](const QList<sync::Rejection>& rejections) { reported += rejections; });
        QObject::connect(engine.get(), &sync::SyncEngine::startedAsNewDevice,
                         [this](const QString& why) { newDeviceStarts << why; });
    }
    // Closes the store (what quitting the app does), so its file can be replaced.
    void close()
    {
        engine.reset();
        store.reset();
    }

    // Starts a round and waits, without ever resuming a stopped engine, until the device is in
    // step: a round ended and nothing is queued. Failures on the way must pass by themselves (the
    // engine retries). False when the engine stopped or the time ran out; `why` says which.
    bool syncUntilInStep(int timeoutMs = 60000, QString* why = nullptr)
    {
        engine->syncNow();
        const bool settled = QTest::qWaitFor(
            [this] {
                const auto state = engine->state();
                if (state == sync::SyncEngine::State::Idle && store->outboxSize() > 0)
                    engine->syncNow(); // edits made during the round: one more
                return state == sync::SyncEngine::State::Stopped ||
                       (state == sync::SyncEngine::State::Idle && store->outboxSize() == 0);
            },
            timeoutMs);
        const bool inStep = settled && engine->state() == sync::SyncEngine::State::Idle;
        if (!inStep && why)
            *why = settled
                       ? QStringLiteral("stopped: %1 %2").arg(engine->lastErrorCode(), engine->lastError())
                       : QStringLiteral("not in step after %1 ms (state %2, %3 queued, last error %4 %5)")
                             .arg(timeoutMs)
                             .arg(int(engine->state()))
                             .arg(store->outboxSize())
                             .arg(engine->lastErrorCode(), engine->lastError());
        return inStep;
    }
};

inline QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Every row of a store that has synced or is to sync (a row with no field clock is a bundled
// template that never travels), in the form the service answers a pull with: fields and the clock
// of each for a live row, the causal length alone for a deleted one.
inline QList<sync::RowState> storeRowStates(LocalStore& store)
{
    QList<sync::RowState> rows;
    for (EntityKind kind : kAllEntityKinds) {
        const QString table = entityName(kind);
        QSqlQuery query(store.database().connection());
        query.exec(QStringLiteral("SELECT id, cl, doc FROM %1").arg(table));
        while (query.next()) {
            sync::RowState row{kind, query.value(0).toString(), 0, query.value(1).toLongLong(), {}, {}};
            QSqlQuery clocks(store.database().connection());
            clocks.prepare(
                QStringLiteral("SELECT field, hlc FROM field_clock WHERE entity = ? AND row_id = ?"));
            clocks.addBindValue(table);
            clocks.addBindValue(row.rowId);
            clocks.exec();
            while (clocks.next()) {
                // The clocks of list elements travel apart from the fields' (isElementClockKey).
                const QString field = clocks.value(0).toString();
                (field.contains(QLatin1Char('[')) ? row.elementClocks : row.fieldClocks)
                    .insert(field, clocks.value(1).toString());
            }
            if (row.fieldClocks.isEmpty() && row.causalLength == 1)
                continue;
            if (row.isDeleted()) {
                row.fieldClocks = row.elementClocks = {};
            } else {
                row.fields = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
                // The store stamps a whole new record with one clock ("*"); the service keeps it
                // per field.
                const QJsonValue wholeRecord = row.fieldClocks.take(QStringLiteral("*"));
                if (!wholeRecord.isUndefined())
                    for (auto it = row.fields.constBegin(); it != row.fields.constEnd(); ++it)
                        if (!row.fieldClocks.contains(it.key()))
                            row.fieldClocks.insert(it.key(), wholeRecord);
            }
            rows << row;
        }
    }
    return rows;
}

// One line per row (kind, id, causal length, and for a live row its fields and their clocks),
// sorted, so two stores, the service and a model of it compare as lists.
inline QStringList rowLines(const QList<sync::RowState>& rows)
{
    QStringList lines;
    for (const sync::RowState& row : rows) {
        QString line =
            QStringLiteral("%1 %2 cl=%3").arg(entityName(row.entity), row.rowId).arg(row.causalLength);
        if (!row.isDeleted())
            line +=
                QLatin1Char(' ') + compactJson(row.fields) + QLatin1Char(' ') + compactJson(row.fieldClocks);
        if (!row.isDeleted() && !row.elementClocks.isEmpty())
            line += QLatin1Char(' ') + compactJson(row.elementClocks);
        lines << line;
    }
    lines.sort();
    return lines;
}

inline QStringList syncedRows(LocalStore& store)
{
    return rowLines(storeRowStates(store));
}

// What the service holds for the account, read with a full pull straight from the service (no
// proxy); `lastMutationId` gets what it has processed of `clientId`. Empty (and a warning) when the
// pull failed.
inline QList<sync::RowState> serviceRowStates(const QString& serviceUrl, const QString& token,
                                              const QString& clientId, qint64* lastMutationId = nullptr)
{
    HttpClient http(serviceUrl);
    const HttpResponse answer =
        http.get(QStringLiteral("/api/v1/sync/pull?cookie=0&clientId=%1&protocolVersion=%2")
                     .arg(clientId)
                     .arg(sync::kProtocolVersion),
                 token);
    const Result<sync::PullResponse> pulled = sync::PullResponse::fromJson(answer.data());
    if (!pulled) {
        qWarning("the service's full pull failed: %d %s", answer.status, answer.body.constData());
        return {};
    }
    if (lastMutationId)
        *lastMutationId = pulled->lastMutationId;
    return pulled->rows;
}

// The same in the form of syncedRows().
inline QStringList serviceRows(const QString& serviceUrl, const QString& token, const QString& clientId,
                               qint64* lastMutationId = nullptr)
{
    const QList<sync::RowState> rows = serviceRowStates(serviceUrl, token, clientId, lastMutationId);
    return rows.isEmpty() ? QStringList{QStringLiteral("no answer")} : rowLines(rows);
}

} // namespace dnd::test
