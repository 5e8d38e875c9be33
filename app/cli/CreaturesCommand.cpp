// `creatures search`: the bestiary search (bundled SRD templates and the DM's own creatures).
#include "CliCommand.h"
#include "bestiary/CreatureSearch.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dnd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CreaturesCommand", text);
}

QString usageText()
{
    return tr("Usage: creatures search QUERY [--limit N] [--type T] [--size S] [--cr-min X] [--cr-max X] "
              "[--rules 2014|2024] [--source S] [--custom-only|--templates-only] [--json]");
}

int runCreatures(CliContext& context)
{
    QStringList arguments = context.arguments();
    if (arguments.value(0) != QLatin1String("search"))
        return context.fail(kUsage, usageText());
    arguments.removeFirst();
    CreatureQuery query;
    bool asJson = false;
    QStringList words;
    while (!arguments.isEmpty()) {
        const QString argument = arguments.takeFirst();
        auto value = [&](QString* out) {
            if (arguments.isEmpty())
                return false;
            *out = arguments.takeFirst();
            return true;
        };
        QString text;
        if (argument == QLatin1String("--json")) {
            asJson = true;
        } else if (argument == QLatin1String("--custom-only")) {
            query.includeTemplates = false;
        } else if (argument == QLatin1String("--templates-only")) {
            query.includeCustom = false;
        } else if (argument == QLatin1String("--limit") && value(&text)) {
            bool ok = false;
            query.limit = text.toInt(&ok);
            if (!ok || query.limit < 1 || query.limit > 100000)
                return context.fail(kUsage, tr("--limit takes a number from 1 to 100000."));
        } else if ((argument == QLatin1String("--cr-min") || argument == QLatin1String("--cr-max")) &&
                   value(&text)) {
            const std::optional<double> cr = parseChallengeRating(text);
            if (!cr)
                return context.fail(kUsage,
                                    tr("%1 takes a challenge rating such as 1/4 or 5.").arg(argument));
            (argument == QLatin1String("--cr-min") ? query.crMin : query.crMax) = cr;
        } else if (argument == QLatin1String("--type") && value(&text)) {
            query.type = text;
        } else if (argument == QLatin1String("--size") && value(&text)) {
            query.size = text;
        } else if (argument == QLatin1String("--source") && value(&text)) {
            query.source = text;
        } else if (argument == QLatin1String("--rules") && value(&text)) {
            query.rules = rulesEditionFromKey(text);
            if (!query.rules)
                return context.fail(kUsage, tr("--rules takes 2014 or 2024."));
        } else if (argument.startsWith(QLatin1String("--"))) {
            return context.fail(kUsage, usageText());
        } else {
            words << argument;
        }
    }
    query.text = words.join(QLatin1Char(' '));

    LocalStore* store = context.openStore();
    if (!store)
        return kDataProblem;
    const QList<CreatureSummary> found = CreatureSearch::search(*store, query);
    if (asJson) {
        QJsonArray rows;
        for (const CreatureSummary& row : found) {
            rows.append(QJsonObject{{QStringLiteral("id"), row.id},
                                    {QStringLiteral("name"), row.name},
                                    {QStringLiteral("size"), row.size},
                                    {QStringLiteral("type"), row.type},
                                    {QStringLiteral("cr"), row.challengeRating},
                                    {QStringLiteral("xp"), row.xp},
                                    {QStringLiteral("rules"), rulesEditionKey(row.rules)},
                                    {QStringLiteral("source"), row.source},
                                    {QStringLiteral("template"), row.isTemplate}});
        }
        context.printJson(QJsonObject{{QStringLiteral("query"), query.text},
                                      {QStringLiteral("count"), rows.size()},
                                      {QStringLiteral("results"), rows}});
        return kOk;
    }
    for (const CreatureSummary& row : found) {
        context.out() << row.name.leftJustified(36) << ' '
                      << tr("CR %1").arg(row.challengeRating).leftJustified(7) << ' '
                      << (row.size + QLatin1Char(' ') + row.type).leftJustified(26) << ' ' << row.source
                      << " (" << rulesEditionKey(row.rules) << ")\n";
    }
    context.out() << (found.size() == 1 ? tr("1 creature") : tr("%1 creatures").arg(found.size()))
                  << Qt::endl;
    return kOk;
}

const CliCommandRegistration registration{
    {QStringLiteral("creatures"),
     QT_TRANSLATE_NOOP("CliCommand", "creatures search QUERY [--limit N] [--json] [filters]"),
     QT_TRANSLATE_NOOP(
         "CliCommand",
         "search the bestiary by name, type and tags (--type --size --cr-min --cr-max --rules --source)"),
     runCreatures}};

} // namespace
} // namespace dnd::cli
