#pragma once

#include "integrations/DiscordMessages.h"
#include "integrations/DiscordWebhook.h"
#include "integrations/SecretBox.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkReply;

namespace dnd::server {

class ServerContext;

// Posts a fight to the Discord channels its DM linked (docs/INTEGRATIONS.md). After a write this
// process handled, the account's linked encounters are read again and what the public view changed
// since the link's last post becomes messages. Each link has its own queue, sent one message at a
// time in the background: nothing here waits for Discord, so a push or a turn never does either.
// Discord's rate limits are honoured (429 and its retry_after, X-RateLimit-Remaining and
// -Reset-After), server errors and network failures are tried again with a capped backoff up to
// --discord-max-attempts, and the outcome is kept on the link for the list the DM sees. The
// webhook URL is read from its sealed form only to post, and never logged: the log names the link.
class DiscordRelay : public QObject {
    Q_OBJECT
public:
    // How one message ended, for the caller that asked for it (the test message).
    struct Outcome {
        bool delivered = false;
        int httpStatus = 0; // Discord's last answer, 0 when none came (network error)
        QString error;      // what went wrong, for the DM
    };
    using Done = std::function<void(const Outcome&)>;

    static constexpr int kMaxQueuedPerLink = 50;

    explicit DiscordRelay(ServerContext& context, QObject* parent = nullptr);
    ~DiscordRelay() override;

    const SecretBox& secrets() const { return m_secrets; }
    // The associated data a link's sealed URL is bound to.
    static QByteArray sealBinding(const QString& linkId, const QString& account);

    // After a write of the account that this process committed. Runs from the event loop, once
    // for several writes in a row.
    void accountWritten(const QString& account);
    // Records the encounters' public views as the link's starting point, so a link made during a
    // fight tells what happens next rather than announcing the fight again.
    Status recordStartingViews(const QString& linkId, const QString& account, const QString& encounterId,
                               const QString& partyId);
    // Queues one message on the link's channel; `done` hears how it ended.
    void send(const QString& linkId, const QString& account, const DiscordWebhook& webhook,
              const DiscordPost& post, Done done = {});
    // The link was removed: what waits for it is dropped (and told so).
    void forget(const QString& linkId);

private:
    struct Outgoing {
        DiscordPost post;
        QByteArray json;
        Done done;
    };
    struct Channel {
        QString account;
        QUrl url;
        QList<Outgoing> queue; // the first is in flight while `busy`
        bool busy = false;
        int attempts = 0;       // of the first message
        qint64 notBeforeMs = 0; // on m_clock: Discord asked to wait until then
        QTimer timer;
    };

    void processAccounts();
    void processAccount(const QString& account);
    // The link's encounters as stored now (the encounter, or every encounter of the party).
    Result<QList<QJsonObject>> linkedEncounters(const QString& account, const QString& encounterId,
                                                const QString& partyId);
    // Takes the step from the stored view to `viewJson` for this process; false when another
    // process took it first (it posts), or nothing changed.
    Result<bool> claimView(const QString& linkId, const QString& account, const QString& encounterId,
                           const std::optional<QString>& storedJson, const QString& viewJson);
    void pump(const QString& linkId);
    void finished(const QString& linkId, QNetworkReply* reply);
    // Ends the first message of the channel and goes on with the next.
    void complete(const QString& linkId, Channel& channel, const Outcome& outcome);
    void waitThenPump(const QString& linkId, Channel& channel, qint64 waitMs);
    void record(const QString& linkId, const QString& status, const QString& error, qint64 waitMs,
                int delivered);

    ServerContext& m_ctx;
    SecretBox m_secrets;
    QNetworkAccessManager m_network;
    QHash<QString, std::shared_ptr<Channel>> m_channels;
    QSet<QString> m_pendingAccounts;
    QTimer m_processTimer;
    QElapsedTimer m_clock;
};

} // namespace dnd::server
