#include "rules/CombatLogExport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QStringList>

namespace dnd::rules {

namespace {

// "hp 20, tempHp 0" from a before/after object, keys in alphabetical order.
QString values(const QJsonObject& object)
{
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        else if (value.isDouble())
            text = QString::number(value.toDouble());
        else if (value.isNull() || value.isUndefined())
            text = QStringLiteral("-");
        else
            text = QString::fromUtf8(QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                                   : QJsonDocument(value.toObject()))
                                         .toJson(QJsonDocument::Compact));
        parts << QStringLiteral("%1 %2").arg(it.key(), text);
    }
    return parts.join(QStringLiteral(", "));
}

// "Scimitar (to hit)" 1d20+4 [15] = 19: a free roll reads as the dice a person would say aloud.
QString rollText(const QJsonObject& details)
{
    QStringList faces;
    for (const QJsonValue& die : details.value(QStringLiteral("dice")).toArray()) {
        const QJsonObject object = die.toObject();
        const QString value = QString::number(object.value(QStringLiteral("value")).toInt());
        faces << (object.value(QStringLiteral("kept")).toBool(true) ? value
                                                                    : QStringLiteral("(%1)").arg(value));
    }
    QString text;
    if (const QString label = details.value(QStringLiteral("label")).toString(); !label.isEmpty())
        text += QStringLiteral("\"%1\" ").arg(label);
    text += details.value(QStringLiteral("expression")).toString();
    if (!faces.isEmpty())
        text += QStringLiteral(" [%1]").arg(faces.join(QStringLiteral(", ")));
    return text + QStringLiteral(" = %1").arg(details.value(QStringLiteral("total")).toInt());
}

} // namespace

QJsonArray CombatLogExport::toJson(const QList<CombatLogEntry>& log)
{
    QJsonArray array;
    for (const CombatLogEntry& entry : log)
        array.append(entry.toJson());
    return array;
}

QString CombatLogExport::line(const CombatLogEntry& entry)
{
    return lineAt(
        entry,
        QDateTime::fromMSecsSinceEpoch(entry.timestampMs, Qt::UTC).toString(QStringLiteral("HH:mm:ss")));
}

QString CombatLogExport::line(const CombatLogEntry& entry, const QLocale& locale)
{
    // The locale's long time format names the time zone ("t"); on a log line it is noise.
    QString format = locale.timeFormat(QLocale::LongFormat);
    format.remove(QLatin1Char('t'));
    const QTime time = QDateTime::fromMSecsSinceEpoch(entry.timestampMs).toLocalTime().time();
    return lineAt(entry, locale.toString(time, format.trimmed()));
}

QString CombatLogExport::lineAt(const CombatLogEntry& entry, const QString& time)
{
    QString text = QStringLiteral("R%1 T%2 %3  ").arg(entry.round).arg(entry.turn).arg(time);
    text += entry.actor.isEmpty() ? QStringLiteral("DM") : entry.actor;
    if (!entry.target.isEmpty() && entry.target != entry.actor)
        text += QStringLiteral(" -> ") + entry.target;
    text += QStringLiteral(": ") + entry.action;
    if (entry.action == QLatin1String("roll"))
        return text + QLatin1Char(' ') + rollText(entry.details);
    if (!entry.details.isEmpty())
        text += QStringLiteral(" [") + values(entry.details) + QLatin1Char(']');
    if (!entry.before.isEmpty() || !entry.after.isEmpty())
        text += QStringLiteral(" (%1 => %2)").arg(values(entry.before), values(entry.after));
    return text;
}

QString CombatLogExport::toText(const QList<CombatLogEntry>& log)
{
    QString text;
    for (const CombatLogEntry& entry : log)
        text += line(entry) + QLatin1Char('\n');
    return text;
}

} // namespace dnd::rules
