// Mail over SMTP with TLS: the real Mailer against an SMTP peer on loopback that speaks STARTTLS or
// TLS from the first byte with a certificate made for the test. Credentials and addresses must
// only ever cross the connection encrypted, unless the URL says ?tls=none.
#include "TestSupport.h"
#include "auth/Mailer.h"

#include <QMutex>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace dnd::server;

namespace {

// One line the peer received, and whether the connection was encrypted when it arrived.
struct ReceivedLine {
    QByteArray text;
    bool encrypted = false;
};

// A small SMTP server: plain with STARTTLS offered (or not), or TLS from the start. It accepts any
// login and queues every message.
class SmtpPeer final : public QTcpServer {
public:
    enum class Mode { StartTls, NoStartTls, ImplicitTls };

    SmtpPeer(Mode mode, QSslConfiguration tls) : m_mode(mode), m_tls(std::move(tls)) {}

    QList<ReceivedLine> lines;
    int delivered = 0;
    int closedConnections = 0;

    bool received(const QByteArray& prefix) const
    {
        return std::any_of(lines.begin(), lines.end(),
                           [&](const ReceivedLine& line) { return line.text.startsWith(prefix); });
    }
    bool allEncryptedFrom(const QByteArray& prefix) const
    {
        bool seen = false;
        for (const ReceivedLine& line : lines) {
            seen = seen || line.text.startsWith(prefix);
            if (seen && !line.encrypted)
                return false;
        }
        return seen;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        socket->setSslConfiguration(m_tls);
        socket->setSocketDescriptor(descriptor);
        auto inData = std::make_shared<bool>(false);
        connect(socket, &QSslSocket::disconnected, this, [this, socket] {
            ++closedConnections;
            socket->deleteLater();
        });
        connect(socket, &QSslSocket::readyRead, this, [this, socket, inData] { serve(socket, *inData); });
        if (m_mode == Mode::ImplicitTls) {
            connect(socket, &QSslSocket::encrypted, socket,
                    [socket] { socket->write("220 test ESMTP\r\n"); });
            socket->startServerEncryption();
        } else {
            socket->write("220 test ESMTP\r\n");
        }
    }

private:
    void serve(QSslSocket* socket, bool& inData)
    {
        while (socket->canReadLine()) {
            const QByteArray line = socket->readLine();
            lines.append({line, socket->isEncrypted()});
            if (inData) {
                if (line == ".\r\n") {
                    inData = false;
                    ++delivered;
                    socket->write("250 queued\r\n");
                }
                continue;
            }
            if (line.startsWith("EHLO")) {
                const bool offer = m_mode == Mode::StartTls && !socket->isEncrypted();
                socket->write(offer ? "250-test\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n"
                                    : "250-test\r\n250 AUTH PLAIN\r\n");
            } else if (line.startsWith("STARTTLS")) {
                socket->write("220 go ahead\r\n");
                socket->startServerEncryption();
            } else if (line.startsWith("AUTH PLAIN")) {
                socket->write("235 ok\r\n");
            } else if (line.startsWith("DATA")) {
                inData = true;
                socket->write("354 go on\r\n");
            } else if (line.startsWith("QUIT")) {
                socket->write("221 bye\r\n");
                socket->disconnectFromHost();
            } else {
                socket->write("250 ok\r\n");
            }
        }
    }

    Mode m_mode;
    QSslConfiguration m_tls;
};

// Warnings the mailer logs from its worker thread, collected so a test can wait for the reason.
QMutex g_warningsMutex;
QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtWarningMsg)
        return;
    QMutexLocker lock(&g_warningsMutex);
    g_warnings.append(message);
}

bool warned(const QString& text)
{
    QMutexLocker lock(&g_warningsMutex);
    return std::any_of(g_warnings.begin(), g_warnings.end(),
                       [&](const QString& w) { return w.contains(text); });
}

const MailMessage kMessage{QStringLiteral("dm@example.org"), QStringLiteral("Confirm your email address"),
                           QStringLiteral("Open the link to confirm.")};

} // namespace

class TestMailer final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void startTlsEncryptsBeforeTheLogin();
    void implicitTlsFromTheFirstByte();
    void refusesToSendWhenStartTlsIsMissing();
    void untrustedCertificateStopsBeforeTheLogin();
    void plainOnlyWhenTheUrlSaysSo();
    void withoutSmtpMailIsAFile();
    void mailFilesSortInTheOrderSent();

private:
    QUrl urlFor(const SmtpPeer& peer, const QString& scheme, const QString& query) const;

    QTemporaryDir m_dir;
    QSslConfiguration m_serverTls;
};

void TestMailer::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("this Qt has no TLS backend");
    qInstallMessageHandler(collectWarnings);
    // A self-signed certificate for 127.0.0.1, trusted by the client only through ?ca=.
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"),
                  {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                   "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", "key.pem", "-out", "cert.pem"});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_dir.filePath("cert.pem"));
    QCOMPARE(certificates.size(), 1);
    QFile keyFile(m_dir.filePath("key.pem"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(&keyFile, QSsl::Rsa);
    QVERIFY(!key.isNull());
    m_serverTls = QSslConfiguration::defaultConfiguration();
    m_serverTls.setLocalCertificate(certificates.first());
    m_serverTls.setPrivateKey(key);
    m_serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
}

QUrl TestMailer::urlFor(const SmtpPeer& peer, const QString& scheme, const QString& query) const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(peer.serverPort());
    url.setUserName(QStringLiteral("mailer"));
    url.setPassword(QStringLiteral("s3cret"));
    url.setQuery(query);
    return url;
}

void TestMailer::startTlsEncryptsBeforeTheLogin()
{
    SmtpPeer peer(SmtpPeer::Mode::StartTls, m_serverTls);
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    const QUrl url = urlFor(peer, QStringLiteral("smtp"), QStringLiteral("ca=") + m_dir.filePath("cert.pem"));
    Mailer mailer(m_dir.filePath("mail"), url.toString(), QStringLiteral("noreply@example.org"));
    CHECK_OK(mailer.send(kMessage));
    QTRY_COMPARE_WITH_TIMEOUT(peer.delivered, 1, 15000);
    QVERIFY(peer.received("STARTTLS"));
    QVERIFY(peer.allEncryptedFrom("AUTH PLAIN " + QByteArray("\0mailer\0s3cret", 14).toBase64()));
    QVERIFY(peer.allEncryptedFrom("MAIL FROM:<noreply@example.org>"));
    QVERIFY(peer.received("RCPT TO:<dm@example.org>"));
    QVERIFY(peer.received("Subject: Confirm your email address"));
}

void TestMailer::implicitTlsFromTheFirstByte()
{
    SmtpPeer peer(SmtpPeer::Mode::ImplicitTls, m_serverTls);
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    const QUrl url =
        urlFor(peer, QStringLiteral("smtps"), QStringLiteral("ca=") + m_dir.filePath("cert.pem"));
    Mailer mailer(m_dir.filePath("mail"), url.toString(), QStringLiteral("noreply@example.org"));
    CHECK_OK(mailer.send(kMessage));
    QTRY_COMPARE_WITH_TIMEOUT(peer.delivered, 1, 15000);
    QVERIFY(peer.allEncryptedFrom("EHLO"));
    QVERIFY(!peer.received("STARTTLS"));
}

void TestMailer::refusesToSendWhenStartTlsIsMissing()
{
    SmtpPeer peer(SmtpPeer::Mode::NoStartTls, m_serverTls);
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    Mailer mailer(m_dir.filePath("mail"), urlFor(peer, QStringLiteral("smtp"), {}).toString(),
                  QStringLiteral("noreply@example.org"));
    CHECK_OK(mailer.send(kMessage));
    QTRY_VERIFY_WITH_TIMEOUT(warned(QStringLiteral("does not offer STARTTLS")), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(peer.closedConnections, 1, 15000);
    QVERIFY(peer.received("EHLO"));
    QVERIFY(!peer.received("AUTH"));
    QVERIFY(!peer.received("MAIL FROM"));
    QCOMPARE(peer.delivered, 0);
}

void TestMailer::untrustedCertificateStopsBeforeTheLogin()
{
    SmtpPeer peer(SmtpPeer::Mode::StartTls, m_serverTls);
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    // No ?ca=: the self-signed certificate is not trusted, so the handshake fails.
    Mailer mailer(m_dir.filePath("mail"), urlFor(peer, QStringLiteral("smtp"), {}).toString(),
                  QStringLiteral("noreply@example.org"));
    CHECK_OK(mailer.send(kMessage));
    QTRY_VERIFY_WITH_TIMEOUT(warned(QStringLiteral("SMTP encryption failed")), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(peer.closedConnections, 1, 15000);
    QVERIFY(peer.received("STARTTLS"));
    QVERIFY(!peer.received("AUTH"));
    QCOMPARE(peer.delivered, 0);
}

void TestMailer::plainOnlyWhenTheUrlSaysSo()
{
    SmtpPeer peer(SmtpPeer::Mode::NoStartTls, m_serverTls);
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    Mailer mailer(m_dir.filePath("mail"),
                  urlFor(peer, QStringLiteral("smtp"), QStringLiteral("tls=none")).toString(),
                  QStringLiteral("noreply@example.org"));
    CHECK_OK(mailer.send(kMessage));
    QTRY_COMPARE_WITH_TIMEOUT(peer.delivered, 1, 15000);
    QVERIFY(peer.received("AUTH PLAIN"));
}

void TestMailer::withoutSmtpMailIsAFile()
{
    const QString folder = m_dir.filePath("files");
    Mailer mailer(folder, QString(), QStringLiteral("noreply@example.org"));
    CHECK_OK(mailer.send(kMessage));
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile file(QDir(folder).filePath(files.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("To: dm@example.org\r\n"));
    QVERIFY(text.contains("Subject: Confirm your email address\r\n"));
}

// Tests and operators read the folder by name: the newest mail is the last one, also when several
// are written within one millisecond (a registration mail and a reset request right after it).
void TestMailer::mailFilesSortInTheOrderSent()
{
    const QString folder = m_dir.filePath("ordered");
    Mailer mailer(folder, QString(), QStringLiteral("noreply@example.org"));
    constexpr int kMessages = 200;
    for (int i = 0; i < kMessages; ++i)
        CHECK_OK(mailer.send(
            {QStringLiteral("dm@example.org"), QStringLiteral("Message %1").arg(i), QStringLiteral("Body")}));
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), kMessages);
    for (int i = 0; i < kMessages; ++i) {
        QFile file(files.at(i).absoluteFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray subject = QStringLiteral("Subject: Message %1\r\n").arg(i).toUtf8();
        QVERIFY2(file.readAll().contains(subject), qPrintable(files.at(i).fileName()));
    }
}

QTEST_GUILESS_MAIN(TestMailer)
#include "TestMailer.moc"
