#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

namespace dnd::gui {

// The application's translations: compiled Qt translation files named dnd-tracker_<code>.qm in
// the "translations" folder beside the program. English is the source language and needs none.
class Translations {
public:
    // The folder the application reads translations from.
    static QDir folder();
    // Language codes that have a translation in `dir` ("de", "fr" ...), sorted.
    static QStringList available(const QDir& dir = folder());
    // Installs the translation for `code` (and Qt's own for its dialogs, when present) on the
    // running application. English, an empty code or a missing file leave the source strings:
    // returns false then, true when a translation was installed.
    static bool install(const QString& code, const QDir& dir = folder());
};

} // namespace dnd::gui
