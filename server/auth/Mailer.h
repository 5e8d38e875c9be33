#pragma once

#include "util/Result.h"

#include <QString>
#include <QUrl>
#include <atomic>

namespace dnd::server {

struct MailMessage {
    QString to;
    QString subject;
    QString body; // plain text
};

// Sends the service's mail: through SMTP when a server is configured, otherwise as one .eml file
// per message in the mail folder (what development, tests and small installs use); the files'
// names sort in the order the messages were sent.
// SMTP URLs: smtp://[user:pass@]host[:587] upgrades with STARTTLS and refuses to send when the
// server does not offer it; smtps://host[:465] is TLS from the first byte; ?tls=none sends in clear
// (a relay on the same host); ?ca=FILE adds certificate authorities to the system's.
class Mailer {
public:
    Mailer(QString mailDir, QString smtpUrl, QString fromAddress);

    // Writes the file at once, or hands the message to SMTP on a worker thread; failures are logged.
    Status send(const MailMessage& message);
    // The full RFC 5322 text of a message.
    QByteArray render(const MailMessage& message) const;

private:
    enum class SmtpSecurity { StartTls, Implicit, None };
    static SmtpSecurity smtpSecurity(const QUrl& server);
    Status writeFile(const MailMessage& message);
    static Status sendSmtp(const QUrl& server, const QString& from, const QString& to,
                           const QByteArray& text);

    QString m_mailDir;
    QUrl m_smtp;
    QString m_from;
    // Orders files written within the same millisecond.
    std::atomic<quint64> m_filesWritten{0};
};

} // namespace dnd::server
