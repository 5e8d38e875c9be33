#include "files/FileImport.h"

#include "UndoHistory.h"
#include "store/LocalStore.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace dnd::gui {

FileImport::FileImport(LocalStore& store, UndoHistory& history, QObject* parent)
    : QObject(parent), m_store(store), m_history(history)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FileImport::commitParsed);
}

bool FileImport::start(const QString& path)
{
    if (isRunning())
        return false;
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run(
        [path] { return std::make_shared<Result<ParsedImport>>(Importer::parseFile(path)); }));
    return true;
}

void FileImport::commitParsed()
{
    const std::shared_ptr<Result<ParsedImport>> parsed = m_watcher.result();
    if (!*parsed) {
        emit finished(m_path, {}, parsed->errorMessage());
        return;
    }
    Result<ImportPlan> plan = Importer::plan(m_store, **parsed);
    if (!plan) {
        emit finished(m_path, {}, plan.errorMessage());
        return;
    }
    if (plan->changes.isEmpty()) {
        emit finished(m_path, plan->report, {});
        return;
    }
    const Status committed =
        m_history.commit(m_store, plan->changes, tr("Import %1").arg(QFileInfo(m_path).fileName()));
    emit finished(m_path, committed ? plan->report : ImportReport(),
                  committed ? QString()
                            : tr("The import could not be saved: %1").arg(committed.errorMessage()));
}

} // namespace dnd::gui
