// Changing the account's email address cannot be a takeover path, against the real service: the
// change needs the password, the old address is told, and a verification link confirms only the
// address it was mailed to.
#include "ServerHarness.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace dnd::test;

namespace {
// Every mail in the folder addressed to `to`, oldest first.
QList<QByteArray> mailsTo(const QString& folder, const QString& to)
{
    QList<QByteArray> mails;
    for (const QFileInfo& info :
         QDir(folder).entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile file(info.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray mail = file.readAll();
            if (mail.contains("To: " + to.toUtf8()))
                mails.append(mail);
        }
    }
    return mails;
}
} // namespace

class TestEmailChange final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_service.start()); }
    void cleanupTestCase() { m_service.server.reset(); }

    void changeNeedsThePassword()
    {
        const TestAccount account = registerTestAccount(*m_service.server, http());
        const QString target = QStringLiteral("moved-%1").arg(account.email);
        HttpResponse refused = http().put("/api/v1/users/me", {{"email", target}}, account.accessToken);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json().value("error").toObject().value("details").toObject().contains("password"));
        refused = http().put("/api/v1/users/me", {{"email", target}, {"password", "Wrong-password-1"}},
                             account.accessToken);
        QCOMPARE(refused.status, 401);
        QCOMPARE(http().get("/api/v1/users/me", account.accessToken).data().value("email").toString(),
                 account.email);
        // A username alone needs no password.
        QCOMPARE(
            http()
                .put("/api/v1/users/me", {{"username", "renamed" + account.id.left(6)}}, account.accessToken)
                .status,
            200);
        const HttpResponse changed = http().put(
            "/api/v1/users/me", {{"email", target}, {"password", kTestPassword}}, account.accessToken);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.data().value("email").toString(), target);
    }

    void oldAddressIsTold()
    {
        const TestAccount account = registerTestAccount(*m_service.server, http());
        const QString target = QStringLiteral("new-%1").arg(account.email);
        QCOMPARE(http()
                     .put("/api/v1/users/me", {{"email", target}, {"password", kTestPassword}},
                          account.accessToken)
                     .status,
                 200);
        QList<QByteArray> told;
        QVERIFY(QTest::qWaitFor([&] {
            told = mailsTo(m_service.server->mailDir(), account.email);
            return told.size() == 2; // the welcome mail, then the notice
        }));
        QVERIFY2(told.last().contains(target.toUtf8()), told.last().constData());
        QVERIFY(told.last().contains("Subject: Your email address was changed"));
    }

    // The link of the welcome mail went to the first address; after a change to another address it
    // must not confirm that one.
    void verificationLinkConfirmsOnlyItsAddress()
    {
        const TestAccount account = registerTestAccount(*m_service.server, http());
        const QList<QByteArray> welcome = mailsTo(m_service.server->mailDir(), account.email);
        QCOMPARE(welcome.size(), 1);
        const QString firstLink = tokenFromMail(welcome.first());
        QVERIFY(!firstLink.isEmpty());
        const QString target = QStringLiteral("other-%1").arg(account.email);
        QCOMPARE(http()
                     .put("/api/v1/users/me", {{"email", target}, {"password", kTestPassword}},
                          account.accessToken)
                     .status,
                 200);
        QCOMPARE(http().get("/api/v1/auth/verify-email?token=" + firstLink).status, 400);
        QCOMPARE(http().get("/api/v1/users/me", account.accessToken).data().value("isEmailVerified").toBool(),
                 false);
        QList<QByteArray> sent;
        QVERIFY(QTest::qWaitFor(
            [&] { return !(sent = mailsTo(m_service.server->mailDir(), target)).isEmpty(); }));
        QCOMPARE(http().get("/api/v1/auth/verify-email?token=" + tokenFromMail(sent.last())).status, 200);
        QCOMPARE(http().get("/api/v1/users/me", account.accessToken).data().value("isEmailVerified").toBool(),
                 true);
    }

private:
    HttpClient& http() { return *m_service.http; }

    RunningService m_service;
};

QTEST_GUILESS_MAIN(TestEmailChange)
#include "TestEmailChange.moc"
