#include "PrivateMounts.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace dnd::test {

namespace {

QString systemError(const char* what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

bool writeProcFile(const char* path, const QByteArray& text)
{
    QFile file{QString::fromLatin1(path)};
    return file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && file.write(text) == text.size();
}

} // namespace

QString enterPrivateMountNamespace()
{
    // Privileged (root with CAP_SYS_ADMIN): a mount namespace alone. Otherwise a user namespace
    // in which this process is root, mapped to the real user.
    if (unshare(CLONE_NEWNS) != 0) {
        const uid_t uid = getuid();
        const gid_t gid = getgid();
        if (unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
            return systemError("unshare(CLONE_NEWUSER | CLONE_NEWNS)");
        if (!writeProcFile("/proc/self/setgroups", "deny") ||
            !writeProcFile("/proc/self/uid_map", QByteArray("0 ") + QByteArray::number(uid) + " 1") ||
            !writeProcFile("/proc/self/gid_map", QByteArray("0 ") + QByteArray::number(gid) + " 1"))
            return QStringLiteral("the user namespace's id maps could not be written");
    }
    // Mounts made here must not reach the machine's own tree through shared propagation.
    if (mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return systemError("making / private");
    return {};
}

TmpfsMount::TmpfsMount(const QString& folder, qint64 bytes) : m_folder(folder)
{
    const QByteArray options = "size=" + QByteArray::number(bytes);
    if (mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
              options.constData()) != 0)
        m_error = systemError("mount -t tmpfs");
}

TmpfsMount::~TmpfsMount()
{
    if (isMounted())
        umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
}

ReadOnlyBindMount::ReadOnlyBindMount(const QString& path) : m_path(path)
{
    const QByteArray target = QFile::encodeName(path);
    if (mount(target.constData(), target.constData(), nullptr, MS_BIND, nullptr) != 0) {
        m_error = systemError("mount --bind");
        return;
    }
    m_bound = true;
    // A bind mount takes the read-only flag only when remounted.
    if (mount(nullptr, target.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) != 0)
        m_error = systemError("mount -o remount,bind,ro");
}

ReadOnlyBindMount::~ReadOnlyBindMount()
{
    if (m_bound)
        umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
}

} // namespace dnd::test
