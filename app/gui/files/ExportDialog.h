#pragma once

#include "interop/StoreExport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace dnd {
class LocalStore;
}

namespace dnd::gui {

// File > Export: what to export (everything, or the party or encounter selected in the window), the
// format (the tracker's own file, Improved Initiative's, or an encounter's Roll20 turn order, which
// may also go to the clipboard as the chat command of the tracker's Roll20 script) and the file. The records
// are read from the store when Export is pressed; the file is written on a worker thread while a progress bar
// shows how far it got, so the window keeps answering on big stores. Not modal.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        QString label;
        ExportSelection selection;
        QString name; // the party's or encounter's name, for the suggested file name
    };

    // `choices` lists what may be exported, the preselected one first; files go to `folder` unless
    // the DM picks another.
    ExportDialog(LocalStore& store, const QList<Choice>& choices, const QString& folder,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    // The file is written; `records` is how many records it holds.
    void exported(const QString& path, qsizetype records);

protected:
    void reject() override;

private:
    void browse();
    void suggestFileName();
    void useFormatSuffix();
    void showFormatOptions();
    void copyForRoll20();
    void showMessage(const QString& text);
    Roll20ExportOptions roll20Options() const;
    void start();
    void finish();
    ExportFormat format() const;

    LocalStore& m_store;
    QList<Choice> m_choices;
    QString m_folder;
    QComboBox* m_what = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_includeHidden = nullptr;
    QPushButton* m_copyForRoll20 = nullptr;
    QLineEdit* m_path = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    qsizetype m_recordCount = 0;
    QString m_target;
    // The worker's answer: empty when the file was written, else why not.
    QFutureWatcher<QString> m_watcher;
};

} // namespace dnd::gui
