#include "live/WebSocketHub.h"

#include "ApiErrorCodes.h"
#include "ServerContext.h"
#include "auth/ApiTokens.h"
#include "live/ClusterBus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <limits>

namespace dnd::server {

namespace {
constexpr int kCloseUnauthorized = 4401;
constexpr int kCloseSessionEnded = 4403;
constexpr int kCloseIdle = 4408;
// Every message the hub understands is small; Qt's own limits (about 2 GiB) would let one anonymous
// socket buffer hundreds of megabytes before the first check.
constexpr int kMaxMessageBytes = 64 * 1024;
constexpr int kCloseEncounterGone = 4404;
QString frameText(const QJsonObject& message)
{
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}
// One live event: its type, the combatant and condition it is about, and what the receiver shows.
QJsonObject eventFrame(const PublicViewChange& change, const QString& encounterId, const QJsonObject& data)
{
    QJsonObject frame{{QStringLiteral("type"), change.type},
                      {QStringLiteral("encounterId"), encounterId},
                      {QStringLiteral("data"), data}};
    if (!change.participantId.isEmpty())
        frame.insert(QStringLiteral("participantId"), change.participantId);
    if (!change.conditionKey.isEmpty())
        frame.insert(QStringLiteral("condition"), change.conditionKey);
    return frame;
}
} // namespace

WebSocketHub::WebSocketHub(ServerContext& context, QObject* parent) : QObject(parent), m_ctx(context)
{
    m_clock.start();
    m_idleSweep.setInterval(qMax(50, m_ctx.config.wsIdleTimeoutMs / 4));
    connect(&m_idleSweep, &QTimer::timeout, this, &WebSocketHub::closeIdleSockets);
    m_idleSweep.start();
    m_sessionCheck.setInterval(qMax(50, m_ctx.config.wsSessionCheckMs));
    connect(&m_sessionCheck, &QTimer::timeout, this, &WebSocketHub::checkSessions);
    m_sessionCheck.start();
}

void WebSocketHub::checkSessions()
{
    if (m_clients.isEmpty())
        return;
    m_ctx.dropStaleCaches(); // an administration command may have changed an account
    const qint64 now = m_ctx.nowSeconds();
    QHash<QString, std::optional<AuthUser>> accounts; // each account read once per check
    QList<QPair<QWebSocket*, int>> closing;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (!it->authenticated)
            continue;
        const bool watcher = !it->shareCode.isEmpty();
        if (!watcher && it->tokenExpiresAt <= now) {
            closing.append({it.key(), kCloseUnauthorized});
            continue;
        }
        if (!accounts.contains(it->account)) {
            Result<std::optional<AuthUser>> user = m_ctx.loadUser(it->account);
            if (!user)
                return; // the database cannot tell now; the next check will
            accounts.insert(it->account, user.value());
        }
        const std::optional<AuthUser>& user = accounts.value(it->account);
        if (!user || (!watcher && user->sessionGeneration != it->sessionGeneration)) {
            closing.append({it.key(), kCloseSessionEnded});
            continue;
        }
        // A token revoked by a process whose notice this one missed.
        if (!it->apiTokenId.isEmpty()) {
            Result<bool> stillThere = apitokens::exists(*m_ctx.db, it->apiTokenId);
            if (!stillThere)
                return;
            if (!stillThere.value())
                closing.append({it.key(), kCloseSessionEnded});
        }
    }
    for (const auto& [socket, code] : closing)
        socket->close(QWebSocketProtocol::CloseCode(code),
                      code == kCloseUnauthorized ? tr("The access token expired; authenticate again.")
                                                 : tr("The session has ended; sign in again."));
}

void WebSocketHub::endSessions(const QString& account)
{
    if (m_ctx.cluster)
        m_ctx.cluster->publish(ClusterBus::Notice::SessionsEnded, account);
    endSessionsHere(account);
}

void WebSocketHub::endSessionsHere(const QString& account)
{
    const QList<QWebSocket*> sockets = m_clients.keys();
    for (QWebSocket* socket : sockets) {
        const Client& client = m_clients.value(socket);
        if (client.authenticated && client.shareCode.isEmpty() && client.account == account)
            socket->close(QWebSocketProtocol::CloseCode(kCloseSessionEnded),
                          tr("The session has ended; sign in again."));
    }
}

void WebSocketHub::revokeApiToken(const QString& tokenId)
{
    if (m_ctx.cluster)
        m_ctx.cluster->publish(ClusterBus::Notice::ApiTokenRevoked, tokenId);
    closeApiTokenHere(tokenId);
}

void WebSocketHub::closeApiTokenHere(const QString& tokenId)
{
    const QList<QWebSocket*> sockets = m_clients.keys();
    for (QWebSocket* socket : sockets) {
        if (m_clients.value(socket).apiTokenId == tokenId)
            socket->close(QWebSocketProtocol::CloseCode(kCloseSessionEnded),
                          tr("The API token was revoked."));
    }
}

int WebSocketHub::signedInSockets(const QString& account) const
{
    int count = 0;
    for (const Client& client : m_clients) {
        if (client.authenticated && client.shareCode.isEmpty() && client.account == account)
            ++count;
    }
    return count;
}

void WebSocketHub::authenticate(QWebSocket* socket, Client& client, const QString& token)
{
    Result<AuthUser> user = m_ctx.authenticate(token.toUtf8());
    if (!user)
        return socket->close(QWebSocketProtocol::CloseCode(kCloseUnauthorized),
                             tr("The access token is not valid."));
    if (client.authenticated && user.value().id != client.account)
        return socket->close(QWebSocketProtocol::CloseCode(kCloseSessionEnded),
                             tr("A socket stays signed in to one account."));
    // One account cannot hold every connection slot open.
    if (!client.authenticated && signedInSockets(user.value().id) >= m_ctx.config.wsPerAccount)
        return socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                             tr("Too many open sockets for this account."));
    if (const std::optional<ApiTokenGrant>& grant = user.value().apiToken) {
        if (!grant->scopes.contains(apitokens::scopeName(TokenScope::Live)))
            return socket->close(QWebSocketProtocol::CloseCode(kCloseSessionEnded),
                                 tr("This API token lacks the live scope."));
        client.apiTokenId = grant->id;
        client.tokenExpiresAt = grant->expiresAt > 0 ? grant->expiresAt : std::numeric_limits<qint64>::max();
    } else {
        // Verified above, so the cached claims answer at once.
        client.apiTokenId.clear();
        client.tokenExpiresAt = m_ctx.tokens->verify(token.toUtf8(), m_ctx.nowSeconds()).value().expiresAt;
    }
    client.sessionGeneration = user.value().sessionGeneration;
    client.authenticated = true;
    client.account = user.value().id;
    send(socket, QJsonObject{{QStringLiteral("type"), QStringLiteral("auth:ok")},
                             {QStringLiteral("userId"), client.account},
                             {QStringLiteral("live"), m_live.contains(client.account)}});
}

void WebSocketHub::closeIdleSockets()
{
    const qint64 now = m_clock.elapsed();
    QList<QWebSocket*> idle;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (it->authenticated && now - it->lastMessageMs > m_ctx.config.wsIdleTimeoutMs)
            idle.append(it.key());
    }
    for (QWebSocket* socket : idle)
        socket->close(QWebSocketProtocol::CloseCode(kCloseIdle),
                      tr("Nothing arrived for too long; send a ping."));
}

bool WebSocketHub::withinMessageRate(Client& client)
{
    const qint64 now = m_clock.elapsed();
    if (now - client.windowStartMs >= 60 * 1000) {
        client.windowStartMs = now;
        client.windowMessages = 0;
    }
    return ++client.windowMessages <= m_ctx.config.wsMessagesPerMinute;
}

WebSocketHub::~WebSocketHub()
{
    // No more signals into a hub that is going away.
    for (QWebSocket* socket : m_clients.keys()) {
        disconnect(socket, nullptr, this, nullptr);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
    }
    m_clients.clear();
}

void WebSocketHub::accept(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket* socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(kMaxMessageBytes);
    socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
    Client client;
    client.lastMessageMs = client.windowStartMs = m_clock.elapsed();
    m_clients.insert(socket, client);
    m_ctx.metrics.webSocketOpened();
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& text) { onMessage(socket, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray&) {
        const auto it = m_clients.find(socket);
        if (it == m_clients.end())
            return;
        if (!withinMessageRate(it.value()))
            return socket->close(QWebSocketProtocol::CloseCodePolicyViolated, tr("Too many messages."));
        sendError(socket, api::kBadMessage, tr("Send JSON text messages."));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
    // Browsers cannot send headers on a WebSocket, so the token comes as the first message.
    QTimer::singleShot(m_ctx.config.wsAuthTimeoutMs, socket, [this, socket] {
        const auto it = m_clients.constFind(socket);
        if (it != m_clients.constEnd() && !it->authenticated)
            socket->close(QWebSocketProtocol::CloseCode(kCloseUnauthorized),
                          tr("Authenticate first: no auth message arrived in time."));
    });
}

void WebSocketHub::drop(QWebSocket* socket)
{
    const auto it = m_clients.constFind(socket);
    if (it == m_clients.constEnd())
        return;
    const QString account = it->account;
    m_clients.erase(it);
    m_ctx.metrics.webSocketClosed();
    socket->deleteLater();
    if (!account.isEmpty())
        updateLive(account);
}

void WebSocketHub::send(QWebSocket* socket, const QJsonObject& message)
{
    socket->sendTextMessage(frameText(message));
}

void WebSocketHub::sendError(QWebSocket* socket, const QString& code, const QString& message)
{
    send(socket, QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                             {QStringLiteral("code"), code},
                             {QStringLiteral("message"), message}});
}

void WebSocketHub::onMessage(QWebSocket* socket, const QString& text)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    if (text.size() > kMaxMessageBytes)
        return socket->close(QWebSocketProtocol::CloseCodeTooMuchData, tr("Message too large."));
    if (!withinMessageRate(it.value()))
        return socket->close(QWebSocketProtocol::CloseCodePolicyViolated, tr("Too many messages."));
    it->lastMessageMs = m_clock.elapsed();
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QStringLiteral("type")).toString();
    Client& client = it.value();
    if (!client.authenticated) {
        if (type == QStringLiteral("auth"))
            return authenticate(socket, client, message.value(QStringLiteral("token")).toString());
        if (type == QStringLiteral("watch")) {
            const QString code = message.value(QStringLiteral("shareCode")).toString();
            Result<std::optional<Row>> share = m_ctx.db->one(
                QStringLiteral("SELECT s.account_id, s.encounter_id, s.character_hp, u.tier FROM shares s "
                               "JOIN users u ON u.id = s.account_id WHERE s.code = ?"),
                {code});
            if (!share || !share.value() ||
                !m_ctx.planFor(share.value()->value(QStringLiteral("tier")).toString()).liveView)
                return socket->close(QWebSocketProtocol::CloseCode(kCloseUnauthorized),
                                     tr("Unknown share code."));
            client.authenticated = true;
            client.shareCode = code;
            client.account = share.value()->value(QStringLiteral("account_id")).toString();
            client.characterHp = share.value()->value(QStringLiteral("character_hp")).toInt() != 0
                                     ? CharacterHpShown::Numbers
                                     : CharacterHpShown::Words;
            const QString encounterId = share.value()->value(QStringLiteral("encounter_id")).toString();
            client.encounters.insert(encounterId);
            m_ctx.events->record(business::kLiveViewOpened, client.account);
            send(socket, QJsonObject{{QStringLiteral("type"), QStringLiteral("watch:ok")},
                                     {QStringLiteral("encounterId"), encounterId}});
            // Whoever (re)connects sees the fight as it is now before any change.
            sendCurrentState(socket, client);
            return updateLive(client.account);
        }
        return socket->close(QWebSocketProtocol::CloseCode(kCloseUnauthorized), tr("Authenticate first."));
    }
    if (type == QStringLiteral("auth") && client.shareCode.isEmpty())
        return authenticate(socket, client, message.value(QStringLiteral("token")).toString());
    if (type == QStringLiteral("subscribe") && client.shareCode.isEmpty()) {
        const QString encounterId = message.value(QStringLiteral("encounterId")).toString();
        Result<std::optional<QJsonObject>> encounter =
            m_ctx.entities->encounterWithParticipants(client.account, encounterId);
        if (!encounter || !encounter.value())
            return sendError(socket, api::kNotFound, tr("Encounter not found."));
        client.encounters.insert(encounterId);
        // What the device is taken to have: the next change is told against it.
        Followed& state = m_followed[followedKey(client.account, encounterId)];
        state.numbers = publicView(*encounter.value(), CharacterHpShown::Numbers);
        state.document = *encounter.value();
        updateLive(client.account);
        return send(socket, QJsonObject{{QStringLiteral("type"), QStringLiteral("subscribed")},
                                        {QStringLiteral("encounterId"), encounterId}});
    }
    if (type == QStringLiteral("unsubscribe") && client.shareCode.isEmpty()) {
        client.encounters.remove(message.value(QStringLiteral("encounterId")).toString());
        return updateLive(client.account);
    }
    if (type == QStringLiteral("ping"))
        return send(socket, QJsonObject{{QStringLiteral("type"), QStringLiteral("pong")}});
    sendError(socket, api::kBadMessage, tr("Unknown message type."));
}

void WebSocketHub::sendCurrentState(QWebSocket* socket, const Client& client)
{
    const QString encounterId = *client.encounters.cbegin();
    Result<std::optional<QJsonObject>> doc =
        m_ctx.entities->encounterWithParticipants(client.account, encounterId);
    if (!doc)
        return sendError(socket, doc.error().code, tr("The encounter could not be read; try again."));
    if (!doc.value())
        return socket->close(QWebSocketProtocol::CloseCode(kCloseEncounterGone),
                             tr("The encounter was removed."));
    const PublicEncounterView view = publicView(*doc.value(), client.characterHp);
    m_followed[followedKey(client.account, encounterId)].view(client.characterHp) = view;
    send(socket, eventFrame({QLatin1String(kEventEncounterUpdate), {}, {}}, encounterId, view.toJson()));
}

void WebSocketHub::accountChanged(const QString& account, qint64 version)
{
    if (m_ctx.cluster)
        m_ctx.cluster->publish(ClusterBus::Notice::AccountData, account, version);
    deliverAccountChange(account, version);
    emit accountWritten(account);
}

void WebSocketHub::deliverAccountChange(const QString& account, qint64 version)
{
    QSet<QString> followed;
    for (auto it = m_clients.constBegin(); it != m_clients.constEnd(); ++it) {
        if (!it->authenticated || it->account != account)
            continue;
        if (it->shareCode.isEmpty())
            send(it.key(), QJsonObject{{QStringLiteral("type"), QStringLiteral("poke")},
                                       {QStringLiteral("version"), version}});
        followed.unite(it->encounters);
    }
    for (const QString& encounterId : std::as_const(followed))
        refreshEncounter(account, encounterId);
    forgetUnfollowed();
}

void WebSocketHub::refreshEncounter(const QString& account, const QString& encounterId)
{
    QList<QWebSocket*> devices;
    QList<QWebSocket*> watchers;
    for (auto it = m_clients.constBegin(); it != m_clients.constEnd(); ++it) {
        if (it->authenticated && it->account == account && it->encounters.contains(encounterId))
            (it->shareCode.isEmpty() ? devices : watchers).append(it.key());
    }
    const QString key = followedKey(account, encounterId);
    Result<std::optional<QJsonObject>> doc = m_ctx.entities->encounterWithParticipants(account, encounterId);
    if (!doc)
        return; // the next write reads it again; followers keep what they have
    if (!doc.value()) {
        m_followed.remove(key);
        for (QWebSocket* socket : std::as_const(watchers))
            socket->close(QWebSocketProtocol::CloseCode(kCloseEncounterGone),
                          tr("The encounter was removed."));
        return;
    }
    Followed& state = m_followed[key];
    // Each kind of watcher gets its own view's changes, each event serialised once for all of them.
    for (CharacterHpShown mode : {CharacterHpShown::Words, CharacterHpShown::Numbers}) {
        const bool watched = std::any_of(watchers.cbegin(), watchers.cend(), [&](QWebSocket* socket) {
            return m_clients.value(socket).characterHp == mode;
        });
        const bool forDevices = mode == CharacterHpShown::Numbers && !devices.isEmpty();
        if (!watched && !forDevices)
            continue;
        const PublicEncounterView after = publicView(*doc.value(), mode);
        const QList<PublicViewChange> changes =
            state.view(mode) ? publicViewChanges(*state.view(mode), after)
                             : QList<PublicViewChange>{{QLatin1String(kEventEncounterUpdate), {}, {}}};
        state.view(mode) = after;
        if (watched && !changes.isEmpty()) {
            const QJsonObject data = after.toJson();
            for (const PublicViewChange& change : changes) {
                const QString frame = frameText(eventFrame(change, encounterId, data));
                for (QWebSocket* socket : std::as_const(watchers)) {
                    if (m_clients.value(socket).characterHp == mode)
                        socket->sendTextMessage(frame);
                }
            }
        }
        // The DM's devices get the same events with the whole encounter, and an encounter:update
        // for a change players do not see (a note, a hidden combatant).
        if (forDevices && state.document != *doc.value()) {
            const QList<PublicViewChange> deviceChanges =
                changes.isEmpty() ? QList<PublicViewChange>{{QLatin1String(kEventEncounterUpdate), {}, {}}}
                                  : changes;
            state.document = *doc.value();
            for (const PublicViewChange& change : deviceChanges) {
                const QString frame = frameText(eventFrame(change, encounterId, state.document));
                for (QWebSocket* socket : std::as_const(devices))
                    socket->sendTextMessage(frame);
            }
        }
    }
}

void WebSocketHub::updateLive(const QString& account)
{
    bool here = false;
    for (auto it = m_clients.constBegin(); it != m_clients.constEnd() && !here; ++it)
        here = it->authenticated && it->account == account && !it->encounters.isEmpty();
    if (here != m_followedHere.contains(account)) {
        if (here)
            m_followedHere.insert(account);
        else
            m_followedHere.remove(account);
        if (m_ctx.cluster)
            m_ctx.cluster->publish(ClusterBus::Notice::Following, account, here ? 1 : 0);
    }
    tellLive(account);
}

void WebSocketHub::setFollowedElsewhere(const QString& account, const QString& instance, bool following)
{
    QSet<QString>& instances = m_followedElsewhere[account];
    if (following)
        instances.insert(instance);
    else
        instances.remove(instance);
    if (instances.isEmpty())
        m_followedElsewhere.remove(account);
    tellLive(account);
}

void WebSocketHub::tellLive(const QString& account)
{
    const bool live = m_followedHere.contains(account) || m_followedElsewhere.contains(account);
    if (live == m_live.contains(account))
        return;
    if (live)
        m_live.insert(account);
    else
        m_live.remove(account);
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("live")},
                              {QStringLiteral("live"), live}};
    for (auto it = m_clients.constBegin(); it != m_clients.constEnd(); ++it) {
        if (it->authenticated && it->shareCode.isEmpty() && it->account == account)
            send(it.key(), message);
    }
}

void WebSocketHub::forgetUnfollowed()
{
    QSet<QString> followed;
    for (auto it = m_clients.constBegin(); it != m_clients.constEnd(); ++it) {
        for (const QString& encounterId : it->encounters)
            followed.insert(followedKey(it->account, encounterId));
    }
    m_followed.removeIf([&](const auto& entry) { return !followed.contains(entry.key()); });
}

void WebSocketHub::closeWatchers(const QString& shareCode)
{
    if (m_ctx.cluster)
        m_ctx.cluster->publish(ClusterBus::Notice::ShareRevoked, shareCode);
    closeWatchersHere(shareCode);
}

void WebSocketHub::closeWatchersHere(const QString& shareCode)
{
    const QList<QWebSocket*> sockets = m_clients.keys();
    for (QWebSocket* socket : sockets) {
        if (m_clients.value(socket).shareCode == shareCode)
            socket->close(QWebSocketProtocol::CloseCodeNormal, tr("The share was revoked."));
    }
}

void WebSocketHub::catchUp()
{
    QSet<QString> accounts;
    QSet<QString> shareCodes;
    for (const Client& client : std::as_const(m_clients)) {
        if (!client.authenticated)
            continue;
        accounts.insert(client.account);
        if (!client.shareCode.isEmpty())
            shareCodes.insert(client.shareCode);
    }
    for (const QString& code : std::as_const(shareCodes)) {
        Result<std::optional<Row>> share =
            m_ctx.db->one(QStringLiteral("SELECT code FROM shares WHERE code = ?"), {code});
        if (!share)
            return; // the database cannot tell now; the listener tries again
        if (!share.value())
            closeWatchersHere(code);
    }
    for (const QString& account : std::as_const(accounts)) {
        Result<std::optional<Row>> space =
            m_ctx.db->one(QStringLiteral("SELECT version FROM spaces WHERE account_id = ?"), {account});
        if (!space)
            return;
        deliverAccountChange(
            account, space.value() ? space.value()->value(QStringLiteral("version")).toLongLong() : 0);
    }
    checkSessions();
}

void WebSocketHub::closeAll()
{
    const QList<QWebSocket*> sockets = m_clients.keys();
    for (QWebSocket* socket : sockets)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, tr("The server is shutting down."));
}

} // namespace dnd::server
