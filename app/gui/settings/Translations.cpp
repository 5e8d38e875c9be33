#include "settings/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dnd::gui {

namespace {
const QString kPrefix = QStringLiteral("dnd-tracker_");
const QString kEnglish = QStringLiteral("en");
} // namespace

QDir Translations::folder()
{
    const QDir beside(QCoreApplication::applicationDirPath() + QStringLiteral("/translations"));
    if (beside.exists())
        return beside;
    return QDir(QCoreApplication::applicationDirPath() +
                QStringLiteral("/../share/dnd-tracker/translations"));
}

QStringList Translations::available(const QDir& dir)
{
    QStringList codes;
    for (const QString& file : dir.entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name)) {
        const QString code = file.mid(kPrefix.size()).section(QLatin1Char('.'), 0, 0);
        if (code != kEnglish)
            codes << code;
    }
    return codes;
}

bool Translations::install(const QString& requested, const QDir& dir)
{
    const QString code = requested.isEmpty() ? kEnglish : requested;
    // Owned by the application: a translator must live as long as the strings it serves.
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(kPrefix + code, dir.path())) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (code == kEnglish)
        return true;
    // Qt's standard dialogs (file chooser, message box buttons) in the same language.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace dnd::gui
