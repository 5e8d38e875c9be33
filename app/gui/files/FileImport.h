#pragma once

#include "interop/Importer.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace dnd {
class LocalStore;
}

namespace dnd::gui {

class UndoHistory;

// Imports a file into the store from the desktop application. Reading and parsing a file (up to
// 32 MB of JSON) runs on a worker thread so the window keeps answering; the changes are then
// planned and committed on the UI thread as ONE undoable step, all or nothing.
class FileImport : public QObject {
    Q_OBJECT
public:
    FileImport(LocalStore& store, UndoHistory& history, QObject* parent = nullptr);

    // Starts importing `path`; `finished` follows. Refused (returns false) while one is running.
    bool start(const QString& path);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    // `report` is what landed; on failure `error` says why and nothing was changed.
    void finished(const QString& path, const dnd::ImportReport& report, const QString& error);

private:
    void commitParsed();

    LocalStore& m_store;
    UndoHistory& m_history;
    QString m_path;
    QFutureWatcher<std::shared_ptr<Result<ParsedImport>>> m_watcher;
};

} // namespace dnd::gui
