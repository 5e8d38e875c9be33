#include "settings/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace dnd::gui {

namespace {
const QString kPrefix = QStringLiteral("dnd-tracker_");
const QString kEnglish = QStringLiteral("en");

// The translators installed last, removed when another language is installed.
QList<QPointer<QTranslator>>& installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalledTranslators()
{
    for (const QPointer<QTranslator>& translator : installedTranslators()) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();
}

// Qt's own strings (standard dialogs, message box buttons): from Qt's translations folder, or
// from a "translations" folder beside the program where a Windows or macOS deployment puts them.
void installQtTranslation(const QLocale& locale)
{
    const QStringList folders{QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                              QCoreApplication::applicationDirPath() + QStringLiteral("/translations")};
    auto* qt = new QTranslator(QCoreApplication::instance());
    for (const QString& folder : folders) {
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(qt);
            installedTranslators().append(qt);
            return;
        }
    }
    delete qt;
}
} // namespace

QDir Translations::folder()
{
    return QDir(QStringLiteral(":/i18n"));
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

QString Translations::pick(const QStringList& preferred, const QDir& dir)
{
    const QStringList offered = available(dir);
    for (const QString& language : preferred) {
        const QString code = QLocale(language).name().section(QLatin1Char('_'), 0, 0);
        if (code == kEnglish)
            return kEnglish;
        if (offered.contains(code))
            return code;
    }
    return kEnglish;
}

bool Translations::install(const QString& requested, const QDir& dir)
{
    const bool followSystem = requested.isEmpty();
    const QString code = followSystem ? pick(QLocale::system().uiLanguages(), dir) : requested;
    removeInstalledTranslators();
    // Dates, times and numbers: the system's formats when following the system, else the
    // chosen language's (a German DM on an English system sees 02.12.2026 and 1.234,5).
    QLocale::setDefault(followSystem ? QLocale::system() : QLocale(code));
    // Owned by the application: a translator must live as long as the strings it serves.
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(kPrefix + code, dir.path())) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    installedTranslators().append(own);
    if (code != kEnglish)
        installQtTranslation(QLocale(code));
    return true;
}

} // namespace dnd::gui
