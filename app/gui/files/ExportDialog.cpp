#include "files/ExportDialog.h"

#include "store/LocalStore.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace dnd::gui {

namespace {

// A file name made of what is exported: letters, digits, spaces and dashes only.
QString fileBaseName(const QString& name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w -]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    const QString base = QString(name).replace(unsafe, QStringLiteral(" ")).simplified();
    return base.isEmpty() ? QStringLiteral("dnd-tracker-export") : base;
}

// Writes the file on a worker thread; answers an empty text when it was written, else why not.
void writeFile(QPromise<QString>& promise, const std::shared_ptr<const ImportBatch>& records,
               ExportFormat format, qint64 exportedAtMs, const QString& path, Roll20ExportOptions roll20)
{
    promise.setProgressRange(0, int(records->itemCount()));
    const Result<QByteArray> bytes = StoreExport::write(
        *records, format, exportedAtMs,
        [&promise](qsizetype done, qsizetype) {
            promise.setProgressValue(int(done));
            return !promise.isCanceled();
        },
        roll20);
    if (!bytes) {
        promise.addResult(bytes.errorMessage());
        return;
    }
    // Written beside and renamed, so a failed export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        promise.addResult(
            ExportDialog::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    promise.addResult(QString());
}

} // namespace

ExportDialog::ExportDialog(LocalStore& store, const QList<Choice>& choices, const QString& folder,
                           QWidget* parent)
    : QDialog(parent), m_store(store), m_choices(choices), m_folder(folder)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_what = new QComboBox;
    m_what->setObjectName(QStringLiteral("exportWhat"));
    m_what->setAccessibleName(tr("What to export"));
    for (qsizetype i = 0; i < m_choices.size(); ++i)
        m_what->addItem(m_choices[i].label, int(i));
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("File format"));
    m_format->addItem(tr("D&D Encounter Tracker (.dndtracker)"), int(ExportFormat::Native));
    m_format->addItem(tr("Improved Initiative (.json)"), int(ExportFormat::ImprovedInitiative));
    m_format->addItem(tr("Roll20 turn order (.json)"), int(ExportFormat::Roll20TurnOrder));
    m_includeHidden = new QCheckBox(tr("Include &hidden combatants"));
    m_includeHidden->setObjectName(QStringLiteral("exportIncludeHidden"));
    m_includeHidden->setToolTip(tr("Roll20 shows its turn order to every player."));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File to write"));
    m_path->setMinimumWidth(360);
    auto* browse = new QPushButton(tr("&Browse..."));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setVisible(false);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_copyForRoll20 = m_buttons->addButton(tr("&Copy for Roll20"), QDialogButtonBox::ActionRole);
    m_copyForRoll20->setObjectName(QStringLiteral("exportCopyRoll20"));
    m_copyForRoll20->setToolTip(tr("Copies the chat command of the tracker's Roll20 script, to paste into "
                                   "Roll20's chat."));

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_includeHidden);
    form->addRow(tr("F&ile:"), pathRow);
    form->addRow(m_progress);
    form->addRow(m_message);
    form->addRow(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_what, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestFileName);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::useFormatSuffix);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::showFormatOptions);
    connect(m_copyForRoll20, &QPushButton::clicked, this, &ExportDialog::copyForRoll20);
    connect(m_path, &QLineEdit::returnPressed, this, &ExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportDialog::finish);
    suggestFileName();
    showFormatOptions();
}

ExportDialog::~ExportDialog()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

// The chosen folder and a name from what is exported, with the format's ending; a folder the DM
// browsed to is kept.
void ExportDialog::suggestFileName()
{
    const QString current = m_path->text().trimmed();
    const QString folder = current.isEmpty() ? m_folder : QFileInfo(current).absolutePath();
    const QString name = m_choices.value(m_what->currentData().toInt()).name;
    m_path->setText(
        QDir(folder).filePath(fileBaseName(name) + QLatin1Char('.') + StoreExport::suffix(format())));
}

// A name the DM typed stays; only its ending follows the format.
void ExportDialog::useFormatSuffix()
{
    const QFileInfo current(m_path->text().trimmed());
    if (current.fileName().isEmpty()) {
        suggestFileName();
        return;
    }
    m_path->setText(current.dir().filePath(current.completeBaseName() + QLatin1Char('.') +
                                           StoreExport::suffix(format())));
}

Roll20ExportOptions ExportDialog::roll20Options() const
{
    return {.includeHidden = m_includeHidden->isChecked()};
}

// Hidden combatants and the clipboard only mean something for Roll20's turn order.
void ExportDialog::showFormatOptions()
{
    const bool roll20 = format() == ExportFormat::Roll20TurnOrder;
    m_includeHidden->setVisible(roll20);
    m_copyForRoll20->setVisible(roll20);
}

void ExportDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(true);
}

void ExportDialog::copyForRoll20()
{
    const Result<ImportBatch> collected =
        StoreExport::collect(m_store, m_choices.value(m_what->currentData().toInt()).selection);
    const Result<QJsonArray> entries = collected ? Roll20TurnOrder::write(*collected, roll20Options())
                                                 : Result<QJsonArray>(collected.error());
    if (!entries) {
        showMessage(entries.errorMessage());
        return;
    }
    QGuiApplication::clipboard()->setText(Roll20TurnOrder::chatCommand(*entries));
    showMessage(tr("Copied %n turn order entry(s): paste them into Roll20's chat, where the tracker's script "
                   "sets the turn order.",
                   nullptr, int(entries->size())));
}

void ExportDialog::browse()
{
    const QString filter = format() == ExportFormat::Native ? tr("Tracker exports (*.dndtracker)")
                           : format() == ExportFormat::Roll20TurnOrder
                               ? tr("Roll20 turn orders (*.json)")
                               : tr("Improved Initiative files (*.json)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::start()
{
    if (isRunning())
        return;
    QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        showMessage(tr("Choose the file to write."));
        return;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + StoreExport::suffix(format());
    const Result<ImportBatch> collected =
        StoreExport::collect(m_store, m_choices.value(m_what->currentData().toInt()).selection);
    if (!collected) {
        showMessage(collected.errorMessage());
        return;
    }
    m_recordCount = collected->itemCount();
    for (const Creature& creature : collected->creatures)
        m_recordCount -= creature.isTemplate ? 1 : 0;
    m_target = path;
    auto records = std::make_shared<const ImportBatch>(*collected);
    m_progress->setRange(0, int(records->itemCount()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_message->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(writeFile, records, format(), m_store.clock().nowMs(),
                                          QString(m_target), roll20Options()));
}

void ExportDialog::finish()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_progress->setVisible(false);
    const QString error = m_watcher.future().resultCount() > 0
                              ? m_watcher.result()
                              : tr("The export was cancelled; no file was written.");
    if (!error.isEmpty()) {
        showMessage(error);
        return;
    }
    emit exported(m_target, m_recordCount);
    accept();
}

void ExportDialog::reject()
{
    // Cancel stops a running export (nothing is written), then closes.
    if (isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    QDialog::reject();
}

} // namespace dnd::gui
