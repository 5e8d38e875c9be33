#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <memory>

namespace dnd::test {

// The real dnd-tracker-server on a free loopback port with a temporary data directory. Uses the
// database named by DND_TEST_DATABASE_URL (a PostgreSQL server: a fresh database per start) or
// an SQLite file in the data directory.
class ServerProcess {
public:
    explicit ServerProcess(QStringList extraArguments = {}, QHash<QString, QString> environment = {});
    ~ServerProcess();

    bool start();
    // Starts again where it listened before (after stop or terminate): clients that reconnect by
    // themselves find it there.
    bool startOnSamePort();
    void stop();
    // Sends SIGTERM and waits for the exit code.
    int terminate(int timeoutMs = 15000);
    bool isRunning() const;
    // The running service's process id (0 when none), for tests that kill it themselves.
    qint64 processId() const;

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QString dataDir() const { return m_dir.path(); }
    QString mailDir() const { return m_dir.path() + QStringLiteral("/mail"); }
    QString databaseUrl() const { return m_databaseUrl; }
    QByteArray output() const { return m_output; }
    QByteArray errors() const { return m_errors; }
    // Copies the stopped service's database to `file` and back, as an operator's backup and its
    // restore do: the SQLite file (with its log files), or pg_dump and pg_restore --clean on
    // PostgreSQL. False (with a warning naming the tool's output) when it failed.
    bool backUpDatabase(const QString& file);
    bool restoreDatabase(const QString& file);
    // Runs the same binary with an administration command against the same database.
    int runCommand(const QStringList& arguments, const QByteArray& input = {}, QByteArray* out = nullptr);

    static QString binary();
    static constexpr const char* kJwtSecret = "test-secret-0123456789abcdef0123456789abcdef";
    static constexpr const char* kWebhookSecret = "whsec_test_secret_for_the_suite";

private:
    QProcessEnvironment environment() const;
    bool launch();

    QTemporaryDir m_dir;
    QStringList m_extra;
    QHash<QString, QString> m_environment;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_databaseUrl;
    QByteArray m_output;
    QByteArray m_errors;
};

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const;
    QJsonObject data() const { return json().value(QStringLiteral("data")).toObject(); }
    // The items of a list answer (data.items).
    QJsonArray items() const { return data().value(QStringLiteral("items")).toArray(); }
    QString errorCode() const;
};

// A blocking HTTP client for tests (Qt Network underneath).
class HttpClient {
public:
    explicit HttpClient(QString baseUrl) : m_base(std::move(baseUrl)) {}
    HttpResponse send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                      const QString& token = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpResponse get(const QString& path, const QString& token = {}) { return send("GET", path, {}, token); }
    HttpResponse post(const QString& path, const QJsonObject& body, const QString& token = {});
    HttpResponse put(const QString& path, const QJsonObject& body, const QString& token = {});
    HttpResponse del(const QString& path, const QString& token = {}, const QJsonObject& body = {});

private:
    QString m_base;
};

// Arguments that make a test service cheap to sign up on (light password hashing) and keep it
// from rate limiting a suite's burst of requests or capping its many loopback connections.
QStringList fastServiceArguments();

// A fast test service on loopback and a client for it: what a test class starts in initTestCase.
struct RunningService {
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<HttpClient> http;
    // Starts the service with fastServiceArguments(); false when it did not start (its output is
    // in server->output() and server->errors()).
    bool start();
};

inline constexpr const char* kTestPassword = "Correct-Horse-42";

// An account registered for a test.
struct TestAccount {
    QString id;
    QString email;
    QString accessToken;
    QString refreshToken;
};
// Registers a new account (a unique email, kTestPassword) on `server` and, unless `tier` is
// "free", moves it to `tier` with the administration command.
TestAccount registerTestAccount(ServerProcess& server, HttpClient& http,
                                const QString& tier = QStringLiteral("free"));

// Creates a verified administrator with kTestPassword through `admin create-admin` (as the
// operator does) and signs it in; a unique address when `email` is empty. Empty tokens (and a
// warning) when either step failed.
TestAccount createTestAdmin(ServerProcess& server, HttpClient& http, const QString& email = QString());

// Confirms the account's email address with the token of its newest verification mail, as the
// mailed link does; false when there is no such mail or the service refused.
bool confirmTestAccountEmail(ServerProcess& server, HttpClient& http, const TestAccount& account);

// Posts a Stripe `event` to the service's webhook, signed now with the suite's webhook secret as
// Stripe signs it.
HttpResponse deliverStripeEvent(HttpClient& http, const QJsonObject& event);

// How much of a plan's resource ("combatLogEntries", "devices" ...) the account uses, as the
// usage endpoint says; -1 when it does not answer it.
int usedOfPlan(HttpClient& http, const QString& accessToken, const QString& resource);

// A loopback port nothing listens on right now.
quint16 freePort();

// Writes raw bytes to the server and reads what comes back until it closes or the time is up.
QByteArray rawExchange(quint16 port, const QByteArray& request, int waitMs = 5000);
// Status code of the first response line in raw HTTP bytes.
int rawStatus(const QByteArray& response);
// Sends `request` on a new connection each time until the answer's status is `expected` or
// `timeoutMs` have passed; the last status. For a connection limit: the connections a test opened
// just before are in the kernel's queue until the service takes them, so the first requests may
// still be served.
int rawStatusOnceLimited(quint16 port, const QByteArray& request, int expected, int timeoutMs = 5000);

// The newest .eml file in a folder, or an empty array.
QByteArray newestMail(const QString& folder);
int mailCount(const QString& folder);
// The token of a mail the service wrote (verification or reset): the link's ?token= or the
// "Reset token:" line; empty when there is none.
QString tokenFromMail(const QByteArray& mail);

// Runs `node script args...` in tests/server/node; answers stdout, and the exit code in *exitCode.
QByteArray runNode(const QString& script, const QStringList& arguments, int* exitCode);

} // namespace dnd::test
