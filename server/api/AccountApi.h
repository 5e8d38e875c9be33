#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace dnd::server {

// Accounts: register, verify email, login, refresh (rotation with reuse detection), logout,
// forgot / reset password, profile, deletion, subscription and usage of the signed-in user.
class AccountApi {
public:
    explicit AccountApi(ServerContext& context) : m_ctx(context) {}
    void registerRoutes(Router& router);

    // Usage of each limited resource against the user's plan, as /users/me/usage answers it.
    Result<QJsonObject> usage(const AuthUser& user);

private:
    void registerUser(ApiRequest& request, const Respond& respond);
    void login(ApiRequest& request, const Respond& respond);
    ApiReply refresh(ApiRequest& request);
    ApiReply logout(ApiRequest& request);
    ApiReply forgotPassword(ApiRequest& request);
    void resetPassword(ApiRequest& request, const Respond& respond);
    ApiReply verifyEmail(ApiRequest& request);
    ApiReply resendVerification(ApiRequest& request);
    ApiReply profile(ApiRequest& request);
    void updateProfile(ApiRequest& request, const Respond& respond);
    // Writes the profile (and, for a new email, mails the new address a link and the old one a notice).
    // Checks the account's password off the event loop (bounded by the hashing queue), answers 401
    // when it is wrong, else runs `confirmed` on the server thread.
    void confirmPassword(const AuthUser& user, const QString& password, const Respond& respond,
                         const std::function<void()>& confirmed);
    ApiReply saveProfile(const ApiRequest& request, const QString& username, const QString& email);
    void deleteAccount(ApiRequest& request, const Respond& respond);
    ApiReply subscription(ApiRequest& request);

    Status sendVerificationMail(const QString& userId, const QString& email);
    QString presentedRefreshToken(const ApiRequest& request) const;

    ServerContext& m_ctx;
};

} // namespace dnd::server
