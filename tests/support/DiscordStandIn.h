#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTcpServer>

namespace dnd::test {

// A local stand-in for Discord's execute-webhook endpoint (POST /api/webhooks/<id>/<token>). It
// checks each body against what Discord takes (docs/INTEGRATIONS.md lists the limits: content,
// embeds and their fields, colours as integers, ISO 8601 timestamps, no unknown keys, JSON content
// type) and answers 204 to a good one, 400 with Discord's "Invalid Form Body" and the problem to a
// bad one, or what a test scripted: 429 with Discord's body and rate-limit headers, or a 5xx.
class DiscordStandIn : public QTcpServer {
    Q_OBJECT
public:
    struct Attempt {
        QByteArray path;
        QJsonObject body;
        int status = 0;  // what the stand-in answered
        QString problem; // why the body was refused (400), empty when it was good
    };

    explicit DiscordStandIn(QObject* parent = nullptr);

    // A webhook URL as Discord hands it out, and the --discord-api-base that reaches this stand-in.
    static QString webhookUrl(const QString& id, const QString& token);
    QString apiBase() const;
    // The attempts that reached one webhook (its id), in order.
    QList<Attempt> attemptsFor(const QString& webhookId) const;
    // The bodies of one webhook Discord took (answered 204), in order.
    QList<QJsonObject> postedTo(const QString& webhookId) const;
    // The first embed's title of each body taken for the webhook.
    QStringList titlesPostedTo(const QString& webhookId) const;
    // Every refused body's problem, for a test to show when it expected none.
    QStringList problems() const;

    // Answers the next requests with these statuses (429 as Discord's rate limit), then 204 again.
    QList<int> scriptedStatuses;
    double retryAfterSeconds = 0.35;
    // When set, every message taken spends the bucket: the answer says X-RateLimit-Remaining: 0 and
    // X-RateLimit-Reset-After this many seconds, and a message arriving before then gets a 429.
    double spentBudgetResetAfterSeconds = 0;
    // Holds every answer back this long, so a test can make messages pile up behind one in flight.
    int answerDelayMs = 0;
    QList<Attempt> attempts;

    // Why Discord would refuse this body, or an empty string when it takes it.
    static QString problemWith(const QJsonObject& body);

private:
    void answer(class QTcpSocket* socket, const QByteArray& head, const QByteArray& body);

    QElapsedTimer m_budgetClock;
    qint64 m_budgetResetAtMs = 0; // on m_budgetClock
};

} // namespace dnd::test
