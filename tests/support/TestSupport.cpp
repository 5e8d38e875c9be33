#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

namespace dnd::test {

TemporaryStore::TemporaryStore()
{
    reopen();
}

QString TemporaryStore::path() const
{
    return dir.filePath(QStringLiteral("tracker.sqlite3"));
}

void TemporaryStore::reopen()
{
    store.reset();
    Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(path(), clock);
    if (!opened)
        qFatal("could not open the test store: %s", qPrintable(opened.errorMessage()));
    store = std::move(opened).value();
}

QString srdDataDir()
{
    return sourcePath(QStringLiteral("resources/srd"));
}

QString sourcePath(const QString& relative)
{
    return QDir(QStringLiteral(DND_SOURCE_DIR)).filePath(relative);
}

QString cliPath()
{
    return QStringLiteral(DND_CLI_PATH);
}

QString fixturePath(const QString& name)
{
    return QDir(QStringLiteral(DND_TEST_FIXTURES)).filePath(name);
}

namespace {
ProcessResult runProcess(QProcess& process, const QStringList& arguments, const QByteArray& standardInput)
{
    process.start(cliPath(), arguments);
    if (!process.waitForStarted())
        return {};
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}
} // namespace

ProcessResult runCli(const QStringList& arguments, const QByteArray& standardInput)
{
    QProcess process;
    return runProcess(process, arguments, standardInput);
}

ProcessResult runCli(const QStringList& arguments, const QStringList& environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : environment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        env.insert(entry.left(equals), entry.mid(equals + 1));
    }
    process.setProcessEnvironment(env);
    return runProcess(process, arguments, {});
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool overwriteBytes(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    return file.write(bytes) == bytes.size() && file.flush();
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QByteArray firstDifference(const QByteArray& expected, const QByteArray& actual)
{
    qsizetype at = 0;
    while (at < expected.size() && at < actual.size() && expected[at] == actual[at])
        ++at;
    if (at == expected.size() && at == actual.size())
        return QByteArrayLiteral("no difference");
    const qsizetype from = std::max<qsizetype>(0, at - 60);
    return "first difference at byte " + QByteArray::number(at) + "\n   expected: ..." +
           expected.mid(from, 200) + "\n   actual:   ..." + actual.mid(from, 200);
}

bool copyDatabaseFile(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (!suffix.isEmpty() && QFileInfo::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return QFile::copy(from, to);
}

QByteArray noiseBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = seed;
    for (char& byte : bytes) {
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    return bytes;
}

} // namespace dnd::test
