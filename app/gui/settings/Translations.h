#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

namespace dnd::gui {

// The application's translations: compiled Qt translation files named dnd-tracker_<code>.qm,
// embedded in the program under :/i18n. English is the source language; its file only spells the
// plural forms ("1 character", "2 characters") and is installed whenever English is the language.
class Translations {
public:
    // The folder the application reads its translations from (the embedded resources).
    static QDir folder();
    // Language codes other than English that have a translation in `dir` ("de", "fr" ...), sorted.
    static QStringList available(const QDir& dir = folder());
    // The language to use for a list of preferred languages ("de-AT", "en-GB" ..., the system's
    // first): the first one with a translation in `dir`, else English.
    static QString pick(const QStringList& preferred, const QDir& dir = folder());
    // Installs the translation for `code` (and Qt's own for its dialogs, when present) on the
    // running application, replacing the one installed before, and makes dates and numbers follow
    // that language. An empty code follows the system language. Returns true when a translation
    // was installed, false when the file is missing (the source strings stay).
    static bool install(const QString& code, const QDir& dir = folder());
};

} // namespace dnd::gui
