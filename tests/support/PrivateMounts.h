#pragma once

#include <QString>

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

} // namespace dnd::test
