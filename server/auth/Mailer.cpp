#include "auth/Mailer.h"

#include "ApiErrorCodes.h"
#include "ServerErrorCodes.h"
#include "ServerLog.h"
#include "auth/OpenSslThreadState.h"
#include "auth/SecureRandom.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Mailer", text);
}

// Reads one (possibly multi-line) SMTP reply and checks its code class.
bool expectReply(QSslSocket& socket, char expectedClass, QString* reply)
{
    QByteArray line;
    do {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(15000))
                return false;
        }
        line = socket.readLine();
        *reply += QString::fromUtf8(line);
    } while (line.size() > 3 && line.at(3) == '-');
    return !line.isEmpty() && line.at(0) == expectedClass;
}
} // namespace

Mailer::Mailer(QString mailDir, QString smtpUrl, QString fromAddress)
    : m_mailDir(std::move(mailDir)), m_smtp(smtpUrl), m_from(std::move(fromAddress))
{
    if (smtpUrl.isEmpty())
        m_smtp = QUrl();
}

QByteArray Mailer::render(const MailMessage& message) const
{
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"));
    QByteArray text;
    text += "From: " + m_from.toUtf8() + "\r\n";
    text += "To: " + message.to.toUtf8() + "\r\n";
    text += "Subject: " + message.subject.toUtf8() + "\r\n";
    text += "Date: " + date.toUtf8() + "\r\n";
    text += "Message-ID: <" + secure::newId().toUtf8() + "@dnd-tracker>\r\n";
    text += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
            "8bit\r\n\r\n";
    QByteArray body = message.body.toUtf8();
    body.replace("\r\n", "\n").replace("\n", "\r\n");
    // Dot-stuffing keeps a line with a single "." from ending the SMTP DATA early.
    body.replace("\r\n.", "\r\n..");
    text += body + "\r\n";
    return text;
}

Status Mailer::send(const MailMessage& message)
{
    if (m_smtp.isEmpty())
        return writeFile(message);
    const QByteArray text = render(message);
    const QUrl server = m_smtp;
    const QString from = m_from;
    const QString to = message.to;
    (void)QtConcurrent::run([server, from, to, text] {
        const Status sent = sendSmtp(server, from, to, text);
        releaseOpenSslThreadState();
        if (!sent)
            qCWarning(lcServerMail, "mail to %s not sent: %s", qPrintable(to),
                      qPrintable(sent.errorMessage()));
    });
    return Status::success();
}

Status Mailer::writeFile(const MailMessage& message)
{
    if (!QDir().mkpath(m_mailDir))
        return Error::make(api::kInternal, tr("Cannot create the mail folder %1.").arg(m_mailDir));
    const QString name =
        QStringLiteral("%1-%2-%3.eml")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz")))
            .arg(m_filesWritten++, 8, 10, QLatin1Char('0'))
            .arg(secure::newId());
    QFile file(QDir(m_mailDir).filePath(name + QStringLiteral(".part")));
    if (!file.open(QIODevice::WriteOnly) || file.write(render(message)) < 0)
        return Error::make(api::kInternal, tr("Cannot write mail to %1.").arg(file.fileName()));
    file.close();
    // Appears complete or not at all for whoever watches the folder.
    if (!file.rename(QDir(m_mailDir).filePath(name)))
        return Error::make(api::kInternal, tr("Cannot finish mail file %1.").arg(name));
    return Status::success();
}

Mailer::SmtpSecurity Mailer::smtpSecurity(const QUrl& server)
{
    const QString tls = QUrlQuery(server).queryItemValue(QStringLiteral("tls"));
    if (tls == QLatin1String("none"))
        return SmtpSecurity::None;
    if (tls == QLatin1String("implicit") || (tls.isEmpty() && server.scheme() == QLatin1String("smtps")))
        return SmtpSecurity::Implicit;
    return SmtpSecurity::StartTls;
}

Status Mailer::sendSmtp(const QUrl& server, const QString& from, const QString& to, const QByteArray& text)
{
    const SmtpSecurity security = smtpSecurity(server);
    QSslSocket socket;
    // Extra certificate authorities (a private relay's own CA) on top of the system's.
    if (const QString caFile = QUrlQuery(server).queryItemValue(QStringLiteral("ca")); !caFile.isEmpty()) {
        QSslConfiguration tlsConfig = QSslConfiguration::defaultConfiguration();
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(caFile);
        if (extra.isEmpty())
            return Error::make(errors::kMail, tr("No certificate could be read from %1.").arg(caFile));
        tlsConfig.addCaCertificates(extra);
        socket.setSslConfiguration(tlsConfig);
    }
    if (security == SmtpSecurity::Implicit)
        socket.connectToHostEncrypted(server.host(), quint16(server.port(465)));
    else
        socket.connectToHost(server.host(),
                             quint16(server.port(security == SmtpSecurity::StartTls ? 587 : 25)));
    const bool connected =
        security == SmtpSecurity::Implicit ? socket.waitForEncrypted(15000) : socket.waitForConnected(15000);
    if (!connected)
        return Error::make(errors::kMail, tr("Cannot reach the SMTP server: %1").arg(socket.errorString()));
    QString reply;
    auto command = [&](const QByteArray& line, char expected) {
        if (!line.isEmpty()) {
            socket.write(line + "\r\n");
            socket.waitForBytesWritten(15000);
        }
        reply.clear();
        return expectReply(socket, expected, &reply);
    };
    if (!command({}, '2') || !command("EHLO dnd-tracker", '2'))
        return Error::make(errors::kMail, tr("SMTP greeting failed: %1").arg(reply));
    if (security == SmtpSecurity::StartTls) {
        // Credentials and addresses never travel in clear text: without STARTTLS nothing is sent.
        if (!reply.contains(QLatin1String("STARTTLS"), Qt::CaseInsensitive)) {
            command("QUIT", '2');
            return Error::make(errors::kMail,
                               tr("The SMTP server does not offer STARTTLS; add ?tls=none to the SMTP URL "
                                  "to send without encryption."));
        }
        if (!command("STARTTLS", '2'))
            return Error::make(errors::kMail, tr("SMTP STARTTLS refused: %1").arg(reply));
        socket.startClientEncryption();
        if (!socket.waitForEncrypted(15000))
            return Error::make(errors::kMail, tr("SMTP encryption failed: %1").arg(socket.errorString()));
        if (!command("EHLO dnd-tracker", '2'))
            return Error::make(errors::kMail, tr("SMTP greeting failed: %1").arg(reply));
    }
    if (!server.userName().isEmpty()) {
        const QByteArray credentials = QByteArray(1, '\0') + server.userName().toUtf8() +
                                       QByteArray(1, '\0') + server.password().toUtf8();
        if (!command("AUTH PLAIN " + credentials.toBase64(), '2'))
            return Error::make(errors::kMail, tr("SMTP login failed: %1").arg(reply));
    }
    if (!command("MAIL FROM:<" + from.toUtf8() + ">", '2') ||
        !command("RCPT TO:<" + to.toUtf8() + ">", '2') || !command("DATA", '3') || !command(text + ".", '2'))
        return Error::make(errors::kMail, tr("SMTP delivery failed: %1").arg(reply));
    command("QUIT", '2');
    return Status::success();
}

} // namespace dnd::server
