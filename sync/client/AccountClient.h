#pragma once

#include "CredentialStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace dnd::sync {

// Whether the account's plan, as the service has it now, includes the live view (share links and
// Discord posts come with it), and the cheapest plan that does, to name in an Upgrade offer.
struct LiveViewPlan {
    bool included = false;
    QString cheapestPlanName;
};

// Signs this device in to the companion service. The refresh token (which the service rotates
// on every use) is kept in the OS keychain under the service address and the email; the
// short-lived access token stays in memory only. No password is kept anywhere.
class AccountClient : public QObject {
    Q_OBJECT
public:
    explicit AccountClient(CredentialStore& credentials, QObject* parent = nullptr);

    void setService(const QUrl& url) { m_service = url; }
    QUrl service() const { return m_service; }

    // Every call answers later through `done`, on this object's thread.
    void signIn(const QString& email, const QString& password, std::function<void(Status)> done);
    // Signs in again at start with the refresh token kept for `email`; NOT_FOUND when none is kept.
    void restore(const QString& email, std::function<void(Status)> done);
    // A new access token (after the service refused the old one as expired).
    void refresh(std::function<void(Status)> done);
    // Ends the sign-in on the service (best effort when offline) and forgets the refresh token.
    void signOut(std::function<void(Status)> done);

    // The service's plans (tier, name, monthlyPrice, limits, purchasable), cheapest first.
    void plans(std::function<void(Result<QJsonArray>)> done);
    // Asks the service for the account's plan and the plans: a purchase made since the sign-in
    // counts at once.
    void liveViewPlan(std::function<void(Result<LiveViewPlan>)> done);
    // The address of the payment page that moves this account to `tier`.
    void checkout(const QString& tier, std::function<void(Result<QUrl>)> done);

    // Creates an account and signs this device in to it; the service mails a verification link.
    void createAccount(const QString& email, const QString& username, const QString& password,
                       std::function<void(Status)> done);
    // Mails a password reset token to `email` (the same answer whether or not it has an account).
    void forgotPassword(const QString& email, std::function<void(Status)> done);
    // Sets a new password with the mailed reset token; every device has to sign in again.
    void resetPassword(const QString& token, const QString& password, std::function<void(Status)> done);
    // Signed in: a new verification mail to the account's address.
    void resendVerification(std::function<void(Status)> done);
    // Signed in: the profile (email, username, isEmailVerified, tier ...).
    void profile(std::function<void(Result<QJsonObject>)> done);
    // Signed in: {tier, usage: {resource: {used, limit, upgrade?}}} for every limit of the plan.
    void usage(std::function<void(Result<QJsonObject>)> done);
    // Signed in: the devices holding the plan's slots ({id, registeredAt, lastSyncAt}), and the limit.
    void devices(std::function<void(Result<QJsonObject>)> done);
    // Signed in: removes a device to free its slot.
    void removeDevice(const QString& id, std::function<void(Status)> done);
    // Signed in: the address of the billing portal (manage or cancel the subscription).
    void portal(std::function<void(Result<QUrl>)> done);

    // Signed in: the account's share codes of the live player view ({code, encounterId,
    // characterHp, path, createdAt}), oldest first.
    void shares(std::function<void(Result<QJsonArray>)> done);
    // Signed in: a share code for the encounter (paid tiers, confirmed email); `characterHpNumbers`
    // shows the characters' hit points as numbers, else as words.
    void createShare(const QString& encounterId, bool characterHpNumbers,
                     std::function<void(Result<QJsonObject>)> done);
    // Signed in: revokes a share code; the service disconnects the players watching it.
    void revokeShare(const QString& code, std::function<void(Status)> done);
    // Signed in: the account's personal API tokens ({id, name, scopes, prefix, createdAt, lastUsedAt,
    // expiresAt}), oldest first; never the tokens themselves.
    void apiTokens(std::function<void(Result<QJsonArray>)> done);
    // Signed in: a new API token with the scopes ("read", "write", "live") and expiry (invalid =
    // never); the answer holds the token itself under "token", the only time it is told.
    void createApiToken(const QString& name, const QStringList& scopes, const QDateTime& expiresAt,
                        std::function<void(Result<QJsonObject>)> done);
    // Signed in: revokes an API token at once.
    void revokeApiToken(const QString& id, std::function<void(Status)> done);
    // The players' page of a share: the service's address with the share's path.
    QUrl playerPage(const QJsonObject& share) const;

    // Signed in: the Discord channels linked to the account's encounters and parties ({id,
    // encounterId | partyId, webhook (masked), status, lastError, lastAttemptAt, delivered}).
    void discordLinks(std::function<void(Result<QJsonArray>)> done);
    // Signed in: links a Discord webhook URL to the encounter, or to every encounter of the party
    // when `partyId` is set (paid tiers, confirmed email).
    void linkDiscord(const QString& webhookUrl, const QString& encounterId, const QString& partyId,
                     std::function<void(Result<QJsonObject>)> done);
    // Signed in: posts a test message through the link; succeeds once Discord took it.
    void testDiscordLink(const QString& id, std::function<void(Status)> done);
    // Signed in: removes the link; nothing more is posted through it.
    void removeDiscordLink(const QString& id, std::function<void(Status)> done);

    bool isSignedIn() const { return !m_accessToken.isEmpty(); }
    QString email() const { return m_email; }
    QString tier() const { return m_tier; }
    // The service's id of the signed-in account (from the last sign-in or renewal).
    QString accountId() const { return m_accountId; }
    QString accessToken() const { return m_accessToken; }

signals:
    void signedInChanged(bool signedIn);

private:
    // A request to the service; signed with the access token when `authorized`.
    QNetworkRequest request(const QString& path, bool authorized = false) const;
    // Sends `body` (or nothing) with `verb` to `path`; a signed call whose access token expired
    // renews it once and is sent again.
    void call(const QByteArray& verb, const QString& path, const QJsonObject& body, bool authorized,
              std::function<void(Result<QJsonObject>)> done, bool renewed = false);
    // The https page address in an answer's `url` (checkout, portal).
    static Result<QUrl> paymentPage(const Result<QJsonObject>& answer);
    // Takes the tokens of a sign-in or refresh answer: the refresh token into the keychain first,
    // so a rotated token is never lost between the answer and the next start.
    void takeTokens(const QJsonObject& data, std::function<void(Status)> done);
    void forgetSession();
    QString keychainKey() const;

    CredentialStore& m_credentials;
    QNetworkAccessManager m_network;
    QUrl m_service;
    QString m_email;
    QString m_tier;
    QString m_accountId;
    QString m_accessToken;
    QString m_refreshToken;
};

} // namespace dnd::sync
