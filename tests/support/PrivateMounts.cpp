#include "PrivateMounts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

bool canWrite(const QString& path)
{
    if (QFileInfo(path).isDir()) {
        QFile probe(QDir(path).filePath(QStringLiteral("write-probe")));
        const bool created = probe.open(QIODevice::WriteOnly);
        if (created)
            probe.remove();
        return created;
    }
    QFile file(path);
    return file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly);
}

ReadOnlyData::ReadOnlyData(const QString& file, const QString& folder, const QString& noPrivateMounts)
    : m_file(file), m_folder(folder)
{
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!m_folder.isEmpty())
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                            QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    if (isReadOnly())
        return;
    if (!noPrivateMounts.isEmpty()) {
        m_skipReason = QStringLiteral("permissions do not stop this process (user id %1) from writing, "
                                      "and there is no private mount namespace for a read-only bind "
                                      "mount (%2)")
                           .arg(getuid())
                           .arg(noPrivateMounts);
        return;
    }
    // The folder's mount covers the file in it.
    m_mount.emplace(m_folder.isEmpty() ? m_file : m_folder);
    if (!m_mount->isMounted())
        m_skipReason = m_mount->error();
}

bool ReadOnlyData::isReadOnly() const
{
    return !canWrite(m_file) && (m_folder.isEmpty() || !canWrite(m_folder));
}

void ReadOnlyData::makeWritable()
{
    m_mount.reset();
    if (!m_folder.isEmpty())
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace dnd::test
