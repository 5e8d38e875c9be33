#pragma once

#include <QString>
#include <optional>

namespace dnd::test {

// Real filesystem conditions (a full disk, a read-only file or folder) for tests, without touching the
// machine: the test process enters a mount namespace of its own, where it may mount a small tmpfs that
// nothing outside sees. Unprivileged, that needs a user namespace too, which the kernel grants only to a
// process with a single thread: enterPrivateMountNamespace() runs from a static initialiser of the
// test, before Qt starts any thread. Where the kernel or a container forbids it, the tests that
// need it skip and say why.

// Enters the namespaces; an empty string on success, else why not.
QString enterPrivateMountNamespace();

// A tmpfs of `bytes` mounted at an existing folder for the object's lifetime.
class TmpfsMount {
public:
    TmpfsMount(const QString& folder, qint64 bytes);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

    bool isMounted() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QString m_folder;
    QString m_error;
};

// `path` (a file or a folder) bound over itself read-only for the object's lifetime: every write
// to it fails with EROFS, whatever the permissions and the user (root included).
class ReadOnlyBindMount {
public:
    explicit ReadOnlyBindMount(const QString& path);
    ~ReadOnlyBindMount();
    ReadOnlyBindMount(const ReadOnlyBindMount&) = delete;
    ReadOnlyBindMount& operator=(const ReadOnlyBindMount&) = delete;

    bool isMounted() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QString m_path;
    QString m_error;
    bool m_bound = false;
};

// Whether this process could change `path` (a file: open it for writing; a folder: create a file
// in it).
bool canWrite(const QString& path);

// The data file `file`, and the folder `folder` unless it is empty, made read-only for the object's
// lifetime: permissions first, then read-only bind mounts where permissions do not stop this
// process (root, or root of the test's user namespace), which needs enterPrivateMountNamespace()
// to have succeeded (`noPrivateMounts` is what it returned).
class ReadOnlyData {
public:
    ReadOnlyData(const QString& file, const QString& folder, const QString& noPrivateMounts);
    ~ReadOnlyData() { makeWritable(); }
    ReadOnlyData(const ReadOnlyData&) = delete;
    ReadOnlyData& operator=(const ReadOnlyData&) = delete;

    // Why the data could not be made read-only here; empty when it is.
    QString skipReason() const { return m_skipReason; }
    bool isReadOnly() const;
    void makeWritable();

private:
    QString m_file;
    QString m_folder;
    QString m_skipReason;
    std::optional<ReadOnlyBindMount> m_mount;
};

// QSKIP returns from the test function, so the check is a macro rather than a helper.
#define SKIP_UNLESS_READ_ONLY(readOnly)                                                                      \
    do {                                                                                                     \
        if (!(readOnly).skipReason().isEmpty())                                                              \
            QSKIP(qPrintable(                                                                                \
                QStringLiteral("cannot make the data read-only here: %1").arg((readOnly).skipReason())));    \
    } while (false)

} // namespace dnd::test
