#pragma once

#include "model/Creature.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace dnd {

class LocalStore;

// The SRD 5.1 (2014 rules) and SRD 5.2 (2024 rules) creatures shipped inside the application as
// read-only templates: figures and names only, no descriptive text. Installed into the store once
// (and again only when the bundled version changes), with the Bundled origin so they never sync.
class Bestiary {
public:
    // The resource path of the bundled bestiary (JSON, compressed by rcc inside the binary).
    static QString resourcePath();
    // Installs or updates the bundled templates when the store does not hold this version yet.
    // One transaction; a no-op (one settings lookup) when already installed.
    static Status ensureInstalled(LocalStore& store);
    // The version string of the bundled resource, and the one installed in a store ("" = none).
    static QString bundledVersion();
    static QString installedVersion(LocalStore& store);
    // How many bundled templates the store holds.
    static qint64 installedCount(LocalStore& store);
    // Decodes the bundled resource (used by ensureInstalled, tests and the benchmark).
    static Result<QList<Creature>> loadBundled();
    // Decodes a bestiary file written by the converter (same format as the resource).
    static Result<QList<Creature>> decode(const QByteArray& json, QString* version = nullptr);
    // The credit the SRD's CC-BY-4.0 licence asks for; shown in the About box and the README.
    static QString creditText();

    static inline const QString kVersionSetting = QStringLiteral("bestiary.version");
    static inline const QString kSource2014 = QStringLiteral("SRD 5.1");
    static inline const QString kSource2024 = QStringLiteral("SRD 5.2");
};

} // namespace dnd
