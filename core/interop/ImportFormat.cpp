#include "interop/ImportFormat.h"

#include <array>

namespace dnd {

namespace {
struct FormatName {
    ImportFormat format;
    const char* key;
};
constexpr std::array kFormats{FormatName{ImportFormat::Auto, "auto"},
                              FormatName{ImportFormat::Native, "native"},
                              FormatName{ImportFormat::FiveEDatabase, "5e-database"},
                              FormatName{ImportFormat::Open5e, "open5e"},
                              FormatName{ImportFormat::ImprovedInitiative, "improved-initiative"},
                              FormatName{ImportFormat::DdbCharacter, "ddb"}};
} // namespace

QString importFormatKey(ImportFormat format)
{
    for (const FormatName& name : kFormats) {
        if (name.format == format)
            return QLatin1String(name.key);
    }
    return {};
}

std::optional<ImportFormat> importFormatFromKey(const QString& key)
{
    for (const FormatName& name : kFormats) {
        if (key == QLatin1String(name.key))
            return name.format;
    }
    return std::nullopt;
}

QStringList importFormatKeys()
{
    QStringList keys;
    for (const FormatName& name : kFormats)
        keys << QLatin1String(name.key);
    return keys;
}

} // namespace dnd
