// dnd-tracker-cli login, sync, status and logout run as the real executable against the real
// service on loopback, as scripts and support use them: two data folders are two devices of one
// account, the sign-in is kept in the suite's keychain (scripts/test.sh), `sync --json` reports
// what a round did and exits non-zero with one line when it could not complete, and `status`
// lists what did not sync with the reason.
#include "ServerHarness.h"
#include "TestSupport.h"
#include "model/Party.h"
#include "store/DataLocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

namespace {

QJsonObject jsonOf(const ProcessResult& result)
{
    return QJsonDocument::fromJson(result.out).object();
}

QString describe(const ProcessResult& result)
{
    return QStringLiteral("exit %1, out: %2, err: %3")
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.out), QString::fromUtf8(result.err));
}

// Adds a party to the store of a data folder, as the window would.
QString addParty(const QString& dataDir, const QString& name)
{
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(DataLocation(dataDir).databasePath());
    if (!store)
        return {};
    Party party;
    party.id = LocalStore::newId();
    party.name = name;
    return store.value()->commit(ChangeSet().put(party)) ? party.id : QString();
}

std::optional<Party> partyIn(const QString& dataDir, const QString& id)
{
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(DataLocation(dataDir).databasePath());
    return store ? store.value()->get<Party>(id) : std::nullopt;
}

} // namespace

class TestCliSync : public QObject {
    Q_OBJECT

private:
    RunningService m_service;

    ProcessResult login(const QString& dataDir, const QString& email, const QByteArray& password)
    {
        return runCli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("login"),
                       QStringLiteral("--server"), m_service.server->baseUrl(), QStringLiteral("--email"),
                       email, QStringLiteral("--password-stdin")},
                      password + '\n');
    }
    static ProcessResult command(const QString& dataDir, const QStringList& arguments)
    {
        return runCli(QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
    }

private slots:
    void initTestCase() { QVERIFY2(m_service.start(), m_service.server->errors().constData()); }
    void cleanupTestCase() { m_service.server->stop(); }

    void twoDataFoldersSyncThroughTheCommandLine()
    {
        const TestAccount account =
            registerTestAccount(*m_service.server, *m_service.http, QStringLiteral("guild"));
        QTemporaryDir laptop, desktop;
        const ProcessResult wrong = login(laptop.path(), account.email, "not-the-password");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(!wrong.err.trimmed().isEmpty(), qPrintable(describe(wrong)));
        for (const QTemporaryDir* dir : {&laptop, &desktop}) {
            const ProcessResult in = login(dir->path(), account.email, kTestPassword);
            QVERIFY2(in.exitCode == 0, qPrintable(describe(in)));
        }
        const QString party = addParty(laptop.path(), QStringLiteral("Made on the laptop"));
        QVERIFY(!party.isEmpty());

        const ProcessResult pushed =
            command(laptop.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(pushed.exitCode == 0, qPrintable(describe(pushed)));
        QCOMPARE(jsonOf(pushed).value("pushed").toInt(), 1);
        QCOMPARE(jsonOf(pushed).value("rejected").toInt(), 0);
        QCOMPARE(jsonOf(pushed).value("pending").toInt(), 0);
        const ProcessResult pulled =
            command(desktop.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(pulled.exitCode == 0, qPrintable(describe(pulled)));
        QVERIFY(jsonOf(pulled).value("pulled").toInt() >= 1);
        QCOMPARE(partyIn(desktop.path(), party)->name, QStringLiteral("Made on the laptop"));

        const ProcessResult status =
            command(desktop.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
        const QJsonObject state = jsonOf(status);
        QCOMPARE(state.value("signedInAs").toString(), account.email);
        QCOMPARE(state.value("server").toString(), m_service.server->baseUrl());
        QCOMPARE(state.value("pending").toInt(), 0);
        QCOMPARE(state.value("notSynced").toArray().size(), 0);
        QVERIFY(!state.value("lastSync").toString().isEmpty());

        const ProcessResult out = command(laptop.path(), {QStringLiteral("logout")});
        QVERIFY2(out.exitCode == 0, qPrintable(describe(out)));
        QVERIFY(jsonOf(command(laptop.path(), {QStringLiteral("status"), QStringLiteral("--json")}))
                    .value("signedInAs")
                    .isNull());
        const ProcessResult refused = command(laptop.path(), {QStringLiteral("sync")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err.trimmed().count('\n'), 0); // one line saying why
        QVERIFY2(refused.err.contains("login"), qPrintable(describe(refused)));
    }

    void whatDidNotSyncIsListedWithTheReason()
    {
        const TestAccount account =
            registerTestAccount(*m_service.server, *m_service.http, QStringLiteral("free")); // one party
        QTemporaryDir folder;
        QCOMPARE(login(folder.path(), account.email, kTestPassword).exitCode, 0);
        addParty(folder.path(), QStringLiteral("Synced"));
        const QString over = addParty(folder.path(), QStringLiteral("Over the limit"));
        const ProcessResult synced =
            command(folder.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, qPrintable(describe(synced)));
        QCOMPARE(jsonOf(synced).value("pushed").toInt(), 2);
        QCOMPARE(jsonOf(synced).value("rejected").toInt(), 1);
        const QJsonArray notSynced =
            jsonOf(command(folder.path(), {QStringLiteral("status"), QStringLiteral("--json")}))
                .value("notSynced")
                .toArray();
        QCOMPARE(notSynced.size(), 1);
        QCOMPARE(notSynced.first().toObject().value("id").toString(), over);
        QCOMPARE(notSynced.first().toObject().value("code").toString(), QStringLiteral("LIMIT_EXCEEDED"));
        // The plain form lists it too, with the reason.
        const ProcessResult text = command(folder.path(), {QStringLiteral("status")});
        QVERIFY2(text.out.contains(over.toUtf8()) && text.out.contains("LIMIT_EXCEEDED"),
                 qPrintable(describe(text)));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "TestCliSync.moc"
