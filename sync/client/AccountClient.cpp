#include "AccountClient.h"

#include "ApiErrorCodes.h"
#include "ClientErrorCodes.h"
#include "ServiceReply.h"
#include "SyncLog.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace dnd::sync {

AccountClient::AccountClient(CredentialStore& credentials, QObject* parent)
    : QObject(parent), m_credentials(credentials)
{}

QString AccountClient::keychainKey() const
{
    return m_service.toString(QUrl::StripTrailingSlash) + QLatin1Char(' ') + m_email;
}

QNetworkRequest AccountClient::request(const QString& path, bool authorized) const
{
    QNetworkRequest request(m_service.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30000);
    if (authorized)
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_accessToken.toUtf8());
    return request;
}

void AccountClient::plans(std::function<void(Result<QJsonArray>)> done)
{
    whenServiceAnswers(m_network.get(request(QStringLiteral("/api/v1/subscriptions/plans"))), this,
                       [done](Result<QJsonObject> answer) {
                           if (!answer)
                               done(answer.error());
                           else
                               done(answer->value(QStringLiteral("plans")).toArray());
                       });
}

void AccountClient::liveViewPlan(std::function<void(Result<LiveViewPlan>)> done)
{
    profile([this, done](Result<QJsonObject> profile) {
        if (!profile) {
            done(profile.error());
            return;
        }
        const QString tier = profile->value(QStringLiteral("tier")).toString();
        plans([done, tier](Result<QJsonArray> plans) {
            if (!plans) {
                done(plans.error());
                return;
            }
            LiveViewPlan answer;
            for (const QJsonValue& value : plans.value()) { // cheapest first
                const QJsonObject plan = value.toObject();
                if (!plan.value(QStringLiteral("features"))
                         .toObject()
                         .value(QStringLiteral("liveView"))
                         .toBool())
                    continue;
                if (answer.cheapestPlanName.isEmpty())
                    answer.cheapestPlanName = plan.value(QStringLiteral("name")).toString();
                answer.included = answer.included || plan.value(QStringLiteral("tier")).toString() == tier;
            }
            done(answer);
        });
    });
}

void AccountClient::checkout(const QString& tier, std::function<void(Result<QUrl>)> done)
{
    const QJsonObject body{{QStringLiteral("tier"), tier}};
    QNetworkReply* reply = m_network.post(request(QStringLiteral("/api/v1/subscriptions/checkout"), true),
                                          QJsonDocument(body).toJson());
    whenServiceAnswers(reply, this, [done](Result<QJsonObject> answer) { done(paymentPage(answer)); });
}

Result<QUrl> AccountClient::paymentPage(const Result<QJsonObject>& answer)
{
    if (!answer)
        return answer.error();
    const QUrl url(answer->value(QStringLiteral("url")).toString());
    if (!url.isValid() || url.scheme() != QLatin1String("https"))
        return Error::make(errors::kBadAnswer, tr("The sync service gave no payment page."));
    return url;
}

void AccountClient::call(const QByteArray& verb, const QString& path, const QJsonObject& body,
                         bool authorized, std::function<void(Result<QJsonObject>)> done, bool renewed)
{
    const QByteArray data = verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_network.sendCustomRequest(request(path, authorized), verb, data);
    whenServiceAnswers(reply, this,
                       [this, verb, path, body, authorized, done, renewed](Result<QJsonObject> answer) {
                           if (answer || !authorized || renewed ||
                               answer.error().code != api::kUnauthorized || m_refreshToken.isEmpty()) {
                               done(answer);
                               return;
                           }
                           refresh([this, verb, path, body, done](Status renewal) {
                               if (!renewal)
                                   done(renewal.error());
                               else
                                   call(verb, path, body, true, done, true);
                           });
                       });
}

void AccountClient::createAccount(const QString& email, const QString& username, const QString& password,
                                  std::function<void(Status)> done)
{
    m_email = email.trimmed();
    const QJsonObject body{{QStringLiteral("email"), m_email},
                           {QStringLiteral("username"), username.trimmed()},
                           {QStringLiteral("password"), password}};
    call("POST", QStringLiteral("/api/v1/auth/register"), body, false,
         [this, done](Result<QJsonObject> answer) {
             if (!answer) {
                 qCInfo(lcSyncAccount) << "account not created:" << answer.error().code;
                 done(answer.error());
                 return;
             }
             qCInfo(lcSyncAccount) << "account created";
             takeTokens(answer.value(), done);
         });
}

void AccountClient::forgotPassword(const QString& email, std::function<void(Status)> done)
{
    call("POST", QStringLiteral("/api/v1/auth/forgot-password"), {{QStringLiteral("email"), email.trimmed()}},
         false,
         [done](Result<QJsonObject> answer) { done(answer ? Status::success() : Status(answer.error())); });
}

void AccountClient::resetPassword(const QString& token, const QString& password,
                                  std::function<void(Status)> done)
{
    const QJsonObject body{{QStringLiteral("token"), token.trimmed()},
                           {QStringLiteral("password"), password}};
    call("POST", QStringLiteral("/api/v1/auth/reset-password"), body, false,
         [done](Result<QJsonObject> answer) { done(answer ? Status::success() : Status(answer.error())); });
}

void AccountClient::resendVerification(std::function<void(Status)> done)
{
    call("POST", QStringLiteral("/api/v1/auth/resend-verification"), {}, true,
         [done](Result<QJsonObject> answer) { done(answer ? Status::success() : Status(answer.error())); });
}

void AccountClient::profile(std::function<void(Result<QJsonObject>)> done)
{
    call("GET", QStringLiteral("/api/v1/users/me"), {}, true, done);
}

void AccountClient::usage(std::function<void(Result<QJsonObject>)> done)
{
    call("GET", QStringLiteral("/api/v1/users/me/usage"), {}, true, done);
}

void AccountClient::devices(std::function<void(Result<QJsonObject>)> done)
{
    call("GET", QStringLiteral("/api/v1/users/me/devices?limit=100"), {}, true, done);
}

void AccountClient::removeDevice(const QString& id, std::function<void(Status)> done)
{
    call("DELETE",
         QStringLiteral("/api/v1/users/me/devices/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
         true,
         [done](Result<QJsonObject> answer) { done(answer ? Status::success() : Status(answer.error())); });
}

void AccountClient::portal(std::function<void(Result<QUrl>)> done)
{
    call("POST", QStringLiteral("/api/v1/subscriptions/portal"), {}, true,
         [done](Result<QJsonObject> answer) { done(paymentPage(answer)); });
}

void AccountClient::shares(std::function<void(Result<QJsonArray>)> done)
{
    call("GET", QStringLiteral("/api/v1/shares"), {}, true, [done](Result<QJsonObject> answer) {
        if (!answer)
            done(answer.error());
        else
            done(answer->value(QStringLiteral("items")).toArray());
    });
}

void AccountClient::createShare(const QString& encounterId, bool characterHpNumbers,
                                std::function<void(Result<QJsonObject>)> done)
{
    const QJsonObject body{{QStringLiteral("encounterId"), encounterId},
                           {QStringLiteral("characterHp"),
                            characterHpNumbers ? QStringLiteral("numbers") : QStringLiteral("words")}};
    call("POST", QStringLiteral("/api/v1/shares"), body, true, [done](Result<QJsonObject> answer) {
        if (answer && answer->value(QStringLiteral("code")).toString().isEmpty())
            done(Error::make(errors::kBadAnswer, tr("The sync service answered without a share code.")));
        else
            done(answer);
    });
}

void AccountClient::apiTokens(std::function<void(Result<QJsonArray>)> done)
{
    call("GET", QStringLiteral("/api/v1/users/me/api-tokens"), {}, true, [done](Result<QJsonObject> answer) {
        if (!answer)
            done(answer.error());
        else
            done(answer->value(QStringLiteral("items")).toArray());
    });
}

void AccountClient::createApiToken(const QString& name, const QStringList& scopes, const QDateTime& expiresAt,
                                   std::function<void(Result<QJsonObject>)> done)
{
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                           {QStringLiteral("expiresAt"),
                            expiresAt.isValid() ? QJsonValue(expiresAt.toUTC().toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null)}};
    call("POST", QStringLiteral("/api/v1/users/me/api-tokens"), body, true,
         [done](Result<QJsonObject> answer) {
             if (answer && answer->value(QStringLiteral("token")).toString().isEmpty())
                 done(Error::make(errors::kBadAnswer,
                                  tr("The sync service answered without the new API token.")));
             else
                 done(answer);
         });
}

void AccountClient::revokeApiToken(const QString& id, std::function<void(Status)> done)
{
    call("DELETE",
         QStringLiteral("/api/v1/users/me/api-tokens/") + QString::fromLatin1(QUrl::toPercentEncoding(id)),
         {}, true,
         [done](Result<QJsonObject> answer) { done(answer ? Status::success() : Status(answer.error())); });
}

void AccountClient::revokeShare(const QString& code, std::function<void(Status)> done)
{
    call("DELETE", QStringLiteral("/api/v1/shares/") + QString::fromLatin1(QUrl::toPercentEncoding(code)), {},
         true,
         [done](Result<QJsonObject> answer) { done(answer ? Status::success() : Status(answer.error())); });
}

void AccountClient::discordLinks(std::function<void(Result<QJsonArray>)> done)
{
    call("GET", QStringLiteral("/api/v1/integrations/discord?limit=100"), {}, true,
         [done](Result<QJsonObject> answer) {
             if (!answer)
                 done(answer.error());
             else
                 done(answer->value(QStringLiteral("items")).toArray());
         });
}

void AccountClient::linkDiscord(const QString& webhookUrl, const QString& encounterId, const QString& partyId,
                                std::function<void(Result<QJsonObject>)> done)
{
    QJsonObject body{{QStringLiteral("webhookUrl"), webhookUrl}};
    if (partyId.isEmpty())
        body.insert(QStringLiteral("encounterId"), encounterId);
    else
        body.insert(QStringLiteral("partyId"), partyId);
    call("POST", QStringLiteral("/api/v1/integrations/discord"), body, true, done);
}

void AccountClient::testDiscordLink(const QString& id, std::function<void(Status)> done)
{
    call("POST",
         QStringLiteral("/api/v1/integrations/discord/%1/test")
             .arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
         {}, true,
         [done](Result<QJsonObject> answer) { done(answer ? Status::success() : Status(answer.error())); });
}

void AccountClient::removeDiscordLink(const QString& id, std::function<void(Status)> done)
{
    call("DELETE",
         QStringLiteral("/api/v1/integrations/discord/") + QString::fromLatin1(QUrl::toPercentEncoding(id)),
         {}, true,
         [done](Result<QJsonObject> answer) { done(answer ? Status::success() : Status(answer.error())); });
}

QUrl AccountClient::playerPage(const QJsonObject& share) const
{
    QString path = share.value(QStringLiteral("path")).toString();
    if (path.isEmpty())
        path = QStringLiteral("/play/") + share.value(QStringLiteral("code")).toString();
    return m_service.resolved(QUrl(path));
}

void AccountClient::signIn(const QString& email, const QString& password, std::function<void(Status)> done)
{
    m_email = email.trimmed();
    const QJsonObject body{{QStringLiteral("email"), m_email}, {QStringLiteral("password"), password}};
    QNetworkReply* reply =
        m_network.post(request(QStringLiteral("/api/v1/auth/login")), QJsonDocument(body).toJson());
    whenServiceAnswers(reply, this, [this, done](Result<QJsonObject> answer) {
        if (!answer) {
            qCInfo(lcSyncAccount) << "sign-in refused:" << answer.error().code;
            done(answer.error());
            return;
        }
        qCInfo(lcSyncAccount) << "signed in";
        takeTokens(answer.value(), done);
    });
}

void AccountClient::restore(const QString& email, std::function<void(Status)> done)
{
    m_email = email;
    m_credentials.load(keychainKey(), [this, done](Result<QString> token) {
        if (!token) {
            qCInfo(lcSyncAccount) << "no saved sign-in restored:" << token.error().code;
            done(token.error());
            return;
        }
        m_refreshToken = token.value();
        refresh(done);
    });
}

void AccountClient::refresh(std::function<void(Status)> done)
{
    const QJsonObject body{{QStringLiteral("refreshToken"), m_refreshToken}};
    QNetworkReply* reply =
        m_network.post(request(QStringLiteral("/api/v1/auth/refresh")), QJsonDocument(body).toJson());
    whenServiceAnswers(reply, this, [this, done](Result<QJsonObject> answer) {
        if (!answer) {
            // A refused refresh token will not work again: the user has to sign in.
            const bool refused = !isTransient(answer.error());
            qCInfo(lcSyncAccount) << "token renewal failed:" << answer.error().code
                                  << (refused ? "(signed out)" : "(will try again)");
            if (refused)
                forgetSession();
            done(answer.error());
            return;
        }
        takeTokens(answer.value(), done);
    });
}

void AccountClient::takeTokens(const QJsonObject& data, std::function<void(Status)> done)
{
    const QString refreshToken = data.value(QStringLiteral("refreshToken")).toString();
    const QString accessToken = data.value(QStringLiteral("accessToken")).toString();
    if (refreshToken.isEmpty() || accessToken.isEmpty()) {
        qCWarning(lcSyncAccount) << "the service answered a sign-in without tokens";
        done(Error::make(errors::kBadAnswer, tr("The sync service answered without the sign-in tokens.")));
        return;
    }
    const QJsonObject user = data.value(QStringLiteral("user")).toObject();
    const QString tier = user.value(QStringLiteral("tier")).toString();
    const QString accountId = user.value(QStringLiteral("id")).toString();
    m_credentials.save(keychainKey(), refreshToken,
                       [this, done, refreshToken, accessToken, tier, accountId](Status saved) {
                           // Signed in for this session even when the keychain is missing; it is only not
                           // kept.
                           const bool wasSignedIn = isSignedIn();
                           m_refreshToken = refreshToken;
                           m_accessToken = accessToken;
                           m_tier = tier;
                           m_accountId = accountId;
                           if (!wasSignedIn)
                               emit signedInChanged(true);
                           done(saved);
                       });
}

void AccountClient::signOut(std::function<void(Status)> done)
{
    const QJsonObject body{{QStringLiteral("refreshToken"), m_refreshToken}};
    QNetworkReply* reply =
        m_network.post(request(QStringLiteral("/api/v1/auth/logout")), QJsonDocument(body).toJson());
    const QString key = keychainKey();
    whenServiceAnswers(reply, this, [this, done, key](Result<QJsonObject> answer) {
        qCInfo(lcSyncAccount) << "signed out;"
                              << (answer ? "the service revoked the session"
                                         : "the service was not told: " + answer.error().code);
        forgetSession();
        m_credentials.forget(key, done);
    });
}

void AccountClient::forgetSession()
{
    const bool wasSignedIn = isSignedIn();
    m_accessToken.clear();
    m_refreshToken.clear();
    if (wasSignedIn)
        emit signedInChanged(false);
}

} // namespace dnd::sync
