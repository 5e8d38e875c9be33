#pragma once

#include "store/LocalStore.h"
#include "util/Clock.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Fails the test with the error's own message when an operation answering a Status or a Result fails;
// QVERIFY(x.ok()) would only say "false".
#define CHECK_OK(expr)                                                                                       \
    do {                                                                                                     \
        const auto& status_ = (expr);                                                                        \
        QVERIFY2(status_.ok(), qPrintable(status_.errorMessage()));                                          \
    } while (false)

// Fails the test unless the operation fails with the error code `expectedCode`; a failure for
// another reason (or a success) is not the refusal the test is about.
#define CHECK_FAILS(expr, expectedCode)                                                                      \
    do {                                                                                                     \
        const auto& failure_ = (expr);                                                                       \
        QVERIFY2(!failure_.ok(), "succeeded: " #expr);                                                       \
        QCOMPARE(failure_.error().code, QString(expectedCode));                                              \
    } while (false)

namespace dnd::test {

// A store in a fresh temporary folder, with a manual clock, removed when the test ends.
struct TemporaryStore {
    TemporaryStore();
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<LocalStore> store;
    QString path() const;
    // Closes and opens the same file again (what a restart does).
    void reopen();
};

// Folder of the SRD source data files in the repository (resources/srd, read-only).
QString srdDataDir();
QString fixturePath(const QString& name);
// A file of the source tree, by its path from the top of the repository.
QString sourcePath(const QString& relative);
// The dnd-tracker-cli executable of this build.
QString cliPath();

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs dnd-tracker-cli with the given arguments and waits for it.
ProcessResult runCli(const QStringList& arguments, const QByteArray& standardInput = {});
// The same with extra environment variables (NAME=value) on top of the test's own environment.
ProcessResult runCli(const QStringList& arguments, const QStringList& environment);

QByteArray fileBytes(const QString& path);
// Puts a closed SQLite file (with its write-ahead log, if any) in place of another, whose own log
// files are removed: a backup copied back, or a data folder copied to another computer.
bool copyDatabaseFile(const QString& from, const QString& to);
// Overwrites bytes of an existing file in place (for damaging data files on purpose).
bool overwriteBytes(const QString& path, qint64 offset, const QByteArray& bytes);
// The first column of the first row of a query run directly on the connection; invalid when the
// query fails or returns no row.
QVariant scalar(Database& db, const QString& sql);
// Where two long texts (state snapshots, documents) first differ, with some of each from a little
// before that place, for a failure message; QCOMPARE shows only their beginnings.
QByteArray firstDifference(const QByteArray& expected, const QByteArray& actual);
// Reproducible junk bytes (a linear congruential sequence from the seed) to damage files with.
QByteArray noiseBytes(qsizetype size, quint32 seed);

} // namespace dnd::test
