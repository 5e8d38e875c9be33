#include "rules/CombatLogExport.h"

#include "rules/CombatLogText.h"

#include <QDateTime>
#include <QStringList>

namespace dnd::rules {

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
    return QStringLiteral("R%1 T%2 %3  %4")
        .arg(entry.round)
        .arg(entry.turn)
        .arg(time, CombatLogText::sentence(entry));
}

QString CombatLogExport::toText(const QList<CombatLogEntry>& log)
{
    QString text;
    for (const CombatLogEntry& entry : log)
        text += line(entry) + QLatin1Char('\n');
    return text;
}

} // namespace dnd::rules
