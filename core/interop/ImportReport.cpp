#include "interop/ImportReport.h"

#include <QJsonArray>

namespace dnd {

QJsonObject ImportReport::toJson() const
{
    QJsonArray list;
    for (const ImportIssue& issue : errors)
        list.append(
            QJsonObject{{QStringLiteral("item"), issue.item}, {QStringLiteral("reason"), issue.reason}});
    return QJsonObject{{QStringLiteral("format"), importFormatKey(format)},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("errors"), list}};
}

} // namespace dnd
