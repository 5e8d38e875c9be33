#include "api/AccountApi.h"

#include "ApiErrorCodes.h"
#include "ServerLog.h"
#include "auth/SecureRandom.h"
#include "auth/Sessions.h"
#include "live/WebSocketHub.h"
#include "model/EntityKind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace dnd::server {

namespace {
constexpr qint64 kResetLifetimeSeconds = 3600;
constexpr qint64 kVerifyLifetimeSeconds = 48 * 3600;

QString tr(const char* text)
{
    return QCoreApplication::translate("AccountApi", text);
}
QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
bool validEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}
bool validUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{3,30}$"));
    return pattern.match(username).hasMatch();
}
ApiReply unauthorized(const QString& message)
{
    return ApiReply::error(api::kUnauthorized, message);
}
} // namespace

void AccountApi::registerRoutes(Router& router)
{
    const QString auth = QStringLiteral("auth");
    const QString users = QStringLiteral("users");
    Route route;
    route.method = QStringLiteral("POST");
    route.pattern = QStringLiteral("/api/v1/auth/register");
    route.access = Access::Public;
    route.rate = RateClass::Credentials;
    route.summary = QStringLiteral("Create an account (email, username, password)");
    route.tag = auth;
    route.handler = [this](ApiRequest& r, const Respond& respond) { registerUser(r, respond); };
    router.add(route);
    route.pattern = QStringLiteral("/api/v1/auth/login");
    route.summary = QStringLiteral("Sign in; answers an access token, a refresh token and the user");
    route.handler = [this](ApiRequest& r, const Respond& respond) { login(r, respond); };
    router.add(route);
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/refresh"), Access::Public,
               RateClass::Standard, QStringLiteral("Exchange a refresh token for a new pair (rotation)"),
               auth, [this](ApiRequest& r) { return refresh(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/logout"), Access::Public,
               RateClass::Standard, QStringLiteral("Revoke the refresh token's session"), auth,
               [this](ApiRequest& r) { return logout(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/forgot-password"), Access::Public,
               RateClass::Credentials, QStringLiteral("Mail a password reset link"), auth,
               [this](ApiRequest& r) { return forgotPassword(r); });
    route.pattern = QStringLiteral("/api/v1/auth/reset-password");
    route.summary = QStringLiteral("Set a new password with a reset token (single use, 1 hour)");
    route.handler = [this](ApiRequest& r, const Respond& respond) { resetPassword(r, respond); };
    router.add(route);
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/auth/verify-email"), Access::Public,
               RateClass::Standard, QStringLiteral("Confirm the email address with the mailed token"), auth,
               [this](ApiRequest& r) { return verifyEmail(r); });
    router
        .add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/resend-verification"), Access::User,
             RateClass::Credentials,
             QStringLiteral("Mail a new email verification link to the signed-in user"), auth,
             [this](ApiRequest& r) { return resendVerification(r); })
        .tokenScope = TokenScope::SessionOnly;
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/users/me"), Access::User, RateClass::Standard,
               QStringLiteral("The signed-in user's profile"), users,
               [this](ApiRequest& r) { return profile(r); });
    Route update;
    update.method = QStringLiteral("PUT");
    update.pattern = QStringLiteral("/api/v1/users/me");
    update.access = Access::User;
    update.summary = QStringLiteral("Change username or email (an email change needs the password)");
    update.tag = users;
    update.tokenScope = TokenScope::SessionOnly; // email and password are the account's keys
    update.handler = [this](ApiRequest& r, const Respond& respond) { updateProfile(r, respond); };
    router.add(update);
    Route remove;
    remove.method = QStringLiteral("DELETE");
    remove.pattern = QStringLiteral("/api/v1/users/me");
    remove.access = Access::User;
    remove.rate = RateClass::Credentials; // it hashes: charged to the address's credentials budget
    remove.summary = QStringLiteral("Delete the account and its data (password required)");
    remove.tag = users;
    remove.tokenScope = TokenScope::SessionOnly;
    remove.handler = [this](ApiRequest& r, const Respond& respond) { deleteAccount(r, respond); };
    router.add(remove);
    router
        .add(QStringLiteral("GET"), QStringLiteral("/api/v1/users/me/subscription"), Access::User,
             RateClass::Standard, QStringLiteral("Tier, status and period of the subscription"), users,
             [this](ApiRequest& r) { return subscription(r); })
        .tokenScope = TokenScope::SessionOnly; // billing

    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/users/me/usage"), Access::User,
               RateClass::Standard,
               QStringLiteral("Stored parties, encounters and creatures against the plan's limits"), users,
               [this](ApiRequest& r) {
                   Result<QJsonObject> used = usage(*r.user);
                   return used ? ApiReply::ok(used.value()) : ApiReply::internal(used.error());
               });
}

Status AccountApi::sendVerificationMail(const QString& userId, const QString& email)
{
    Result<QString> token =
        m_ctx.createOneTimeToken(userId, QStringLiteral("verify"), email, kVerifyLifetimeSeconds);
    if (!token)
        return token.error();
    const QString link = m_ctx.config.publicUrl + QStringLiteral("/verify-email?token=") + token.value();
    return m_ctx.mailer->send(
        {email, tr("Confirm your email address"),
         tr("Welcome to D&D Encounter Tracker.\n\nConfirm your email address by opening this "
            "link:\n%1\n\nThe link is valid for 48 hours.\n")
             .arg(link)});
}

void AccountApi::registerUser(ApiRequest& request, const Respond& respond)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return respond(ApiReply::fromError(body.error()));
    const QJsonObject& object = body.value();
    const QString email = object.value(QStringLiteral("email")).toString().trimmed().toLower();
    const QString username = object.value(QStringLiteral("username")).toString().trimmed();
    const QJsonValue passwordValue = object.value(QStringLiteral("password"));
    const QString password = passwordValue.toString();
    QVariantMap details;
    if (!validEmail(email))
        details.insert(QStringLiteral("email"), tr("Enter a valid email address."));
    if (!validUsername(username))
        details.insert(QStringLiteral("username"), tr("Use 3 to 30 letters, digits, '.', '_' or '-'."));
    if (!passwordValue.isString())
        details.insert(QStringLiteral("password"), tr("Enter a password."));
    else if (const QString weakness = PasswordHasher::weakness(password, email, username);
             !weakness.isEmpty())
        details.insert(QStringLiteral("password"), weakness);
    if (!details.isEmpty())
        return respond(ApiReply::error(api::kValidationError, tr("Some fields are not valid."), details));
    Result<std::optional<Row>> taken = m_ctx.db->one(
        QStringLiteral("SELECT email, username FROM users WHERE email = ? OR LOWER(username) = LOWER(?)"),
        {email, username});
    if (!taken)
        return respond(ApiReply::internal(taken.error()));
    if (taken.value())
        return respond(ApiReply::error(api::kConflict, tr("That email or username is already registered.")));

    if (const std::optional<ApiReply> busy = m_ctx.refuseWhenHashingFull())
        return respond(*busy);
    const PasswordHasher hasher = m_ctx.hasher;
    m_ctx.offThread<Result<QString>>(
        [hasher, password] { return hasher.hash(password); },
        [this, request, respond, email, username](Result<QString> hash) {
            if (!hash)
                return respond(ApiReply::internal(hash.error()));
            AuthUser user;
            user.id = secure::newId();
            user.email = email;
            user.username = username;
            user.tier = QStringLiteral("free");
            user.role = QStringLiteral("user");
            Result<ApiReply> reply = Error{};
            Status stored = m_ctx.db->transaction([&]() -> Status {
                const QString now = nowIso();
                Result<int> inserted = m_ctx.db->run(
                    QStringLiteral(
                        "INSERT INTO users (id, email, username, password_hash, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)"),
                    {user.id, email, username, hash.value(), now, now});
                if (!inserted)
                    return inserted.error();
                if (Status space = m_ctx.entities->createSpace(user.id); !space)
                    return space;
                m_ctx.events->record(business::kSignUp, user.id);
                if (Status mailed = sendVerificationMail(user.id, email); !mailed)
                    return mailed;
                reply = m_ctx.tokenReply(user, {}, request, 201);
                return reply.ok() ? Status::success() : Status(reply.error());
            });
            if (!stored) {
                if (stored.error().code == api::kConflict)
                    return respond(
                        ApiReply::error(api::kConflict, tr("That email or username is already registered.")));
                return respond(ApiReply::internal(stored.error()));
            }
            respond(reply.value());
        });
}

void AccountApi::login(ApiRequest& request, const Respond& respond)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return respond(ApiReply::fromError(body.error()));
    const QString email = body.value().value(QStringLiteral("email")).toString().trimmed().toLower();
    const QString password = body.value().value(QStringLiteral("password")).toString();
    if (email.isEmpty() || password.isEmpty())
        return respond(ApiReply::error(
            api::kValidationError, tr("Enter email and password."),
            {{email.isEmpty() ? QStringLiteral("email") : QStringLiteral("password"), tr("required")}}));
    // Only failures are counted, per address and per (address, email): an attacker's wrong guesses
    // never lock the owner out from another address, and one address cannot guess on and on.
    const QString addressKey = QStringLiteral("login-fail-ip:") + request.clientIp;
    const QString addressEmailKey = QStringLiteral("login-fail-ip-email:") + request.clientIp + u'|' + email;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const Result<int> addressWait =
        m_ctx.loginFailures.waitIfOver(addressKey, m_ctx.config.loginFailuresPerAddress, nowMs);
    const Result<int> addressEmailWait =
        m_ctx.loginFailures.waitIfOver(addressEmailKey, m_ctx.config.loginFailuresPerAddressEmail, nowMs);
    if (!addressWait || !addressEmailWait)
        return respond(ApiReply::internal(addressWait ? addressEmailWait.error() : addressWait.error()));
    if (const int wait = qMax(addressWait.value(), addressEmailWait.value()); wait > 0)
        return respond(ApiReply::error(api::kRateLimited, tr("Too many failed sign-ins; wait a moment."))
                           .withHeader("Retry-After", QByteArray::number(wait)));
    Result<std::optional<Row>> row = m_ctx.db->one(
        QStringLiteral("SELECT id, password_hash, disabled FROM users WHERE email = ?"), {email});
    if (!row)
        return respond(ApiReply::internal(row.error()));
    // Unknown emails cost a hash too, so response time does not tell which accounts exist.
    const QString stored =
        row.value() ? row.value()->value(QStringLiteral("password_hash")).toString()
                    : QStringLiteral("scrypt$%1$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA").arg(m_ctx.hasher.logN());
    const QString userId = row.value() ? row.value()->value(QStringLiteral("id")).toString() : QString();
    const bool disabled = row.value() && row.value()->value(QStringLiteral("disabled")).toInt() != 0;
    if (const std::optional<ApiReply> busy = m_ctx.refuseWhenHashingFull())
        return respond(*busy);
    const PasswordHasher hasher = m_ctx.hasher;
    m_ctx.offThread<bool>(
        [hasher, password, stored] { return hasher.verify(password, stored); },
        [this, request, respond, userId, disabled, addressKey, addressEmailKey](bool matches) {
            if (!matches || userId.isEmpty()) {
                const qint64 failedAtMs = QDateTime::currentMSecsSinceEpoch();
                for (const QString& key : {addressKey, addressEmailKey}) {
                    if (Status charged = m_ctx.loginFailures.charge(key, failedAtMs); !charged)
                        return respond(ApiReply::internal(charged.error()));
                }
                return respond(unauthorized(tr("Email or password is wrong.")));
            }
            if (disabled)
                return respond(ApiReply::error(api::kForbidden, tr("This account is disabled.")));
            Result<std::optional<AuthUser>> user = m_ctx.loadUser(userId);
            if (!user)
                return respond(ApiReply::internal(user.error()));
            if (!user.value())
                return respond(unauthorized(tr("Email or password is wrong.")));
            (void)m_ctx.db->run(QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"),
                                {nowIso(), userId});
            ApiRequest copy = request;
            copy.user = user.value();
            Result<ApiReply> reply = m_ctx.tokenReply(*user.value(), {}, copy, 200);
            respond(reply ? reply.value() : ApiReply::internal(reply.error()));
        });
}

QString AccountApi::presentedRefreshToken(const ApiRequest& request) const
{
    const QJsonObject body = request.jsonObject().ok() ? request.jsonObject().value() : QJsonObject();
    const QString fromBody = body.value(QStringLiteral("refreshToken")).toString();
    return fromBody.isEmpty() ? request.cookie(QStringLiteral("refreshToken")) : fromBody;
}

ApiReply AccountApi::refresh(ApiRequest& request)
{
    const QString token = presentedRefreshToken(request);
    if (token.isEmpty() || token.size() > 200)
        return unauthorized(tr("Send the refresh token."));
    const QString hash = secure::sha256Hex(token.toUtf8());
    Result<std::optional<Row>> row =
        m_ctx.db->one(QStringLiteral("SELECT user_id, family_id, expires_at, used_at, revoked FROM "
                                     "refresh_tokens WHERE token_hash = ?"),
                      {hash});
    if (!row)
        return ApiReply::internal(row.error());
    if (!row.value())
        return unauthorized(tr("The refresh token is not valid; sign in again."));
    const Row& r = *row.value();
    const QString family = r.value(QStringLiteral("family_id")).toString();
    if (r.value(QStringLiteral("revoked")).toInt() != 0)
        return unauthorized(tr("This session has ended; sign in again."));
    if (!r.value(QStringLiteral("used_at")).isNull()) {
        // A rotated token came back: someone holds a copy. End the whole session family.
        (void)m_ctx.db->run(QStringLiteral("UPDATE refresh_tokens SET revoked = 1 WHERE family_id = ?"),
                            {family});
        qCWarning(lcServerAccount, "refresh token reuse detected; family %s revoked", qPrintable(family));
        return unauthorized(
            tr("This refresh token was already used; the session has been ended. Sign in again."));
    }
    if (r.value(QStringLiteral("expires_at")).toLongLong() <= m_ctx.nowSeconds())
        return unauthorized(tr("The session has expired; sign in again."));
    Result<std::optional<AuthUser>> user = m_ctx.loadUser(r.value(QStringLiteral("user_id")).toString());
    if (!user)
        return ApiReply::internal(user.error());
    if (!user.value())
        return unauthorized(tr("The account no longer exists or is disabled."));
    Result<ApiReply> reply = Error{};
    Status rotated = m_ctx.db->transaction([&]() -> Status {
        Result<int> used = m_ctx.db->run(
            QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL"),
            {m_ctx.nowSeconds(), hash});
        if (!used)
            return used.error();
        if (used.value() != 1)
            return Error::make(api::kUnauthorized, tr("The refresh token was used concurrently."));
        reply = m_ctx.tokenReply(*user.value(), family, request, 200);
        return reply.ok() ? Status::success() : Status(reply.error());
    });
    if (!rotated)
        return rotated.error().code == api::kUnauthorized ? unauthorized(rotated.error().message)
                                                          : ApiReply::internal(rotated.error());
    return reply.value();
}

ApiReply AccountApi::logout(ApiRequest& request)
{
    const QString token = presentedRefreshToken(request);
    if (token.isEmpty())
        return ApiReply::error(api::kValidationError, tr("Send the refresh token to end its session."),
                               {{QStringLiteral("refreshToken"), tr("required")}});
    Result<std::optional<Row>> row =
        m_ctx.db->one(QStringLiteral("SELECT family_id FROM refresh_tokens WHERE token_hash = ?"),
                      {secure::sha256Hex(token.toUtf8())});
    if (!row)
        return ApiReply::internal(row.error());
    if (row.value())
        (void)m_ctx.db->run(QStringLiteral("UPDATE refresh_tokens SET revoked = 1 WHERE family_id = ?"),
                            {row.value()->value(QStringLiteral("family_id"))});
    ApiReply reply = ApiReply::ok(QJsonObject{{QStringLiteral("loggedOut"), true}});
    reply.withHeader("Set-Cookie",
                     "refreshToken=; Path=/api/v1/auth; Max-Age=0; HttpOnly; Secure; SameSite=Strict");
    return reply;
}

ApiReply AccountApi::forgotPassword(ApiRequest& request)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString email = body.value().value(QStringLiteral("email")).toString().trimmed().toLower();
    if (!validEmail(email))
        return ApiReply::error(api::kValidationError, tr("Enter a valid email address."),
                               {{QStringLiteral("email"), tr("Enter a valid email address.")}});
    if (const int wait =
            m_ctx.limiter.acquire(QStringLiteral("forgot-email:") + email, m_ctx.config.rateLimitAuthPerEmail,
                                  QDateTime::currentMSecsSinceEpoch());
        wait > 0)
        return ApiReply::error(api::kRateLimited, tr("Too many reset requests; wait a moment."))
            .withHeader("Retry-After", QByteArray::number(wait));
    Result<std::optional<Row>> row =
        m_ctx.db->one(QStringLiteral("SELECT id FROM users WHERE email = ? AND disabled = 0"), {email});
    if (!row)
        return ApiReply::internal(row.error());
    if (row.value()) {
        Result<QString> token =
            m_ctx.createOneTimeToken(row.value()->value(QStringLiteral("id")).toString(),
                                     QStringLiteral("reset"), email, kResetLifetimeSeconds);
        if (!token)
            return ApiReply::internal(token.error());
        const QString link =
            m_ctx.config.publicUrl + QStringLiteral("/reset-password?token=") + token.value();
        Status sent =
            m_ctx.mailer->send({email, tr("Reset your password"),
                                tr("Someone asked to reset the password of your D&D Encounter Tracker "
                                   "account.\n\nReset token: %1\nOr open: %2\n\nThe token works once, "
                                   "for one hour. If it was not you, ignore this mail.\n")
                                    .arg(token.value(), link)});
        if (!sent)
            return ApiReply::internal(sent.error());
    }
    // The same answer whether or not the address has an account.
    return ApiReply::ok(QJsonObject{
        {QStringLiteral("message"), tr("If the address has an account, a reset link is on its way.")}});
}

void AccountApi::resetPassword(ApiRequest& request, const Respond& respond)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return respond(ApiReply::fromError(body.error()));
    const QString token = body.value().value(QStringLiteral("token")).toString();
    const QString password = body.value().value(QStringLiteral("password")).toString();
    if (token.isEmpty())
        return respond(ApiReply::error(api::kValidationError, tr("The reset token is missing."),
                                       {{QStringLiteral("token"), tr("required")}}));
    const QString hash = secure::sha256Hex(token.toUtf8());
    Result<std::optional<Row>> row = m_ctx.db->one(
        QStringLiteral(
            "SELECT t.user_id, t.expires_at, t.used_at, u.email, u.username FROM one_time_tokens t "
            "JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.purpose = 'reset' AND t.email = "
            "u.email"),
        {hash});
    if (!row)
        return respond(ApiReply::internal(row.error()));
    if (!row.value() || !row.value()->value(QStringLiteral("used_at")).isNull() ||
        row.value()->value(QStringLiteral("expires_at")).toLongLong() <= m_ctx.nowSeconds())
        return respond(ApiReply::error(api::kValidationError,
                                       tr("The reset token is invalid, used or expired."),
                                       {{QStringLiteral("token"), tr("invalid, used or expired")}}));
    const QString userId = row.value()->value(QStringLiteral("user_id")).toString();
    const QString weakness =
        PasswordHasher::weakness(password, row.value()->value(QStringLiteral("email")).toString(),
                                 row.value()->value(QStringLiteral("username")).toString());
    if (!weakness.isEmpty())
        return respond(ApiReply::error(api::kValidationError, tr("Choose a stronger password."),
                                       {{QStringLiteral("password"), weakness}}));
    if (const std::optional<ApiReply> busy = m_ctx.refuseWhenHashingFull())
        return respond(*busy);
    const PasswordHasher hasher = m_ctx.hasher;
    m_ctx.offThread<Result<QString>>(
        [hasher, password] { return hasher.hash(password); },
        [this, respond, hash, userId](Result<QString> newHash) {
            if (!newHash)
                return respond(ApiReply::internal(newHash.error()));
            Status changed = m_ctx.db->transaction([&]() -> Status {
                // Marking the token used is the guard against two resets racing with the same token.
                Result<int> used = m_ctx.db->run(
                    QStringLiteral(
                        "UPDATE one_time_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL"),
                    {m_ctx.nowSeconds(), hash});
                if (!used)
                    return used.error();
                if (used.value() != 1)
                    return Error::make(api::kValidationError, tr("The reset token was already used."));
                Result<int> updated = m_ctx.db->run(
                    QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"),
                    {newHash.value(), nowIso(), userId});
                m_ctx.forgetUser(userId);
                if (!updated)
                    return updated.error();
                return endSessions(*m_ctx.db, userId);
            });
            if (!changed)
                return respond(changed.error().code == api::kValidationError
                                   ? ApiReply::error(changed.error().code, changed.error().message,
                                                     {{QStringLiteral("token"), tr("already used")}})
                                   : ApiReply::internal(changed.error()));
            m_ctx.hub->endSessions(userId);
            respond(ApiReply::ok(QJsonObject{{QStringLiteral("passwordReset"), true}}));
        });
}

ApiReply AccountApi::verifyEmail(ApiRequest& request)
{
    const QString token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (token.isEmpty())
        return ApiReply::error(api::kValidationError, tr("The verification token is missing."),
                               {{QStringLiteral("token"), tr("required")}});
    const QString hash = secure::sha256Hex(token.toUtf8());
    // Bound to the address it was mailed to: after an email change it confirms nothing.
    Result<std::optional<Row>> row = m_ctx.db->one(
        QStringLiteral("SELECT t.user_id, t.expires_at, t.used_at FROM one_time_tokens t JOIN users "
                       "u ON u.id = t.user_id WHERE t.token_hash = ? AND t.purpose = 'verify' AND "
                       "t.email = u.email"),
        {hash});
    if (!row)
        return ApiReply::internal(row.error());
    if (!row.value() || !row.value()->value(QStringLiteral("used_at")).isNull() ||
        row.value()->value(QStringLiteral("expires_at")).toLongLong() <= m_ctx.nowSeconds())
        return ApiReply::error(api::kValidationError,
                               tr("The verification link is invalid, used or expired."),
                               {{QStringLiteral("token"), tr("invalid, used or expired")}});
    const QString userId = row.value()->value(QStringLiteral("user_id")).toString();
    Status verified = m_ctx.db->transaction([&]() -> Status {
        Result<int> used =
            m_ctx.db->run(QStringLiteral("UPDATE one_time_tokens SET used_at = ? WHERE token_hash = ?"),
                          {m_ctx.nowSeconds(), hash});
        if (!used)
            return used.error();
        Result<int> updated =
            m_ctx.db->run(QStringLiteral("UPDATE users SET email_verified = 1, updated_at = ? WHERE id = ?"),
                          {nowIso(), userId});
        m_ctx.forgetUser(userId);
        if (!updated)
            return updated.error();
        m_ctx.events->record(business::kEmailVerified, userId);
        return Status::success();
    });
    if (!verified)
        return ApiReply::internal(verified.error());
    return ApiReply::ok(QJsonObject{{QStringLiteral("emailVerified"), true}});
}

ApiReply AccountApi::resendVerification(ApiRequest& request)
{
    if (request.user->emailVerified)
        return ApiReply::error(api::kConflict, tr("This email address is already confirmed."));
    if (Status sent = sendVerificationMail(request.user->id, request.user->email); !sent)
        return ApiReply::internal(sent.error());
    return ApiReply::ok(QJsonObject{{QStringLiteral("sentTo"), request.user->email}});
}

ApiReply AccountApi::profile(ApiRequest& request)
{
    Result<std::optional<Row>> row = m_ctx.db->one(
        QStringLiteral(
            "SELECT id, email, username, email_verified, role, tier, created_at, last_login_at FROM users "
            "WHERE id = ?"),
        {request.user->id});
    if (!row)
        return ApiReply::internal(row.error());
    if (!row.value())
        return ApiReply::error(api::kNotFound, tr("The account no longer exists."));
    const Row& r = *row.value();
    return ApiReply::ok(QJsonObject{
        {QStringLiteral("id"), r.value(QStringLiteral("id")).toString()},
        {QStringLiteral("email"), r.value(QStringLiteral("email")).toString()},
        {QStringLiteral("username"), r.value(QStringLiteral("username")).toString()},
        {QStringLiteral("isEmailVerified"), r.value(QStringLiteral("email_verified")).toInt() != 0},
        {QStringLiteral("role"), r.value(QStringLiteral("role")).toString()},
        {QStringLiteral("tier"), r.value(QStringLiteral("tier")).toString()},
        {QStringLiteral("createdAt"), r.value(QStringLiteral("created_at")).toString()},
        {QStringLiteral("lastLoginAt"), r.value(QStringLiteral("last_login_at")).toString()}});
}

void AccountApi::updateProfile(ApiRequest& request, const Respond& respond)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return respond(ApiReply::fromError(body.error()));
    const QJsonObject& object = body.value();
    QVariantMap details;
    QString username = request.user->username;
    QString email = request.user->email;
    QString password;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QStringLiteral("username")) {
            username = it.value().toString().trimmed();
            if (!it.value().isString() || !validUsername(username))
                details.insert(it.key(), tr("Use 3 to 30 letters, digits, '.', '_' or '-'."));
        } else if (it.key() == QStringLiteral("email")) {
            email = it.value().toString().trimmed().toLower();
            if (!it.value().isString() || !validEmail(email))
                details.insert(it.key(), tr("Enter a valid email address."));
        } else if (it.key() == QStringLiteral("password")) {
            password = it.value().toString();
        } else {
            details.insert(it.key(), tr("This field cannot be changed here."));
        }
    }
    const bool emailChanged = email != request.user->email;
    // Whoever holds a signed-in device must not be able to move the account to an address of theirs.
    if (emailChanged && password.isEmpty())
        details.insert(QStringLiteral("password"), tr("Confirm an email change with your password."));
    if (!details.isEmpty())
        return respond(ApiReply::error(api::kValidationError, tr("Some fields are not valid."), details));
    if (!emailChanged)
        return respond(saveProfile(request, username, email));
    if (const int wait = m_ctx.chargeCredentialAttempt(request); wait > 0)
        return respond(ApiReply::error(api::kRateLimited, tr("Too many attempts; retry in %1 s.").arg(wait))
                           .withHeader("Retry-After", QByteArray::number(wait)));
    confirmPassword(*request.user, password, respond, [this, request, respond, username, email] {
        respond(saveProfile(request, username, email));
    });
}

void AccountApi::confirmPassword(const AuthUser& user, const QString& password, const Respond& respond,
                                 const std::function<void()>& confirmed)
{
    Result<std::optional<Row>> row =
        m_ctx.db->one(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {user.id});
    if (!row || !row.value())
        return respond(ApiReply::internal(row ? Error::make(api::kInternal, QStringLiteral("user vanished"))
                                              : row.error()));
    const QString stored = row.value()->value(QStringLiteral("password_hash")).toString();
    if (const std::optional<ApiReply> busy = m_ctx.refuseWhenHashingFull())
        return respond(*busy);
    const PasswordHasher hasher = m_ctx.hasher;
    m_ctx.offThread<bool>([hasher, password, stored] { return hasher.verify(password, stored); },
                          [respond, confirmed](bool matches) {
                              if (!matches)
                                  return respond(unauthorized(tr("The password is wrong.")));
                              confirmed();
                          });
}

ApiReply AccountApi::saveProfile(const ApiRequest& request, const QString& username, const QString& email)
{
    const QString oldEmail = request.user->email;
    const bool emailChanged = email != oldEmail;
    Status updated = m_ctx.db->transaction([&]() -> Status {
        Result<int> changed = m_ctx.db->run(
            QStringLiteral(
                "UPDATE users SET username = ?, email = ?, email_verified = CASE WHEN ? = 1 THEN 0 ELSE "
                "email_verified END, updated_at = ? WHERE id = ?"),
            {username, email, emailChanged ? 1 : 0, nowIso(), request.user->id});
        m_ctx.forgetUser(request.user->id);
        if (!changed)
            return changed.error();
        if (!emailChanged)
            return Status::success();
        if (Status mailed = sendVerificationMail(request.user->id, email); !mailed)
            return mailed;
        // The old address hears of it, so an owner whose signed-in device was misused knows to act.
        return m_ctx.mailer->send(
            {oldEmail, tr("Your email address was changed"),
             tr("The email address of your D&D Encounter Tracker account was changed from %1 to %2.\n\n"
                "If you did not do this, contact support at once.\n")
                 .arg(oldEmail, email)});
    });
    if (!updated)
        return updated.error().code == api::kConflict
                   ? ApiReply::error(api::kConflict, tr("That email or username is already taken."))
                   : ApiReply::internal(updated.error());
    ApiRequest current = request;
    return profile(current);
}

void AccountApi::deleteAccount(ApiRequest& request, const Respond& respond)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return respond(ApiReply::fromError(body.error()));
    const QString password = body.value().value(QStringLiteral("password")).toString();
    if (password.isEmpty())
        return respond(ApiReply::error(api::kValidationError, tr("Confirm with your password."),
                                       {{QStringLiteral("password"), tr("required")}}));
    const QString userId = request.user->id;
    confirmPassword(*request.user, password, respond, [this, respond, userId] {
        // Payments and the admin log stay: they are the business's records, not the
        // user's data.
        m_ctx.forgetUser(userId);
        Status removed = m_ctx.db->transaction([&]() -> Status {
            if (Status data = m_ctx.entities->removeAccount(userId); !data)
                return data;
            m_ctx.events->recordAccountDeleted(userId);
            for (const char* sql :
                 {"DELETE FROM refresh_tokens WHERE user_id = ?", "DELETE FROM api_tokens WHERE user_id = ?",
                  "DELETE FROM one_time_tokens WHERE user_id = ?", "DELETE FROM users WHERE id = ?"}) {
                Result<int> done = m_ctx.db->run(QString::fromLatin1(sql), {userId});
                if (!done)
                    return done.error();
            }
            return Status::success();
        });
        if (!removed)
            return respond(ApiReply::internal(removed.error()));
        m_ctx.hub->endSessions(userId);
        respond(ApiReply::ok(QJsonObject{{QStringLiteral("deleted"), true}}));
    });
}

ApiReply AccountApi::subscription(ApiRequest& request)
{
    Result<std::optional<Row>> row = m_ctx.db->one(
        QStringLiteral(
            "SELECT tier, subscription_status, current_period_end, cancel_at_period_end, stripe_customer_id "
            "FROM users WHERE id = ?"),
        {request.user->id});
    if (!row || !row.value())
        return ApiReply::internal(row ? Error::make(api::kInternal, QStringLiteral("user vanished"))
                                      : row.error());
    const Row& r = *row.value();
    const Plan& plan = m_ctx.planFor(r.value(QStringLiteral("tier")).toString());
    const QVariant periodEnd = r.value(QStringLiteral("current_period_end"));
    return ApiReply::ok(QJsonObject{
        {QStringLiteral("tier"), plan.tier},
        {QStringLiteral("status"), r.value(QStringLiteral("subscription_status")).toString()},
        {QStringLiteral("currentPeriodEnd"),
         periodEnd.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(periodEnd.toString())},
        {QStringLiteral("cancelAtPeriodEnd"), r.value(QStringLiteral("cancel_at_period_end")).toInt() != 0},
        {QStringLiteral("hasBillingAccount"),
         !r.value(QStringLiteral("stripe_customer_id")).toString().isEmpty()},
        {QStringLiteral("plan"), plan.toJson()}});
}

Result<QJsonObject> AccountApi::usage(const AuthUser& user)
{
    const Plan& plan = m_ctx.planFor(user.tier);
    QJsonObject usage;
    const auto insert = [&](const QString& resource, qint64 used) {
        const std::optional<int> limit = plan.limit(resource);
        QJsonObject entry{
            {QStringLiteral("used"), used},
            {QStringLiteral("limit"), limit ? QJsonValue(*limit) : QJsonValue(QJsonValue::Null)}};
        // The plan that lifts the limit, so a client can name it without knowing the plans' order.
        if (const auto step = plan.liftedBy.constFind(resource); step != plan.liftedBy.constEnd())
            entry.insert(QStringLiteral("upgrade"),
                         QJsonObject{{QStringLiteral("tier"), step->tier},
                                     {QStringLiteral("name"), step->name},
                                     {QStringLiteral("limit"), step->limit ? QJsonValue(*step->limit)
                                                                           : QJsonValue(QJsonValue::Null)}});
        usage.insert(resource, entry);
    };
    const QList<QPair<QString, QString>> resources{
        {QStringLiteral("parties"), QStringLiteral("party")},
        {QStringLiteral("encounters"), QStringLiteral("encounter")},
        {QStringLiteral("creatures"), QStringLiteral("creature")},
        {QStringLiteral("characters"), QStringLiteral("character")},
        {QStringLiteral("combatLogEntries"), entityName(EntityKind::CombatLog)}};
    for (const auto& [resource, kind] : resources) {
        Result<qint64> used = m_ctx.entities->count(user.id, kind);
        if (!used)
            return used.error();
        insert(resource, used.value());
    }
    // Counted in SQL: devices and shares are plain tables; participants per encounter as the
    // fullest encounter holds them.
    const QList<QPair<QString, QString>> counted{
        {QStringLiteral("devices"),
         QStringLiteral("SELECT COUNT(*) AS n FROM sync_clients WHERE account_id = ?")},
        {QStringLiteral("shares"), QStringLiteral("SELECT COUNT(*) AS n FROM shares WHERE account_id = ?")},
        {QStringLiteral("participantsPerEncounter"),
         QStringLiteral(
             "SELECT COALESCE(MAX(n), 0) AS n FROM (SELECT COUNT(*) AS n FROM entities WHERE "
             "account_id = ? AND kind = 'participant' AND cl % 2 = 1 GROUP BY parent_id) AS per")}};
    for (const auto& [resource, sql] : counted) {
        Result<std::optional<Row>> row = m_ctx.db->one(sql, {user.id});
        if (!row)
            return row.error();
        insert(resource, row.value() ? row.value()->value(QStringLiteral("n")).toLongLong() : 0);
    }
    Result<qint64> bytes = m_ctx.entities->storedBytes(user.id);
    if (!bytes)
        return bytes.error();
    insert(QStringLiteral("storageBytes"), bytes.value());
    return QJsonObject{{QStringLiteral("tier"), plan.tier}, {QStringLiteral("usage"), usage}};
}

} // namespace dnd::server
