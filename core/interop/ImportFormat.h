#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace dnd {

// The file formats the importers read. Auto detects the format from the file's shape.
enum class ImportFormat { Auto, Native, FiveEDatabase, Open5e, ImprovedInitiative, DdbCharacter };

// "auto", "native", "5e-database", "open5e", "improved-initiative", "ddb"
QString importFormatKey(ImportFormat format);
std::optional<ImportFormat> importFormatFromKey(const QString& key);
QStringList importFormatKeys();

} // namespace dnd
