#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

namespace dnd::gui {

// The application's translations: compiled Qt translation files named dnd-tracker_<code>.qm in
// the "translations" folder beside the program (a build tree) or in share/dnd-tracker/translations
// of the installation. English is the source language; its file only spells the plural forms
// ("1 character", "2 characters") and is installed whenever English is the language.
class Translations {
public:
    // The folder the application reads translations from: beside the program when that folder
    // exists, else the installation's shared data folder.
    static QDir folder();
    // Language codes other than English that have a translation in `dir` ("de", "fr" ...), sorted.
    static QStringList available(const QDir& dir = folder());
    // Installs the translation for `code` (and Qt's own for its dialogs, when present) on the
    // running application; an empty code means English. Returns true when a translation was
    // installed, false when the file is missing (the source strings stay).
    static bool install(const QString& code, const QDir& dir = folder());
};

} // namespace dnd::gui
