#include "account/UsageSummary.h"

#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QStringList>

namespace dnd::gui {

namespace {

// The limits the window knows by name, in the order it lists them.
QList<QPair<QString, QString>> knownLimits()
{
    return {{QStringLiteral("parties"), UsageSummary::tr("Parties")},
            {QStringLiteral("characters"), UsageSummary::tr("Characters")},
            {QStringLiteral("encounters"), UsageSummary::tr("Encounters")},
            {QStringLiteral("participantsPerEncounter"), UsageSummary::tr("Combatants in one encounter")},
            {QStringLiteral("creatures"), UsageSummary::tr("Custom creatures")},
            {QStringLiteral("combatLogEntries"), UsageSummary::tr("Combat log entries")},
            {QStringLiteral("devices"), UsageSummary::tr("Devices")},
            {QStringLiteral("shares"), UsageSummary::tr("Player view shares")},
            {QStringLiteral("storageBytes"), UsageSummary::tr("Stored data")}};
}

// Sizes (keys ending in "Bytes") in kB or MB, counts as they are.
QString formatAmount(const QString& key, qint64 amount)
{
    if (key.endsWith(QLatin1String("Bytes")))
        return QLocale().formattedDataSize(amount, 1, QLocale::DataSizeTraditionalFormat);
    return QLocale().toString(amount);
}

} // namespace

QString UsageSummary::labelFromKey(const QString& key)
{
    QString label;
    for (const QChar c : key) {
        if (label.isEmpty())
            label += c.toUpper();
        else if (c.isUpper())
            label += QLatin1Char(' ') + c.toLower();
        else
            label += c;
    }
    return label;
}

UsageSummary::UsageSummary(const QJsonObject& answer)
{
    const QJsonObject usage = answer.value(QStringLiteral("usage")).toObject();
    QList<QPair<QString, QString>> limits = knownLimits();
    QStringList knownKeys;
    for (const auto& limit : std::as_const(limits))
        knownKeys << limit.first;
    for (const QString& key : usage.keys()) { // sorted: newer limits follow in a stable order
        if (!knownKeys.contains(key))
            limits.append({key, labelFromKey(key)});
    }
    QStringList lines{
        tr("<b>%1 plan</b>").arg(answer.value(QStringLiteral("tier")).toString().toHtmlEscaped())};
    for (const auto& [key, label] : std::as_const(limits)) {
        if (!usage.contains(key))
            continue; // a limit an older service does not have
        const QJsonObject entry = usage.value(key).toObject();
        const qint64 used = entry.value(QStringLiteral("used")).toInteger();
        const QJsonValue limit = entry.value(QStringLiteral("limit"));
        if (limit.isNull()) {
            lines << tr("%1: %2 (unlimited)").arg(label.toHtmlEscaped(), formatAmount(key, used));
            continue;
        }
        const QString shown =
            tr("%1: %2 of %3")
                .arg(label.toHtmlEscaped(), formatAmount(key, used), formatAmount(key, limit.toInteger()));
        if (used < limit.toInteger()) {
            lines << shown;
            continue;
        }
        m_atLimit = true;
        const QJsonObject upgrade = entry.value(QStringLiteral("upgrade")).toObject();
        const QString plan = upgrade.value(QStringLiteral("name")).toString().toHtmlEscaped();
        const QJsonValue raised = upgrade.value(QStringLiteral("limit"));
        const QString lifted =
            upgrade.isEmpty() ? tr("no plan allows more")
            : raised.isNull() ? tr("the %1 plan has no limit").arg(plan)
                              : tr("the %1 plan allows %2").arg(plan, formatAmount(key, raised.toInteger()));
        lines << tr("<b>%1 (limit reached: %2)</b>").arg(shown, lifted);
    }
    m_html = lines.join(QStringLiteral("<br>"));
}

} // namespace dnd::gui
