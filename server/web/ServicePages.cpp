#include "web/ServicePages.h"

#include "ApiErrorCodes.h"
#include "web/WebPage.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dnd::server {

namespace {
using web::WebPage;

const QString kVerifyApi = QStringLiteral("/api/v1/auth/verify-email");
const QString kResetApi = QStringLiteral("/api/v1/auth/reset-password");

QString passwordRules()
{
    return QStringLiteral("<ul class=\"rules\"><li>at least 10 characters</li>"
                          "<li>letters mixed with digits or symbols</li>"
                          "<li>not containing your username or the first part of your email</li></ul>");
}

// The envelope's error: its message, and the first field detail when there is one.
struct ApiFailure {
    QString message;
    QString passwordDetail;
};
ApiFailure failureOf(const ApiReply& reply)
{
    const QJsonObject error =
        QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toObject();
    const QJsonObject details = error.value(QStringLiteral("details")).toObject();
    return {error.value(QStringLiteral("message")).toString(),
            details.value(QStringLiteral("password")).toString()};
}

WebPage resetFormPage(const QString& token, const QString& problem)
{
    QString body;
    if (!problem.isEmpty())
        body += web::paragraph(problem, QStringLiteral("message-error"));
    body += web::paragraph(QStringLiteral("Choose a new password for your account. The link works once, "
                                          "for one hour; signing in again is needed on every device."));
    body += passwordRules();
    body += QStringLiteral("<form method=\"post\" action=\"/reset-password\">");
    if (token.isEmpty())
        body += QStringLiteral("<label>Reset token from the mail<input name=\"token\" autocomplete=\"off\" "
                               "required></label>");
    else
        body += QStringLiteral("<input type=\"hidden\" name=\"token\" value=\"%1\">").arg(web::escape(token));
    body += QStringLiteral(
        "<label>New password<input type=\"password\" name=\"password\" autocomplete=\"new-password\" "
        "minlength=\"10\" maxlength=\"128\" required></label>"
        "<label>Repeat the new password<input type=\"password\" name=\"confirm\" "
        "autocomplete=\"new-password\" minlength=\"10\" maxlength=\"128\" required></label>"
        "<button type=\"submit\">Set the new password</button></form>");
    return WebPage{QStringLiteral("Reset your password"), body, WebPage::Tone::Neutral, {}, {}};
}

// A browser's form body: application/x-www-form-urlencoded, where '+' stands for a space.
QUrlQuery formFields(const QByteArray& body)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(text));
}
} // namespace

void ServicePages::registerRoutes(Router& router)
{
    const QString tag = QStringLiteral("pages");
    Route verify;
    verify.method = QStringLiteral("GET");
    verify.pattern = QStringLiteral("/verify-email");
    verify.access = Access::Public;
    verify.summary = QStringLiteral("HTML page of the verification link: confirms the address (?token=)");
    verify.tag = tag;
    verify.handler = [this](ApiRequest& r, const Respond& respond) { verifyEmail(r, respond); };
    router.add(verify);
    router.add(QStringLiteral("GET"), QStringLiteral("/reset-password"), Access::Public, RateClass::Standard,
               QStringLiteral("HTML page of the reset link: a form for the new password (?token=)"), tag,
               [this](ApiRequest& r) { return resetForm(r); });
    Route submit = verify;
    submit.method = QStringLiteral("POST");
    submit.pattern = QStringLiteral("/reset-password");
    submit.summary = QStringLiteral("The reset form's post (token, password, confirm; form-encoded)");
    submit.handler = [this](ApiRequest& r, const Respond& respond) { submitReset(r, respond); };
    router.add(submit);
    router.add(
        QStringLiteral("GET"), QStringLiteral("/billing/success"), Access::Public, RateClass::Standard,
        QStringLiteral("HTML page Stripe Checkout returns to after a purchase"), tag, [](ApiRequest&) {
            return WebPage{
                QStringLiteral("Thank you for subscribing"),
                web::paragraph(
                    QStringLiteral("Stripe has taken your payment details. Your plan changes as soon as "
                                   "Stripe confirms the payment to this service, usually within a minute.")) +
                    web::paragraph(
                        QStringLiteral("Go back to D&D Encounter Tracker: the account panel shows the new "
                                       "plan after the next sync, or press Refresh there.")) +
                    web::paragraph(QStringLiteral("You can close this page."), QStringLiteral("muted")),
                WebPage::Tone::Success,
                {},
                {}}
                .reply();
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/billing/cancel"), Access::Public, RateClass::Standard,
               QStringLiteral("HTML page Stripe Checkout returns to when the buyer cancels"), tag,
               [](ApiRequest&) {
                   return WebPage{QStringLiteral("Checkout cancelled"),
                                  web::paragraph(QStringLiteral(
                                      "Nothing was charged and your plan is unchanged. You can upgrade at "
                                      "any time from the account panel of D&D Encounter Tracker.")) +
                                      web::paragraph(QStringLiteral("You can close this page."),
                                                     QStringLiteral("muted")),
                                  WebPage::Tone::Neutral,
                                  {},
                                  {}}
                       .reply();
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/billing/portal-return"), Access::Public,
               RateClass::Standard, QStringLiteral("HTML page the Stripe customer portal returns to"), tag,
               [](ApiRequest&) {
                   return WebPage{QStringLiteral("Subscription settings saved"),
                                  web::paragraph(QStringLiteral(
                                      "Changes you made in the billing portal reach this service within a "
                                      "minute. The account panel of D&D Encounter Tracker shows them after "
                                      "its next refresh.")) +
                                      web::paragraph(QStringLiteral("You can close this page."),
                                                     QStringLiteral("muted")),
                                  WebPage::Tone::Neutral,
                                  {},
                                  {}}
                       .reply();
               });
}

void ServicePages::callApi(const QString& method, const QString& path, ApiRequest request,
                           const std::function<void(const ApiReply&)>& answered)
{
    const Router::Match match = m_router.match(method, path);
    Q_ASSERT(match.route);
    request.method = method;
    request.path = path;
    request.params.clear();
    match.route->handler(request, [answered](ApiReply reply) { answered(reply); });
}

void ServicePages::verifyEmail(ApiRequest& request, const Respond& respond)
{
    callApi(QStringLiteral("GET"), kVerifyApi, request, [respond](const ApiReply& reply) {
        if (reply.status == 200)
            return respond(WebPage{
                QStringLiteral("Email address confirmed"),
                web::paragraph(
                    QStringLiteral("Thank you. Your account is verified: purchases and share links are "
                                   "open to it now.")) +
                    web::paragraph(
                        QStringLiteral("Go back to D&D Encounter Tracker; the banner in the account "
                                       "panel goes away at its next refresh.")),
                WebPage::Tone::Success,
                {},
                {}}.reply());
        if (reply.status >= 500)
            return respond(WebPage{
                QStringLiteral("Something went wrong"),
                web::paragraph(
                    QStringLiteral("The service could not confirm the address just now. Open the link "
                                   "again in a minute.")),
                WebPage::Tone::Failure,
                {},
                {}}.reply(reply.status));
        respond(WebPage{
            QStringLiteral("This link does not work"),
            web::paragraph(failureOf(reply).message) +
                web::paragraph(QStringLiteral(
                    "Verification links work once, for 48 hours. In D&D Encounter Tracker, open "
                    "Account and press Resend verification mail for a new one.")),
            WebPage::Tone::Failure,
            {},
            {}}.reply(reply.status));
    });
}

ApiReply ServicePages::resetForm(ApiRequest& request)
{
    const QString token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    return resetFormPage(token, {}).reply();
}

void ServicePages::submitReset(ApiRequest& request, const Respond& respond)
{
    const QUrlQuery form = formFields(request.body);
    const QString token = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).trimmed();
    const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    const QString confirm = form.queryItemValue(QStringLiteral("confirm"), QUrl::FullyDecoded);
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return respond(resetFormPage(token, QStringLiteral("Send the form from this page.")).reply(400));
    if (password != confirm)
        return respond(
            resetFormPage(token, QStringLiteral("The two passwords are not the same; type them again."))
                .reply(400));
    ApiRequest call = request;
    call.headers.insert("content-type", "application/json");
    call.body =
        QJsonDocument(QJsonObject{{QStringLiteral("token"), token}, {QStringLiteral("password"), password}})
            .toJson(QJsonDocument::Compact);
    callApi(QStringLiteral("POST"), kResetApi, call, [respond, token](const ApiReply& reply) {
        if (reply.status == 200)
            return respond(WebPage{
                QStringLiteral("Password changed"),
                web::paragraph(
                    QStringLiteral("Your new password is set. Every device was signed out: sign in again "
                                   "in D&D Encounter Tracker with the new password.")),
                WebPage::Tone::Success,
                {},
                {}}.reply());
        if (reply.status >= 500)
            return respond(
                resetFormPage(token, QStringLiteral("The service could not change the password just now; "
                                                    "try again in a minute."))
                    .reply(reply.status));
        const ApiFailure failure = failureOf(reply);
        const QString problem = failure.passwordDetail.isEmpty()
                                    ? failure.message
                                    : QStringLiteral("%1 %2").arg(failure.message, failure.passwordDetail);
        respond(resetFormPage(token, problem).reply(reply.status));
    });
}

} // namespace dnd::server
