#include "SyncProtocol.h"

#include "store/HybridLogicalClock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>
#include <optional>

namespace dnd::sync {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncProtocol)
};

// Beyond 2^53 a JSON number no longer holds every integer exactly.
constexpr qint64 kMaxExactInteger = (qint64(1) << 53) - 1;
// Row ids are UUIDs in practice; the rule only has to keep ids short and printable.
constexpr qsizetype kMaxIdLength = 64;

// Reads members of JSON objects and keeps the first rule broken, with the path of the member
// ("mutations[3].hlc"), so a caller can check once at the end and report something precise.
class Decoder {
public:
    // Members read after this are named "<prefix><key>".
    void setPrefix(QString prefix) { m_prefix = std::move(prefix); }
    bool ok() const { return !m_error; }
    Error error() const { return *m_error; }

    void fail(const QString& key, const QString& why)
    {
        if (!m_error)
            m_error = Error::make(api::kSyncMalformed, QStringLiteral("%1%2: %3").arg(m_prefix, key, why));
    }

    qint64 integer(const QJsonObject& object, const QString& key, qint64 min)
    {
        const QJsonValue value = object.value(key);
        const double number = value.toDouble();
        // The range first: converting a double outside qint64's range is undefined behaviour.
        if (!value.isDouble() || !(number >= double(min) && number <= double(kMaxExactInteger)) ||
            number != std::trunc(number)) {
            fail(key, Text::tr("must be a whole number from %1 to %2").arg(min).arg(kMaxExactInteger));
            return min;
        }
        return qint64(number);
    }

    QString text(const QJsonObject& object, const QString& key, bool allowEmpty = false)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString() || (!allowEmpty && value.toString().isEmpty())) {
            fail(key, Text::tr("must be a non-empty string"));
            return {};
        }
        return value.toString();
    }

    QString identifier(const QJsonObject& object, const QString& key)
    {
        static const QRegularExpression kPattern(QStringLiteral("^[A-Za-z0-9._:-]+$"));
        const QString id = text(object, key);
        if (ok() && (id.size() > kMaxIdLength || !kPattern.match(id).hasMatch()))
            fail(key, Text::tr("must be at most %1 letters, digits or . _ : -").arg(kMaxIdLength));
        return id;
    }

    QString clock(const QJsonObject& object, const QString& key)
    {
        const QString stamp = text(object, key);
        if (ok() && !HybridLogicalClock::Timestamp::parse(stamp))
            fail(key, Text::tr("is not a hybrid logical clock timestamp"));
        return stamp;
    }

    EntityKind entity(const QJsonObject& object, const QString& key)
    {
        const QString name = text(object, key);
        const std::optional<EntityKind> kind = entityKindFromName(name);
        if (ok() && !kind)
            fail(key, Text::tr("names no kind of record (\"%1\")").arg(name.left(kMaxIdLength)));
        return kind.value_or(EntityKind::Party);
    }

    bool boolean(const QJsonObject& object, const QString& key, bool fallback)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            fail(key, Text::tr("must be true or false"));
        return value.toBool(fallback);
    }

    QJsonObject object(const QJsonObject& object, const QString& key, bool required)
    {
        const QJsonValue value = object.value(key);
        if (!required && value.isUndefined())
            return {};
        if (!value.isObject())
            fail(key, Text::tr("must be an object"));
        return value.toObject();
    }

    // An optional object whose every member is a hybrid logical clock timestamp.
    QJsonObject clocks(const QJsonObject& json, const QString& key, bool required)
    {
        const QJsonObject result = object(json, key, required);
        for (auto it = result.constBegin(); ok() && it != result.constEnd(); ++it) {
            if (!it.value().isString() || !HybridLogicalClock::Timestamp::parse(it.value().toString()))
                fail(key + QLatin1Char('.') + it.key(), Text::tr("is not a hybrid logical clock timestamp"));
        }
        return result;
    }

    QJsonArray array(const QJsonObject& object, const QString& key, qsizetype maxSize)
    {
        const QJsonValue value = object.value(key);
        if (!value.isArray()) {
            fail(key, Text::tr("must be a list"));
            return {};
        }
        const QJsonArray list = value.toArray();
        if (list.size() > maxSize)
            fail(key, Text::tr("holds %1 entries; at most %2 are allowed").arg(list.size()).arg(maxSize));
        return list;
    }

    // The i-th entry of a list that must hold objects; members read next are named after it.
    QJsonObject entry(const QString& listKey, const QJsonArray& list, qsizetype index)
    {
        const QString name = QStringLiteral("%1[%2]").arg(listKey).arg(index);
        setPrefix(name + QLatin1Char('.'));
        if (!list.at(index).isObject()) {
            setPrefix({});
            fail(name, Text::tr("must be an object"));
        }
        return list.at(index).toObject();
    }

private:
    QString m_prefix;
    std::optional<Error> m_error;
};

constexpr qsizetype kUnbounded = std::numeric_limits<qsizetype>::max();

Mutation readMutation(Decoder& d, const QJsonObject& json)
{
    Mutation m;
    m.id = d.integer(json, QStringLiteral("id"), 1);
    m.entity = d.entity(json, QStringLiteral("entity"));
    m.rowId = d.identifier(json, QStringLiteral("rowId"));
    const QString op = d.text(json, QStringLiteral("op"));
    if (d.ok() && op != mutationOpName(MutationOp::Put) && op != mutationOpName(MutationOp::Delete))
        d.fail(QStringLiteral("op"), Text::tr("must be \"put\" or \"delete\""));
    m.op = op == mutationOpName(MutationOp::Delete) ? MutationOp::Delete : MutationOp::Put;
    m.hlc = d.clock(json, QStringLiteral("hlc"));
    m.causalLength = d.integer(json, QStringLiteral("cl"), 1);
    m.fields = d.object(json, QStringLiteral("fields"), m.op == MutationOp::Put);
    // Odd causal lengths are alive rows, even ones deleted: the op and the length must agree.
    const bool alive = m.causalLength % 2 == 1;
    if (d.ok() && alive != (m.op == MutationOp::Put))
        d.fail(QStringLiteral("cl"), m.op == MutationOp::Put ? Text::tr("must be odd for a put")
                                                             : Text::tr("must be even for a delete"));
    if (d.ok() && m.op == MutationOp::Delete && !m.fields.isEmpty())
        d.fail(QStringLiteral("fields"), Text::tr("must be empty for a delete"));
    m.elementClocks = d.clocks(json, QStringLiteral("elementClocks"), false);
    return m;
}

QJsonObject mutationToJson(const Mutation& m)
{
    QJsonObject json{{QStringLiteral("id"), m.id},       {QStringLiteral("entity"), entityName(m.entity)},
                     {QStringLiteral("rowId"), m.rowId}, {QStringLiteral("op"), mutationOpName(m.op)},
                     {QStringLiteral("hlc"), m.hlc},     {QStringLiteral("cl"), m.causalLength}};
    if (m.op == MutationOp::Put)
        json.insert(QStringLiteral("fields"), m.fields);
    if (!m.elementClocks.isEmpty())
        json.insert(QStringLiteral("elementClocks"), m.elementClocks);
    return json;
}

RowState readRow(Decoder& d, const QJsonObject& json)
{
    RowState row;
    row.entity = d.entity(json, QStringLiteral("entity"));
    row.rowId = d.identifier(json, QStringLiteral("rowId"));
    row.version = d.integer(json, QStringLiteral("version"), 1);
    row.causalLength = d.integer(json, QStringLiteral("cl"), 1);
    row.fields = d.object(json, QStringLiteral("fields"), true);
    row.fieldClocks = d.clocks(json, QStringLiteral("fieldClocks"), true);
    row.elementClocks = d.clocks(json, QStringLiteral("elementClocks"), false);
    return row;
}

QJsonObject rowToJson(const RowState& row)
{
    QJsonObject json{{QStringLiteral("entity"), entityName(row.entity)},
                     {QStringLiteral("rowId"), row.rowId},
                     {QStringLiteral("version"), row.version},
                     {QStringLiteral("cl"), row.causalLength},
                     {QStringLiteral("fields"), row.fields},
                     {QStringLiteral("fieldClocks"), row.fieldClocks}};
    if (!row.elementClocks.isEmpty())
        json.insert(QStringLiteral("elementClocks"), row.elementClocks);
    return json;
}

} // namespace

QString PullRequest::path() const
{
    QString path = QStringLiteral("/api/v1/sync/pull?cookie=%1&clientId=%2&protocolVersion=%3")
                       .arg(cookie)
                       .arg(QString::fromUtf8(QUrl::toPercentEncoding(clientId)))
                       .arg(kProtocolVersion);
    if (skipOwnRows)
        path += QStringLiteral("&skipOwnRows=1");
    return path;
}

QString mutationOpName(MutationOp op)
{
    return op == MutationOp::Put ? QStringLiteral("put") : QStringLiteral("delete");
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const Mutation& m : mutations)
        list.append(mutationToJson(m));
    QJsonObject json{{QStringLiteral("clientId"), clientId},
                     {QStringLiteral("protocolVersion"), protocolVersion},
                     {QStringLiteral("mutations"), list}};
    if (!replacesClientId.isEmpty())
        json.insert(QStringLiteral("replacesClientId"), replacesClientId);
    return json;
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject& json)
{
    Decoder d;
    PushRequest request;
    request.protocolVersion = int(d.integer(json, QStringLiteral("protocolVersion"), 1));
    if (d.ok() && request.protocolVersion != kProtocolVersion)
        return Error::make(api::kSyncProtocolMismatch,
                           Text::tr("The other side speaks sync protocol %1; this version speaks %2.")
                               .arg(request.protocolVersion)
                               .arg(kProtocolVersion));
    request.clientId = d.identifier(json, QStringLiteral("clientId"));
    if (json.contains(QStringLiteral("replacesClientId")))
        request.replacesClientId = d.identifier(json, QStringLiteral("replacesClientId"));
    const QJsonArray list = d.array(json, QStringLiteral("mutations"), kMaxMutationsPerPush);
    for (qsizetype i = 0; d.ok() && i < list.size(); ++i) {
        Mutation m = readMutation(d, d.entry(QStringLiteral("mutations"), list, i));
        // The service finds a gap or a resend by comparing ids, so they must rise within a batch.
        if (d.ok() && !request.mutations.isEmpty() && m.id <= request.mutations.constLast().id)
            d.fail(QStringLiteral("id"), Text::tr("must be greater than the previous mutation's id %1")
                                             .arg(request.mutations.constLast().id));
        request.mutations.append(std::move(m));
    }
    if (!d.ok())
        return d.error();
    return request;
}

QJsonObject PushResponse::toJson() const
{
    QJsonArray list;
    for (const Rejection& r : rejected)
        list.append(QJsonObject{{QStringLiteral("id"), r.mutationId},
                                {QStringLiteral("code"), r.code},
                                {QStringLiteral("message"), r.message}});
    QJsonObject json{{QStringLiteral("lastMutationId"), lastMutationId},
                     {QStringLiteral("version"), version},
                     {QStringLiteral("rejected"), list},
                     {QStringLiteral("epoch"), epoch},
                     {QStringLiteral("serverTime"), serverTime}};
    if (baseVersion >= 0)
        json.insert(QStringLiteral("baseVersion"), baseVersion);
    return json;
}

Result<PushResponse> PushResponse::fromJson(const QJsonObject& json)
{
    Decoder d;
    PushResponse response;
    response.lastMutationId = d.integer(json, QStringLiteral("lastMutationId"), 0);
    response.version = d.integer(json, QStringLiteral("version"), 0);
    response.epoch = d.text(json, QStringLiteral("epoch"), true);
    response.serverTime = d.integer(json, QStringLiteral("serverTime"), 0);
    // Optional: services before it did not send it.
    if (json.contains(QStringLiteral("baseVersion"))) {
        response.baseVersion = d.integer(json, QStringLiteral("baseVersion"), 0);
        if (d.ok() && response.baseVersion > response.version)
            d.fail(QStringLiteral("baseVersion"), Text::tr("is after version %1").arg(response.version));
    }
    const QJsonArray list = d.array(json, QStringLiteral("rejected"), kMaxMutationsPerPush);
    for (qsizetype i = 0; d.ok() && i < list.size(); ++i) {
        const QJsonObject entry = d.entry(QStringLiteral("rejected"), list, i);
        Rejection r;
        r.mutationId = d.integer(entry, QStringLiteral("id"), 1);
        r.code = d.text(entry, QStringLiteral("code"));
        r.message = d.text(entry, QStringLiteral("message"), true);
        // A rejection is part of what was processed; one beyond it would be a broken answer.
        if (d.ok() && r.mutationId > response.lastMutationId)
            d.fail(QStringLiteral("id"), Text::tr("is after lastMutationId %1").arg(response.lastMutationId));
        response.rejected.append(std::move(r));
    }
    if (!d.ok())
        return d.error();
    return response;
}

QJsonObject PullResponse::toJson() const
{
    QJsonArray list;
    for (const RowState& row : rows)
        list.append(rowToJson(row));
    return {{QStringLiteral("cookie"), cookie},
            {QStringLiteral("lastMutationId"), lastMutationId},
            {QStringLiteral("reset"), reset},
            {QStringLiteral("hasMore"), hasMore},
            {QStringLiteral("rows"), list},
            {QStringLiteral("epoch"), epoch},
            {QStringLiteral("serverTime"), serverTime}};
}

Result<PullResponse> PullResponse::fromJson(const QJsonObject& json)
{
    Decoder d;
    PullResponse response;
    response.cookie = d.integer(json, QStringLiteral("cookie"), 0);
    response.lastMutationId = d.integer(json, QStringLiteral("lastMutationId"), 0);
    response.reset = d.boolean(json, QStringLiteral("reset"), false);
    response.hasMore = d.boolean(json, QStringLiteral("hasMore"), false);
    response.epoch = d.text(json, QStringLiteral("epoch"), true);
    response.serverTime = d.integer(json, QStringLiteral("serverTime"), 0);
    const QJsonArray list = d.array(json, QStringLiteral("rows"), kUnbounded);
    for (qsizetype i = 0; d.ok() && i < list.size(); ++i) {
        RowState row = readRow(d, d.entry(QStringLiteral("rows"), list, i));
        // Applying a row newer than the cookie would make the next pull skip changes.
        if (d.ok() && row.version > response.cookie)
            d.fail(QStringLiteral("version"), Text::tr("is after the cookie %1").arg(response.cookie));
        response.rows.append(std::move(row));
    }
    if (!d.ok())
        return d.error();
    return response;
}

} // namespace dnd::sync
