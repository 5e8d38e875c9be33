#pragma once

#include "util/Result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace dnd::server {

// Every setting of the service, read from command-line options and the matching environment
// variables (options win). The one place that knows option names and defaults.
struct ServerConfig {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString databaseUrl; // empty = SQLite file in the data directory
    QString dataDir;
    QString mailDir;
    QString smtpUrl;
    QString publicUrl = QStringLiteral("http://127.0.0.1:8080");
    QString corsOrigin; // the one browser origin allowed to call the API; empty = none
    QByteArray jwtSecret;
    QString stripeSecretKey;
    QString stripeWebhookSecret;
    QString stripeApiBase = QStringLiteral("https://api.stripe.com");
    QString plansFile;
    QString templatesFile;
    int scryptLogN = 17;
    int hashThreads = 0; // 0 = one less than the cores, at least one
    int hashQueue = 32;  // password hashes running or waiting; beyond it 503
    int maxConnections = 512;
    int maxConnectionsPerAddress = 32; // not applied behind a trusted proxy (nginx limits there)
    int healthCheckConnections = 4;    // beyond both caps, for GET /healthz only
    int idleTimeoutMs = 60'000;
    int requestTimeoutMs = 15'000;
    qint64 maxBodyBytes = 1 << 20;
    int maxHeaderBytes = 16 * 1024;
    int maxUrlBytes = 4 * 1024;
    int rateLimitUser = 100;
    int rateLimitAnonymous = 20;
    int rateLimitAuthPerIp = 10;
    int rateLimitAuthPerEmail = 5;        // forgot-password mails per email per minute
    int loginFailuresPerAddress = 20;     // failed sign-ins per address per minute
    int loginFailuresPerAddressEmail = 5; // failed sign-ins per (address, email) per minute
    int wsAuthTimeoutMs = 5000;
    int wsIdleTimeoutMs = 90 * 1000; // a signed-in socket that sends nothing for this long is closed
    int wsMessagesPerMinute = 120;   // more from one socket within a minute closes it
    int wsPerAccount = 8;            // signed-in WebSockets one account may hold open
    int wsSessionCheckMs = 10'000;   // how often signed-in sockets are checked against their account
    bool trustProxy = false;         // take the client address from X-Forwarded-For (behind nginx)
    bool logRequests = true;
    int listCacheKib = 32 * 1024;           // memory for cached list answers
    int cleanupIntervalMs = 60 * 60 * 1000; // expired tokens and stale share codes are removed this often
    // Discord (docs/INTEGRATIONS.md): where webhooks are posted (tests point it at a stand-in), the
    // first retry's delay after a server or network error (doubled each time, capped at a minute), and
    // attempts per message before it is given up.
    QString discordApiBase = QStringLiteral("https://discord.com");
    int discordRetryBaseMs = 1000;
    int discordMaxAttempts = 5;

    QString effectiveDatabaseUrl() const;
    QString effectiveMailDir() const;
    QString effectivePlansFile() const;
};

// What the command line asked for: run the service, or one administration command.
struct ParsedCommandLine {
    ServerConfig config;
    QStringList command; // empty = serve; e.g. {"migrate"} or {"admin","create-admin"}
    QString email;
    QString tier;
    QString file;
    bool passwordFromStdin = false;
    bool helpRequested = false;
    QString helpText;
};

Result<ParsedCommandLine> parseCommandLine(const QStringList& arguments);

} // namespace dnd::server
