#include "bestiary/CreatureSearch.h"

#include "store/LocalStore.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace dnd {

namespace {

const QString kColumns = QStringLiteral(
    "s.creature_id, s.name, s.csize, s.ctype, s.cr_text, s.cr, s.xp, s.rules, s.source, s.is_template");

// Each word of the text becomes a quoted prefix term; FTS5 ANDs them. Quoting keeps FTS syntax
// characters typed by the DM ("-", "*", ":", "NOT") from being read as operators.
QString matchTerms(const QString& text)
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    auto it = words.globalMatch(text);
    while (it.hasNext())
        terms << QStringLiteral("\"%1\"*").arg(it.next().captured(0));
    return terms.join(QLatin1Char(' '));
}

QString likePrefix(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped + QLatin1Char('%');
}

struct Filters {
    QStringList where;
    QVariantList binds;
};

Filters filtersOf(const CreatureQuery& q)
{
    Filters f;
    if (q.crMin) {
        f.where << QStringLiteral("s.cr >= ?");
        f.binds << *q.crMin;
    }
    if (q.crMax) {
        f.where << QStringLiteral("s.cr <= ?");
        f.binds << *q.crMax;
    }
    if (!q.type.isEmpty()) {
        f.where << QStringLiteral("s.ctype = ?");
        f.binds << q.type.trimmed().toLower();
    }
    if (!q.size.isEmpty()) {
        f.where << QStringLiteral("s.csize = ?");
        f.binds << q.size.trimmed().toLower();
    }
    if (q.rules) {
        f.where << QStringLiteral("s.rules = ?");
        f.binds << rulesEditionKey(*q.rules);
    }
    if (!q.source.isEmpty()) {
        f.where << QStringLiteral("s.source = ?");
        f.binds << q.source;
    }
    if (!q.includeTemplates)
        f.where << QStringLiteral("s.is_template = 0");
    if (!q.includeCustom)
        f.where << QStringLiteral("s.is_template = 1");
    return f;
}

// Runs one tier of the search and appends rows not already found.
void runTier(LocalStore& store, const QString& sql, const QVariantList& binds, QList<CreatureSummary>& result,
             QSet<QString>& seen)
{
    QSqlQuery& query = store.database().prepared(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (query.exec()) {
        while (query.next()) {
            CreatureSummary row;
            row.id = query.value(0).toString();
            if (seen.contains(row.id))
                continue;
            row.name = query.value(1).toString();
            row.size = query.value(2).toString();
            row.type = query.value(3).toString();
            row.challengeRating = query.value(4).toString();
            row.cr = query.value(5).toDouble();
            row.xp = query.value(6).toInt();
            row.rules = rulesEditionFromKey(query.value(7).toString()).value_or(RulesEdition::Srd2014);
            row.source = query.value(8).toString();
            row.isTemplate = query.value(9).toInt() != 0;
            seen.insert(row.id);
            result.append(row);
        }
    }
    query.finish();
}

QString conditions(const QStringList& first, const Filters& filters)
{
    return (first + filters.where).join(QStringLiteral(" AND "));
}

bool byName(const CreatureSummary& a, const CreatureSummary& b)
{
    const int order = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a.id < b.id;
}

QStringList distinctColumn(LocalStore& store, const QString& column)
{
    QSqlQuery& query = store.database().prepared(
        QStringLiteral("SELECT DISTINCT %1 FROM creature_facet WHERE coalesce(%1, '') != '' ORDER BY 1")
            .arg(column));
    QStringList result;
    if (query.exec()) {
        while (query.next())
            result << query.value(0).toString();
    }
    query.finish();
    return result;
}

} // namespace

QList<CreatureSummary> CreatureSearch::search(LocalStore& store, const CreatureQuery& q)
{
    QList<CreatureSummary> result;
    if ((!q.includeTemplates && !q.includeCustom) || q.limit <= 0)
        return result;
    const Filters filters = filtersOf(q);
    const QString text = q.text.simplified();
    const QString terms = matchTerms(text);
    QSet<QString> seen;

    if (terms.isEmpty()) {
        const QString sql =
            QStringLiteral("SELECT %1 FROM creature_facet s %2 ORDER BY s.name, s.creature_id LIMIT ?")
                .arg(kColumns, filters.where.isEmpty() ? QString()
                                                       : QStringLiteral("WHERE ") + conditions({}, filters));
        runTier(store, sql, filters.binds + QVariantList{q.limit}, result, seen);
        return result;
    }

    // Ranked in tiers, each cheap enough for a keystroke: names that start with the text (by name),
    // then names that contain every word, then any match in name, type or tags. Each later tier is
    // read in index order and shown by name.
    const QString prefixSql =
        QStringLiteral("SELECT %1 FROM creature_facet s WHERE %2 ORDER BY s.name, s.creature_id "
                       "LIMIT ?")
            .arg(kColumns, conditions({QStringLiteral("s.name LIKE ? ESCAPE '\\'")}, filters));
    runTier(store, prefixSql, QVariantList{likePrefix(text)} + filters.binds + QVariantList{q.limit}, result,
            seen);

    const QString ftsSql =
        QStringLiteral("SELECT %1 FROM creature_fts f JOIN creature_facet s ON s.id = f.rowid "
                       "WHERE %2 ORDER BY f.rowid LIMIT ?")
            .arg(kColumns, conditions({QStringLiteral("creature_fts MATCH ?")}, filters));
    for (const QString& match : {QStringLiteral("name : (%1)").arg(terms), terms}) {
        const qsizetype remaining = q.limit - result.size();
        if (remaining <= 0)
            break;
        const qsizetype tierStart = result.size();
        // Rows found in an earlier tier come back too, so ask for enough to fill the remainder.
        runTier(store, ftsSql, QVariantList{match} + filters.binds + QVariantList{remaining + result.size()},
                result, seen);
        if (result.size() > q.limit)
            result.resize(q.limit);
        std::sort(result.begin() + tierStart, result.end(), byName);
    }
    return result;
}

QStringList CreatureSearch::types(LocalStore& store)
{
    return distinctColumn(store, QStringLiteral("ctype"));
}

QStringList CreatureSearch::sources(LocalStore& store)
{
    return distinctColumn(store, QStringLiteral("source"));
}

} // namespace dnd
