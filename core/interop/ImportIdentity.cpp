#include "interop/ImportIdentity.h"

#include <QUuid>

namespace dnd {

QString ImportIdentity::derivedId(const QString& key)
{
    static const QUuid kNamespace(QStringLiteral("{0d8f2c61-7a3e-4f49-b1c5-93e2a6d4f7b8}"));
    return QUuid::createUuidV5(kNamespace, key).toString(QUuid::WithoutBraces);
}

} // namespace dnd
