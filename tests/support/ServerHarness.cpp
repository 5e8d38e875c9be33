#include "ServerHarness.h"

#include "StripeStandIn.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <csignal>

namespace dnd::test {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

namespace {

// A fresh database on the test cluster for each server, so runs never see each other's rows.
QString createPostgresDatabase(const QString& clusterUrl)
{
    const QUrl url(clusterUrl);
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString connection = QStringLiteral("harness-") + name;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qFatal("cannot reach the PostgreSQL test cluster: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("cannot create a test database: %s", qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    QUrl result(url);
    result.setPath(QLatin1Char('/') + name);
    return result.toString();
}
} // namespace

QString ServerProcess::binary()
{
    return QStringLiteral(DND_SERVER_PATH);
}

ServerProcess::ServerProcess(QStringList extraArguments, QHash<QString, QString> environment)
    : m_extra(std::move(extraArguments)), m_environment(std::move(environment))
{
    const QString cluster = qEnvironmentVariable("DND_TEST_DATABASE_URL");
    m_databaseUrl = cluster.isEmpty()
                        ? QStringLiteral("sqlite://") + m_dir.path() + QStringLiteral("/server.sqlite3")
                        : createPostgresDatabase(cluster);
}

ServerProcess::~ServerProcess()
{
    stop();
}

QProcessEnvironment ServerProcess::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DND_JWT_SECRET"), QString::fromLatin1(kJwtSecret));
    env.insert(QStringLiteral("STRIPE_WEBHOOK_SECRET"), QString::fromLatin1(kWebhookSecret));
    env.insert(QStringLiteral("DND_DATABASE_URL"), m_databaseUrl);
    env.insert(QStringLiteral("DND_DATA_DIR"), m_dir.path());
    env.insert(QStringLiteral("DND_PLANS_FILE"), QStringLiteral(DND_SOURCE_DIR "/server/plans.json"));
    env.remove(QStringLiteral("STRIPE_SECRET_KEY"));
    for (auto it = m_environment.constBegin(); it != m_environment.constEnd(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

bool ServerProcess::start()
{
    m_port = freePort();
    return launch();
}

bool ServerProcess::startOnSamePort()
{
    return m_port != 0 ? launch() : start();
}

bool ServerProcess::launch()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment());
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)};
    arguments << m_extra;
    m_process->start(binary(), arguments);
    if (!m_process->waitForStarted(5000))
        return false;
    HttpClient client(baseUrl());
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        if (m_process->state() != QProcess::Running)
            break;
        if (client.get(QStringLiteral("/healthz")).status == 200)
            return true;
        QThread::msleep(50);
    }
    // The service logs why on stdout (a start_failed event); stderr has command-line errors.
    m_process->waitForFinished(1000);
    m_output += m_process->readAllStandardOutput();
    m_errors += m_process->readAllStandardError();
    qWarning("server did not start: %s%s", m_output.constData(), m_errors.constData());
    return false;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 ServerProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(15000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_output += m_process->readAllStandardOutput();
    m_errors += m_process->readAllStandardError();
    m_process.reset();
}

int ServerProcess::terminate(int timeoutMs)
{
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(timeoutMs))
        return -1;
    m_output += m_process->readAllStandardOutput();
    m_errors += m_process->readAllStandardError();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QString ServerProcess::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

namespace {

// Runs a PostgreSQL client tool to its end; false, with its output as a warning, when it failed.
bool runPostgresTool(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool, arguments);
    const bool finished = process.waitForFinished(120000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    qWarning("%s failed: %s %s", qPrintable(tool), qPrintable(process.errorString()),
             process.readAll().constData());
    return false;
}

} // namespace

bool ServerProcess::backUpDatabase(const QString& file)
{
    if (!m_databaseUrl.startsWith(QLatin1String("postgresql:")))
        return copyDatabaseFile(m_dir.path() + QStringLiteral("/server.sqlite3"), file);
    return runPostgresTool(QStringLiteral("pg_dump"),
                           {QStringLiteral("--format=custom"), QStringLiteral("--file=") + file,
                            QStringLiteral("--dbname=") + m_databaseUrl});
}

bool ServerProcess::restoreDatabase(const QString& file)
{
    if (!m_databaseUrl.startsWith(QLatin1String("postgresql:")))
        return copyDatabaseFile(file, m_dir.path() + QStringLiteral("/server.sqlite3"));
    // --clean drops what the database holds now before the backup's tables come back.
    return runPostgresTool(QStringLiteral("pg_restore"),
                           {QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                            QStringLiteral("--single-transaction"),
                            QStringLiteral("--dbname=") + m_databaseUrl, file});
}

int ServerProcess::runCommand(const QStringList& arguments, const QByteArray& input, QByteArray* out)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(binary(), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (out)
        *out = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResponse::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

HttpResponse HttpClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                              const QString& token, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    static QNetworkAccessManager* network = new QNetworkAccessManager(qApp);
    QNetworkRequest request(QUrl(m_base + path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(30000);
    QNetworkReply* reply = network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return response;
}

HttpResponse HttpClient::post(const QString& path, const QJsonObject& body, const QString& token)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpResponse HttpClient::put(const QString& path, const QJsonObject& body, const QString& token)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpResponse HttpClient::del(const QString& path, const QString& token, const QJsonObject& body)
{
    return send("DELETE", path,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QByteArray rawExchange(quint16 port, const QByteArray& request, int waitMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    socket.waitForBytesWritten(5000);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitMs && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(100))
            answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

int rawStatus(const QByteArray& response)
{
    if (!response.startsWith("HTTP/1."))
        return 0;
    return response.mid(9, 3).toInt();
}

int rawStatusOnceLimited(quint16 port, const QByteArray& request, int expected, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    do {
        status = rawStatus(rawExchange(port, request, 500));
    } while (status != expected && timer.elapsed() < timeoutMs);
    return status;
}

QByteArray newestMail(const QString& folder)
{
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return {};
    QFile file(files.last().absoluteFilePath());
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QString tokenFromMail(const QByteArray& mail)
{
    static const QRegularExpression pattern(QStringLiteral("token[=:] ?([A-Za-z0-9_-]{20,})"));
    return pattern.match(QString::fromUtf8(mail)).captured(1);
}

int mailCount(const QString& folder)
{
    return int(QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
}

QByteArray runNode(const QString& script, const QStringList& arguments, int* exitCode)
{
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(DND_SOURCE_DIR "/tests/server/node"));
    process.start(QStringLiteral("node"), QStringList{script} + arguments);
    process.waitForFinished(30000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (*exitCode != 0)
        qWarning("node %s: %s", qPrintable(script), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

bool RunningService::start()
{
    server = std::make_unique<ServerProcess>(fastServiceArguments());
    if (!server->start())
        return false;
    http = std::make_unique<HttpClient>(server->baseUrl());
    return true;
}

QStringList fastServiceArguments()
{
    return {QStringLiteral("--scrypt-log-n"), QStringLiteral("10"), QStringLiteral("--rate-limit-user"),
            QStringLiteral("100000"), QStringLiteral("--rate-limit-anonymous"), QStringLiteral("100000"),
            QStringLiteral("--rate-limit-auth-ip"), QStringLiteral("100000"),
            QStringLiteral("--rate-limit-auth-email"), QStringLiteral("100000"),
            // Every test client comes from 127.0.0.1: a suite's sockets are not one attacker.
            QStringLiteral("--max-connections-per-address"), QStringLiteral("100000")};
}

TestAccount registerTestAccount(ServerProcess& server, HttpClient& http, const QString& tier)
{
    static int counter = 0;
    TestAccount account;
    const QString name =
        QStringLiteral("user%1x%2").arg(++counter).arg(QDateTime::currentMSecsSinceEpoch() % 100000);
    account.email = name + QStringLiteral("@example.com");
    const HttpResponse response = http.post(
        QStringLiteral("/api/v1/auth/register"),
        {{"email", account.email}, {"username", name}, {"password", QString::fromLatin1(kTestPassword)}});
    if (response.status != 201)
        qWarning("register failed: %d %s", response.status, response.body.constData());
    account.id = response.data().value("user").toObject().value("id").toString();
    account.accessToken = response.data().value("accessToken").toString();
    account.refreshToken = response.data().value("refreshToken").toString();
    if (tier != QStringLiteral("free") &&
        server.runCommand({"admin", "set-tier", "--email", account.email, "--tier", tier}) != 0)
        qWarning("set-tier %s failed", qPrintable(tier));
    return account;
}

TestAccount createTestAdmin(ServerProcess& server, HttpClient& http, const QString& email)
{
    static int counter = 0;
    TestAccount admin;
    admin.email = !email.isEmpty() ? email
                                   : QStringLiteral("admin%1x%2@example.com")
                                         .arg(++counter)
                                         .arg(QDateTime::currentMSecsSinceEpoch() % 100000);
    QByteArray out;
    if (server.runCommand(
            {"admin", "create-admin", "--email", admin.email, "--password-stdin", "--scrypt-log-n", "10"},
            QByteArray(kTestPassword) + "\n", &out) != 0)
        qWarning("create-admin failed: %s", out.constData());
    const HttpResponse login =
        http.post(QStringLiteral("/api/v1/auth/login"),
                  {{"email", admin.email}, {"password", QString::fromLatin1(kTestPassword)}});
    if (login.status != 200)
        qWarning("admin sign-in failed: %d %s", login.status, login.body.constData());
    admin.id = login.data().value("user").toObject().value("id").toString();
    admin.accessToken = login.data().value("accessToken").toString();
    admin.refreshToken = login.data().value("refreshToken").toString();
    return admin;
}

HttpResponse deliverStripeEvent(HttpClient& http, const QJsonObject& event)
{
    const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    return http.send("POST", QStringLiteral("/api/v1/webhooks/stripe"), body, {},
                     {{"Content-Type", "application/json"},
                      {"Stripe-Signature", stripeSignature(body, ServerProcess::kWebhookSecret)}});
}

int usedOfPlan(HttpClient& http, const QString& accessToken, const QString& resource)
{
    return http.get(QStringLiteral("/api/v1/users/me/usage"), accessToken)
        .data()
        .value(QStringLiteral("usage"))
        .toObject()
        .value(resource)
        .toObject()
        .value(QStringLiteral("used"))
        .toInt(-1);
}

bool confirmTestAccountEmail(ServerProcess& server, HttpClient& http, const TestAccount& account)
{
    // The newest mail addressed to the account carries its latest verification token.
    const QFileInfoList files =
        QDir(server.mailDir())
            .entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo& info : files) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray mail = file.readAll();
        if (!mail.contains("To: " + account.email.toUtf8()) || !mail.contains("/verify-email?token="))
            continue;
        return http.get(QStringLiteral("/api/v1/auth/verify-email?token=") + tokenFromMail(mail)).status ==
               200;
    }
    return false;
}

} // namespace dnd::test
