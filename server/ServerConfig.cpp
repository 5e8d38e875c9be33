#include "ServerConfig.h"

#include "ServerErrorCodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUrl>

namespace dnd::server {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerConfig", text);
}

struct OptionSpec {
    const char* name;
    const char* env;
    const char* valueName;
    const char* help;
};

// Options and their environment variables, in the order --help lists them.
const OptionSpec kOptions[] = {
    {"listen", "DND_LISTEN", "HOST:PORT", "Address to listen on (default 127.0.0.1:8080)."},
    {"database", "DND_DATABASE_URL", "URL",
     "Database: sqlite:///path/file.sqlite3 or postgresql://user:pass@host:port/db (default: SQLite "
     "file server.sqlite3 in the data directory)."},
    {"data-dir", "DND_DATA_DIR", "DIR", "Data directory (database file, generated JWT secret, mail folder)."},
    {"mail-dir", "DND_MAIL_DIR", "DIR",
     "Folder for outgoing mail as .eml files (used when no SMTP URL is set)."},
    {"smtp-url", "DND_SMTP_URL", "URL",
     "SMTP server: smtp://[user:pass@]host[:587] (STARTTLS required), smtps://host[:465], ?tls=none, "
     "?ca=FILE."},
    {"public-url", "DND_PUBLIC_URL", "URL",
     "Public base URL used for links in mails and Stripe return URLs."},
    {"cors-origin", "DND_CORS_ORIGIN", "ORIGIN", "The browser origin allowed by CORS (default: none)."},
    {"plans", "DND_PLANS_FILE", "FILE", "Plans file: tiers, limits, Stripe price ids (JSON)."},
    {"templates", "DND_TEMPLATES_FILE", "FILE",
     "Creature templates (JSON array) loaded at start when the table is empty."},
    {"scrypt-log-n", "DND_SCRYPT_LOG_N", "K",
     "scrypt cost as a power of two, N=2^K (default 17). Lower it only for tests."},
    {"hash-threads", "DND_HASH_THREADS", "N",
     "Threads for password hashing (default: cores - 1, at least 1)."},
    {"hash-queue", "DND_HASH_QUEUE", "N",
     "Password hashes running or waiting at most; beyond it 503 with Retry-After (default 32)."},
    {"max-connections", "DND_MAX_CONNECTIONS", "N", "Open connection cap (default 512)."},
    {"max-connections-per-address", "DND_MAX_CONNECTIONS_PER_ADDRESS", "N",
     "Open connections per client address (default 32; not applied with DND_TRUST_PROXY=1)."},
    {"health-check-connections", "DND_HEALTH_CHECK_CONNECTIONS", "N",
     "Connections kept beyond the caps for GET /healthz only (default 4)."},
    {"idle-timeout-ms", "DND_IDLE_TIMEOUT_MS", "MS",
     "Close keep-alive connections idle this long (default 60000)."},
    {"request-timeout-ms", "DND_REQUEST_TIMEOUT_MS", "MS",
     "A request must arrive completely within this time (default 15000), else 408."},
    {"rate-limit-user", "DND_RATE_LIMIT_USER", "N", "Requests per minute per signed-in user (default 100)."},
    {"rate-limit-anonymous", "DND_RATE_LIMIT_ANONYMOUS", "N",
     "Requests per minute per anonymous address (default 20)."},
    {"rate-limit-auth-ip", "DND_RATE_LIMIT_AUTH_IP", "N",
     "Login/register/forgot-password attempts per minute per address (default 10)."},
    {"rate-limit-auth-email", "DND_RATE_LIMIT_AUTH_EMAIL", "N",
     "Forgot-password requests per minute per email (default 5)."},
    {"login-failures-per-address", "DND_LOGIN_FAILURES_PER_ADDRESS", "N",
     "Failed sign-ins per minute per address, whatever the email (default 20)."},
    {"login-failures-per-address-email", "DND_LOGIN_FAILURES_PER_ADDRESS_EMAIL", "N",
     "Failed sign-ins per minute per address and email (default 5)."},
    {"ws-auth-timeout-ms", "DND_WS_AUTH_TIMEOUT_MS", "MS", "WebSocket auth message deadline (default 5000)."},
    {"ws-idle-timeout-ms", "DND_WS_IDLE_TIMEOUT_MS", "MS",
     "Close a WebSocket that sends nothing (not even a ping) for this long (default 90000)."},
    {"ws-messages-per-minute", "DND_WS_MESSAGES_PER_MINUTE", "N",
     "Messages one WebSocket may send per minute before it is closed (default 120)."},
    {"ws-per-account", "DND_WS_PER_ACCOUNT", "N",
     "Signed-in WebSockets one account may hold open (default 8)."},
    {"ws-session-check-ms", "DND_WS_SESSION_CHECK_MS", "MS",
     "How often signed-in WebSockets are checked for an expired token or an ended session "
     "(default 10000)."},
    {"cleanup-interval-ms", "DND_CLEANUP_INTERVAL_MS", "MS",
     "How often expired tokens and share codes of deleted encounters are removed (default 3600000; also "
     "at start)."},
    {"list-cache-kib", "DND_LIST_CACHE_KIB", "KIB",
     "Memory for cached list answers in KiB (default 32768; 0 turns the cache off)."},
    {"discord-api-base", "DND_DISCORD_API_BASE", "URL",
     "Where Discord webhooks are posted (default https://discord.com; tests use a local stand-in)."},
    {"discord-retry-ms", "DND_DISCORD_RETRY_MS", "MS",
     "First delay before a Discord post is tried again after a server or network error; doubled each "
     "time, at most a minute (default 1000)."},
    {"discord-max-attempts", "DND_DISCORD_MAX_ATTEMPTS", "N",
     "Attempts per Discord message before it is given up (default 5)."},
};

int intValue(const QString& text, int fallback, bool* ok)
{
    if (text.isEmpty())
        return fallback;
    bool parsed = false;
    const int value = text.toInt(&parsed);
    if (!parsed || value < 0) {
        *ok = false;
        return fallback;
    }
    return value;
}

} // namespace

QString ServerConfig::effectiveDatabaseUrl() const
{
    if (!databaseUrl.isEmpty())
        return databaseUrl;
    return QStringLiteral("sqlite://") + QDir(dataDir).absoluteFilePath(QStringLiteral("server.sqlite3"));
}

QString ServerConfig::effectiveMailDir() const
{
    return mailDir.isEmpty() ? QDir(dataDir).absoluteFilePath(QStringLiteral("mail")) : mailDir;
}

QString ServerConfig::effectivePlansFile() const
{
    if (!plansFile.isEmpty())
        return plansFile;
    // Installed beside the binary's share folder, or next to the sources in a build tree.
    const QStringList candidates{QCoreApplication::applicationDirPath() +
                                     QStringLiteral("/../share/dnd-tracker-server/plans.json"),
                                 QStringLiteral(DND_SERVER_SOURCE_DIR "/plans.json")};
    for (const QString& candidate : candidates) {
        if (QFile::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return candidates.last();
}

Result<ParsedCommandLine> parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("D&D Encounter Tracker companion service.\n\n"
           "Commands:\n"
           "  (none)                 run the service\n"
           "  migrate                apply database migrations and exit\n"
           "  admin create-admin --email E --password-stdin\n"
           "                         create an administrator (password read from standard input)\n"
           "  admin set-tier --email E --tier T\n"
           "                         change a user's tier\n"
           "  admin import-templates --file F\n"
           "                         load creature templates (JSON array of statblocks)\n"
           "  admin reset-sync-epoch\n"
           "                         after restoring or resetting the database: devices pull\n"
           "                         everything and send again what it lacks\n\n"
           "Other environment variables: DND_JWT_SECRET (generated and kept in the data directory "
           "when absent), STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_API_BASE (default "
           "https://api.stripe.com), DND_TRUST_PROXY=1 (take client addresses from X-Forwarded-For)."));
    parser.addHelpOption();
    for (const OptionSpec& spec : kOptions) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(spec.name),
                                            tr(spec.help) + QStringLiteral(" [") +
                                                QString::fromLatin1(spec.env) + QStringLiteral("]"),
                                            QString::fromLatin1(spec.valueName)));
    }
    parser.addOption(QCommandLineOption(QStringLiteral("email"), tr("Email address (admin commands)."),
                                        QStringLiteral("EMAIL")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("tier"), tr("Tier (admin set-tier)."), QStringLiteral("TIER")));
    parser.addOption(QCommandLineOption(QStringLiteral("file"), tr("Input file (admin import-templates)."),
                                        QStringLiteral("FILE")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("password-stdin"), tr("Read the password from standard input.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("no-request-log"), tr("Do not log one line per request.")));
    parser.addPositionalArgument(QStringLiteral("command"), tr("migrate | admin SUBCOMMAND"),
                                 QStringLiteral("[command...]"));

    ParsedCommandLine result;
    if (!parser.parse(arguments))
        return Error::make(errors::kUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        result.helpRequested = true;
        result.helpText = parser.helpText();
        return result;
    }

    auto value = [&](const char* name, const char* env) {
        const QString option = QString::fromLatin1(name);
        if (parser.isSet(option))
            return parser.value(option);
        return qEnvironmentVariable(env);
    };
    bool ok = true;
    ServerConfig& config = result.config;
    const QString listen = value("listen", "DND_LISTEN");
    if (!listen.isEmpty()) {
        const int colon = listen.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const int port = listen.mid(colon + 1).toInt(&portOk);
        QString host = listen.left(colon);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        if (colon <= 0 || !portOk || port < 0 || port > 65535 || QHostAddress(host).isNull())
            return Error::make(
                errors::kUsage,
                tr("--listen needs HOST:PORT with a numeric address, got \"%1\".").arg(listen));
        config.listenAddress = QHostAddress(host);
        config.listenPort = quint16(port);
    }
    config.databaseUrl = value("database", "DND_DATABASE_URL");
    config.dataDir = value("data-dir", "DND_DATA_DIR");
    if (config.dataDir.isEmpty())
        config.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    config.mailDir = value("mail-dir", "DND_MAIL_DIR");
    config.smtpUrl = value("smtp-url", "DND_SMTP_URL");
    const QString publicUrl = value("public-url", "DND_PUBLIC_URL");
    if (!publicUrl.isEmpty())
        config.publicUrl = publicUrl;
    while (config.publicUrl.endsWith(QLatin1Char('/')))
        config.publicUrl.chop(1);
    config.corsOrigin = value("cors-origin", "DND_CORS_ORIGIN");
    config.plansFile = value("plans", "DND_PLANS_FILE");
    config.templatesFile = value("templates", "DND_TEMPLATES_FILE");
    config.jwtSecret = qgetenv("DND_JWT_SECRET");
    config.stripeSecretKey = qEnvironmentVariable("STRIPE_SECRET_KEY");
    config.stripeWebhookSecret = qEnvironmentVariable("STRIPE_WEBHOOK_SECRET");
    const QString stripeBase = qEnvironmentVariable("STRIPE_API_BASE");
    if (!stripeBase.isEmpty())
        config.stripeApiBase = stripeBase;
    while (config.stripeApiBase.endsWith(QLatin1Char('/')))
        config.stripeApiBase.chop(1);
    config.trustProxy = qEnvironmentVariable("DND_TRUST_PROXY") == QStringLiteral("1");
    config.scryptLogN = intValue(value("scrypt-log-n", "DND_SCRYPT_LOG_N"), config.scryptLogN, &ok);
    config.hashThreads = intValue(value("hash-threads", "DND_HASH_THREADS"), config.hashThreads, &ok);
    config.hashQueue = intValue(value("hash-queue", "DND_HASH_QUEUE"), config.hashQueue, &ok);
    config.maxConnections =
        intValue(value("max-connections", "DND_MAX_CONNECTIONS"), config.maxConnections, &ok);
    config.maxConnectionsPerAddress =
        intValue(value("max-connections-per-address", "DND_MAX_CONNECTIONS_PER_ADDRESS"),
                 config.maxConnectionsPerAddress, &ok);
    config.healthCheckConnections =
        intValue(value("health-check-connections", "DND_HEALTH_CHECK_CONNECTIONS"),
                 config.healthCheckConnections, &ok);
    config.wsPerAccount = intValue(value("ws-per-account", "DND_WS_PER_ACCOUNT"), config.wsPerAccount, &ok);
    config.idleTimeoutMs =
        intValue(value("idle-timeout-ms", "DND_IDLE_TIMEOUT_MS"), config.idleTimeoutMs, &ok);
    config.requestTimeoutMs =
        intValue(value("request-timeout-ms", "DND_REQUEST_TIMEOUT_MS"), config.requestTimeoutMs, &ok);
    config.rateLimitUser =
        intValue(value("rate-limit-user", "DND_RATE_LIMIT_USER"), config.rateLimitUser, &ok);
    config.rateLimitAnonymous =
        intValue(value("rate-limit-anonymous", "DND_RATE_LIMIT_ANONYMOUS"), config.rateLimitAnonymous, &ok);
    config.rateLimitAuthPerIp =
        intValue(value("rate-limit-auth-ip", "DND_RATE_LIMIT_AUTH_IP"), config.rateLimitAuthPerIp, &ok);
    config.rateLimitAuthPerEmail = intValue(value("rate-limit-auth-email", "DND_RATE_LIMIT_AUTH_EMAIL"),
                                            config.rateLimitAuthPerEmail, &ok);
    config.loginFailuresPerAddress =
        intValue(value("login-failures-per-address", "DND_LOGIN_FAILURES_PER_ADDRESS"),
                 config.loginFailuresPerAddress, &ok);
    config.loginFailuresPerAddressEmail =
        intValue(value("login-failures-per-address-email", "DND_LOGIN_FAILURES_PER_ADDRESS_EMAIL"),
                 config.loginFailuresPerAddressEmail, &ok);
    config.wsAuthTimeoutMs =
        intValue(value("ws-auth-timeout-ms", "DND_WS_AUTH_TIMEOUT_MS"), config.wsAuthTimeoutMs, &ok);
    config.wsIdleTimeoutMs =
        intValue(value("ws-idle-timeout-ms", "DND_WS_IDLE_TIMEOUT_MS"), config.wsIdleTimeoutMs, &ok);
    config.wsMessagesPerMinute = intValue(value("ws-messages-per-minute", "DND_WS_MESSAGES_PER_MINUTE"),
                                          config.wsMessagesPerMinute, &ok);
    config.wsSessionCheckMs =
        intValue(value("ws-session-check-ms", "DND_WS_SESSION_CHECK_MS"), config.wsSessionCheckMs, &ok);
    config.listCacheKib = intValue(value("list-cache-kib", "DND_LIST_CACHE_KIB"), config.listCacheKib, &ok);
    config.cleanupIntervalMs =
        intValue(value("cleanup-interval-ms", "DND_CLEANUP_INTERVAL_MS"), config.cleanupIntervalMs, &ok);
    const QString discordBase = value("discord-api-base", "DND_DISCORD_API_BASE");
    if (!discordBase.isEmpty())
        config.discordApiBase = discordBase;
    while (config.discordApiBase.endsWith(QLatin1Char('/')))
        config.discordApiBase.chop(1);
    config.discordRetryBaseMs =
        intValue(value("discord-retry-ms", "DND_DISCORD_RETRY_MS"), config.discordRetryBaseMs, &ok);
    config.discordMaxAttempts =
        intValue(value("discord-max-attempts", "DND_DISCORD_MAX_ATTEMPTS"), config.discordMaxAttempts, &ok);
    config.logRequests = !parser.isSet(QStringLiteral("no-request-log"));
    if (!ok)
        return Error::make(errors::kUsage,
                           tr("A numeric option has a value that is not a non-negative number."));
    if (config.scryptLogN < 10 || config.scryptLogN > 22)
        return Error::make(errors::kUsage, tr("--scrypt-log-n must be between 10 and 22."));
    if (config.hashQueue < 1 || config.wsPerAccount < 1)
        return Error::make(errors::kUsage, tr("--hash-queue and --ws-per-account must be at least 1."));
    if (config.maxConnections < 1)
        return Error::make(errors::kUsage, tr("--max-connections must be at least 1."));
    if (config.cleanupIntervalMs < 1)
        return Error::make(errors::kUsage, tr("--cleanup-interval-ms must be at least 1."));
    if (config.discordMaxAttempts < 1 || config.discordRetryBaseMs < 1)
        return Error::make(errors::kUsage,
                           tr("--discord-max-attempts and --discord-retry-ms must be at least 1."));
    if (const QUrl base(config.discordApiBase);
        !base.isValid() ||
        (base.scheme() != QStringLiteral("https") && base.scheme() != QStringLiteral("http")))
        return Error::make(errors::kUsage, tr("--discord-api-base must be an http(s) URL."));

    result.command = parser.positionalArguments();
    result.email = parser.value(QStringLiteral("email"));
    result.tier = parser.value(QStringLiteral("tier"));
    result.file = parser.value(QStringLiteral("file"));
    result.passwordFromStdin = parser.isSet(QStringLiteral("password-stdin"));
    return result;
}

} // namespace dnd::server
