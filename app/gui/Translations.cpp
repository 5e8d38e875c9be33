#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dnd::gui {

namespace {
const QString kPrefix = QStringLiteral("dnd-tracker_");
}

QDir Translations::folder()
{
    return QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/translations"));
}

QStringList Translations::available(const QDir& dir)
{
    QStringList codes;
    for (const QString& file : dir.entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name))
        codes << file.mid(kPrefix.size()).section(QLatin1Char('.'), 0, 0);
    return codes;
}

bool Translations::install(const QString& code, const QDir& dir)
{
    if (code.isEmpty() || code == QLatin1String("en"))
        return false;
    // Owned by the application: a translator must live as long as the strings it serves.
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(kPrefix + code, dir.path())) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
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
