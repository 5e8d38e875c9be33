#include "bestiary/CreatureSearch.h"

#include "store/LocalStore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace dnd {

namespace {

// Each word of the text becomes a prefix term; FTS5 ANDs them. Quoting keeps FTS syntax characters
// typed by the DM ("-", "*", ":") from being read as operators.
QString matchExpression(const QString& text)
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
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped + QLatin1Char('%');
}

QStringList distinctColumn(LocalStore& store, const QString& column)
{
    QSqlQuery& query = store.database().prepared(
        QStringLiteral(
            "SELECT DISTINCT %1 FROM creature WHERE cl % 2 = 1 AND coalesce(%1, '') != '' ORDER BY 1")
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
    const QString match = matchExpression(q.text);

    QStringList where{QStringLiteral("c.cl % 2 = 1")};
    QVariantList binds;
    if (!match.isEmpty()) {
        where.prepend(QStringLiteral("creature_fts MATCH ?"));
        binds << match;
    }
    if (q.crMin) {
        where << QStringLiteral("c.cr >= ?");
        binds << *q.crMin;
    }
    if (q.crMax) {
        where << QStringLiteral("c.cr <= ?");
        binds << *q.crMax;
    }
    if (!q.type.isEmpty()) {
        where << QStringLiteral("c.ctype = ?");
        binds << q.type.trimmed().toLower();
    }
    if (!q.size.isEmpty()) {
        where << QStringLiteral("c.csize = ?");
        binds << q.size.trimmed().toLower();
    }
    if (q.rules) {
        where << QStringLiteral("c.rules = ?");
        binds << rulesEditionKey(*q.rules);
    }
    if (!q.source.isEmpty()) {
        where << QStringLiteral("c.source = ?");
        binds << q.source;
    }
    if (!q.includeTemplates)
        where << QStringLiteral("c.is_template = 0");
    if (!q.includeCustom)
        where << QStringLiteral("c.is_template = 1");

    const QString columns = QStringLiteral("c.id, c.name, c.csize, c.ctype, json_extract(c.doc, "
                                           "'$.challengeRating'), c.cr, json_extract(c.doc, '$.xp'), "
                                           "c.rules, c.source, c.is_template");
    QString sql;
    if (match.isEmpty()) {
        sql =
            QStringLiteral("SELECT %1 FROM creature c WHERE %2 ORDER BY c.name COLLATE NOCASE, c.id LIMIT ?")
                .arg(columns, where.join(QStringLiteral(" AND ")));
    } else {
        // Names that start with what was typed come first, then relevance (name weighs most), then name.
        sql = QStringLiteral("SELECT %1 FROM creature_fts f JOIN creature c ON c.rowid = f.rowid WHERE %2 "
                             "ORDER BY (f.name LIKE ? ESCAPE '\\') DESC, bm25(creature_fts, 10.0, 4.0, 2.0), "
                             "f.name COLLATE NOCASE, c.id LIMIT ?")
                  .arg(columns, where.join(QStringLiteral(" AND ")));
        binds << likePrefix(q.text);
    }
    binds << q.limit;

    QSqlQuery& query = store.database().prepared(sql);
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    if (query.exec()) {
        while (query.next()) {
            CreatureSummary row;
            row.id = query.value(0).toString();
            row.name = query.value(1).toString();
            row.size = query.value(2).toString();
            row.type = query.value(3).toString();
            row.challengeRating = query.value(4).toString();
            row.cr = query.value(5).toDouble();
            row.xp = query.value(6).toInt();
            row.rules = rulesEditionFromKey(query.value(7).toString()).value_or(RulesEdition::Srd2014);
            row.source = query.value(8).toString();
            row.isTemplate = query.value(9).toInt() != 0;
            result.append(row);
        }
    }
    query.finish();
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
