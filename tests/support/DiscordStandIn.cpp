#include "DiscordStandIn.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <cmath>

namespace dnd::test {

namespace {
// Discord's documented limits for execute-webhook.
constexpr int kContentMax = 2000;
constexpr int kEmbedsMax = 10;
constexpr int kTitleMax = 256;
constexpr int kDescriptionMax = 4096;
constexpr int kFieldsMax = 25;
constexpr int kFieldNameMax = 256;
constexpr int kFieldValueMax = 1024;
constexpr int kFooterMax = 2048;
constexpr int kAuthorMax = 256;
constexpr int kEmbedTextMax = 6000;
constexpr int kUsernameMax = 80;

const QSet<QString>& topLevelKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("content"),      QStringLiteral("username"), QStringLiteral("avatar_url"),
        QStringLiteral("tts"),          QStringLiteral("embeds"),   QStringLiteral("allowed_mentions"),
        QStringLiteral("components"),   QStringLiteral("files"),    QStringLiteral("payload_json"),
        QStringLiteral("attachments"),  QStringLiteral("flags"),    QStringLiteral("thread_name"),
        QStringLiteral("applied_tags"), QStringLiteral("poll")};
    return keys;
}
const QSet<QString>& embedKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("title"),  QStringLiteral("type"),      QStringLiteral("description"),
        QStringLiteral("url"),    QStringLiteral("timestamp"), QStringLiteral("color"),
        QStringLiteral("footer"), QStringLiteral("image"),     QStringLiteral("thumbnail"),
        QStringLiteral("video"),  QStringLiteral("provider"),  QStringLiteral("author"),
        QStringLiteral("fields")};
    return keys;
}
// A string member no longer than max (absent is fine); the problem otherwise.
QString checkText(const QJsonObject& object, const QString& key, int max, const QString& where, int* total)
{
    if (!object.contains(key))
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return QStringLiteral("%1.%2 must be a string").arg(where, key);
    if (value.toString().size() > max)
        return QStringLiteral("%1.%2 is longer than %3").arg(where, key).arg(max);
    if (total)
        *total += int(value.toString().size());
    return {};
}
QString checkEmbed(const QJsonObject& embed, const QString& where, int* total)
{
    for (auto it = embed.constBegin(); it != embed.constEnd(); ++it) {
        if (!embedKeys().contains(it.key()))
            return QStringLiteral("%1 has an unknown key %2").arg(where, it.key());
    }
    for (const auto& [key, max] : {std::pair{QStringLiteral("title"), kTitleMax},
                                   std::pair{QStringLiteral("description"), kDescriptionMax}}) {
        if (QString problem = checkText(embed, key, max, where, total); !problem.isEmpty())
            return problem;
    }
    if (embed.contains(QStringLiteral("color"))) {
        const QJsonValue colour = embed.value(QStringLiteral("color"));
        const double number = colour.toDouble(-1);
        if (!colour.isDouble() || number != std::floor(number) || number < 0 || number > 0xFFFFFF)
            return QStringLiteral("%1.color must be an integer 0..0xFFFFFF").arg(where);
    }
    if (embed.contains(QStringLiteral("timestamp"))) {
        const QString stamp = embed.value(QStringLiteral("timestamp")).toString();
        static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})$"));
        if (!iso.match(stamp).hasMatch() || !QDateTime::fromString(stamp, Qt::ISODateWithMs).isValid())
            return QStringLiteral("%1.timestamp must be ISO 8601").arg(where);
    }
    if (embed.contains(QStringLiteral("footer"))) {
        const QJsonObject footer = embed.value(QStringLiteral("footer")).toObject();
        if (!footer.value(QStringLiteral("text")).isString())
            return QStringLiteral("%1.footer.text is required").arg(where);
        if (QString problem = checkText(footer, QStringLiteral("text"), kFooterMax,
                                        where + QStringLiteral(".footer"), total);
            !problem.isEmpty())
            return problem;
    }
    if (embed.contains(QStringLiteral("author"))) {
        const QJsonObject author = embed.value(QStringLiteral("author")).toObject();
        if (!author.value(QStringLiteral("name")).isString())
            return QStringLiteral("%1.author.name is required").arg(where);
        if (QString problem = checkText(author, QStringLiteral("name"), kAuthorMax,
                                        where + QStringLiteral(".author"), total);
            !problem.isEmpty())
            return problem;
    }
    if (embed.contains(QStringLiteral("fields"))) {
        const QJsonValue fieldsValue = embed.value(QStringLiteral("fields"));
        if (!fieldsValue.isArray())
            return QStringLiteral("%1.fields must be an array").arg(where);
        const QJsonArray fields = fieldsValue.toArray();
        if (fields.size() > kFieldsMax)
            return QStringLiteral("%1 has more than %2 fields").arg(where).arg(kFieldsMax);
        for (int i = 0; i < fields.size(); ++i) {
            const QJsonObject field = fields.at(i).toObject();
            const QString at = QStringLiteral("%1.fields[%2]").arg(where).arg(i);
            for (const QString& key : field.keys()) {
                if (key != QLatin1String("name") && key != QLatin1String("value") &&
                    key != QLatin1String("inline"))
                    return QStringLiteral("%1 has an unknown key %2").arg(at, key);
            }
            if (field.value(QStringLiteral("name")).toString().isEmpty() ||
                field.value(QStringLiteral("value")).toString().isEmpty())
                return QStringLiteral("%1 needs a name and a value").arg(at);
            if (field.contains(QStringLiteral("inline")) && !field.value(QStringLiteral("inline")).isBool())
                return QStringLiteral("%1.inline must be a boolean").arg(at);
            for (const auto& [key, max] : {std::pair{QStringLiteral("name"), kFieldNameMax},
                                           std::pair{QStringLiteral("value"), kFieldValueMax}}) {
                if (QString problem = checkText(field, key, max, at, total); !problem.isEmpty())
                    return problem;
            }
        }
    }
    return {};
}
} // namespace

QString DiscordStandIn::problemWith(const QJsonObject& body)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!topLevelKeys().contains(it.key()))
            return QStringLiteral("unknown key %1").arg(it.key());
    }
    if (QString problem =
            checkText(body, QStringLiteral("content"), kContentMax, QStringLiteral("body"), nullptr);
        !problem.isEmpty())
        return problem;
    if (body.contains(QStringLiteral("username"))) {
        const QString name = body.value(QStringLiteral("username")).toString();
        if (name.isEmpty() || name.size() > kUsernameMax)
            return QStringLiteral("username must be 1 to %1 characters").arg(kUsernameMax);
    }
    if (body.contains(QStringLiteral("allowed_mentions")) &&
        !body.value(QStringLiteral("allowed_mentions")).isObject())
        return QStringLiteral("allowed_mentions must be an object");
    const QJsonValue embedsValue = body.value(QStringLiteral("embeds"));
    if (!embedsValue.isUndefined() && !embedsValue.isArray())
        return QStringLiteral("embeds must be an array");
    const QJsonArray embeds = embedsValue.toArray();
    if (embeds.size() > kEmbedsMax)
        return QStringLiteral("more than %1 embeds").arg(kEmbedsMax);
    if (embeds.isEmpty() && body.value(QStringLiteral("content")).toString().isEmpty())
        return QStringLiteral("Cannot send an empty message");
    int total = 0;
    for (int i = 0; i < embeds.size(); ++i) {
        if (!embeds.at(i).isObject())
            return QStringLiteral("embeds[%1] must be an object").arg(i);
        if (QString problem =
                checkEmbed(embeds.at(i).toObject(), QStringLiteral("embeds[%1]").arg(i), &total);
            !problem.isEmpty())
            return problem;
    }
    if (total > kEmbedTextMax)
        return QStringLiteral("the embeds hold %1 characters of text, more than %2")
            .arg(total)
            .arg(kEmbedTextMax);
    return {};
}

DiscordStandIn::DiscordStandIn(QObject* parent) : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = nextPendingConnection()) {
            auto* buffer = new QByteArray;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const int end = int(buffer->indexOf("\r\n\r\n"));
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                int length = 0;
                for (const QByteArray& line : head.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toInt();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                const QByteArray body = buffer->mid(end + 4, length);
                buffer->clear();
                answer(socket, head, body);
            });
            connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
        }
    });
}

void DiscordStandIn::answer(QTcpSocket* socket, const QByteArray& head, const QByteArray& body)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    QByteArray contentType;
    for (const QByteArray& line : lines) {
        if (line.toLower().startsWith("content-type:"))
            contentType = line.mid(13).trimmed();
    }
    Attempt attempt;
    attempt.path = first.value(1);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    attempt.body = document.object();
    QByteArray extraHeaders;
    QJsonObject reply;
    static const QRegularExpression route(QStringLiteral("^/api/webhooks/\\d+/[A-Za-z0-9_-]+$"));
    const bool budgetSpent = m_budgetClock.isValid() && m_budgetClock.elapsed() < m_budgetResetAtMs;
    if (first.value(0) != "POST" || !route.match(QString::fromLatin1(attempt.path)).hasMatch()) {
        attempt.status = 404;
        reply = QJsonObject{{QStringLiteral("message"), QStringLiteral("Unknown Webhook")},
                            {QStringLiteral("code"), 10015}};
    } else if (!scriptedStatuses.isEmpty() || budgetSpent) {
        attempt.status = scriptedStatuses.isEmpty() ? 429 : scriptedStatuses.takeFirst();
        if (attempt.status == 429) {
            reply = QJsonObject{{QStringLiteral("message"), QStringLiteral("You are being rate limited.")},
                                {QStringLiteral("retry_after"), retryAfterSeconds},
                                {QStringLiteral("global"), false}};
            const QByteArray seconds = QByteArray::number(retryAfterSeconds, 'f', 3);
            extraHeaders =
                "Retry-After: " + QByteArray::number(int(std::ceil(retryAfterSeconds))) +
                "\r\nX-RateLimit-Limit: 5\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Reset-After: " +
                seconds + "\r\nX-RateLimit-Scope: user\r\nX-RateLimit-Bucket: standin\r\n";
        } else {
            reply = QJsonObject{{QStringLiteral("message"), QStringLiteral("Internal Server Error")},
                                {QStringLiteral("code"), 0}};
        }
    } else {
        if (contentType.split(';').value(0).trimmed() != "application/json")
            attempt.problem = QStringLiteral("Content-Type must be application/json, got %1")
                                  .arg(QString::fromLatin1(contentType));
        else if (parseError.error != QJsonParseError::NoError || !document.isObject())
            attempt.problem = QStringLiteral("the body is not a JSON object");
        else
            attempt.problem = problemWith(attempt.body);
        attempt.status = attempt.problem.isEmpty() ? 204 : 400;
        if (!attempt.problem.isEmpty())
            reply = QJsonObject{{QStringLiteral("message"), QStringLiteral("Invalid Form Body")},
                                {QStringLiteral("code"), 50035},
                                {QStringLiteral("errors"), attempt.problem}};
        else if (spentBudgetResetAfterSeconds > 0) {
            m_budgetClock.start();
            m_budgetResetAtMs = qint64(spentBudgetResetAfterSeconds * 1000);
            extraHeaders = "X-RateLimit-Limit: 1\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Reset-After: " +
                           QByteArray::number(spentBudgetResetAfterSeconds, 'f', 3) + "\r\n";
        } else
            extraHeaders =
                "X-RateLimit-Limit: 5\r\nX-RateLimit-Remaining: 4\r\nX-RateLimit-Reset-After: 2.000\r\n";
    }
    attempts.append(attempt);
    const QByteArray replyBody =
        reply.isEmpty() ? QByteArray() : QJsonDocument(reply).toJson(QJsonDocument::Compact);
    const QByteArray response =
        "HTTP/1.1 " + QByteArray::number(attempt.status) + " X\r\n" + extraHeaders +
        (replyBody.isEmpty() ? QByteArray() : QByteArray("Content-Type: application/json\r\n")) +
        "Content-Length: " + QByteArray::number(replyBody.size()) + "\r\nConnection: close\r\n\r\n" +
        replyBody;
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(answerDelayMs, this, [guarded, response] {
        if (!guarded)
            return;
        guarded->write(response);
        guarded->disconnectFromHost();
    });
}

QString DiscordStandIn::webhookUrl(const QString& id, const QString& token)
{
    return QStringLiteral("https://discord.com/api/webhooks/%1/%2").arg(id, token);
}

QString DiscordStandIn::apiBase() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

QList<DiscordStandIn::Attempt> DiscordStandIn::attemptsFor(const QString& webhookId) const
{
    QList<Attempt> found;
    const QByteArray prefix = "/api/webhooks/" + webhookId.toLatin1() + '/';
    for (const Attempt& attempt : attempts) {
        if (attempt.path.startsWith(prefix))
            found.append(attempt);
    }
    return found;
}

QList<QJsonObject> DiscordStandIn::postedTo(const QString& webhookId) const
{
    QList<QJsonObject> bodies;
    for (const Attempt& attempt : attemptsFor(webhookId)) {
        if (attempt.status == 204)
            bodies.append(attempt.body);
    }
    return bodies;
}

QStringList DiscordStandIn::titlesPostedTo(const QString& webhookId) const
{
    QStringList titles;
    for (const QJsonObject& body : postedTo(webhookId))
        titles.append(body.value(QStringLiteral("embeds"))
                          .toArray()
                          .first()
                          .toObject()
                          .value(QStringLiteral("title"))
                          .toString());
    return titles;
}

QStringList DiscordStandIn::problems() const
{
    QStringList found;
    for (const Attempt& attempt : attempts) {
        if (!attempt.problem.isEmpty())
            found.append(attempt.problem);
    }
    return found;
}

} // namespace dnd::test
