#include "storage/ListCache.h"

namespace dnd::server {

namespace {
// What an entry costs besides its answer: key, node and bookkeeping, roughly.
constexpr qsizetype kEntryOverheadBytes = 128;
} // namespace

QString ListCache::keyOf(const QString& account, const QString& resource, const QString& query)
{
    // A newline cannot occur in an account id, a resource name or an encoded query string.
    return account + QLatin1Char('\n') + resource + QLatin1Char('\n') + query;
}

const QByteArray* ListCache::find(const QString& account, const QString& resource, const QString& query,
                                  quint64 generation) const
{
    const Entry* entry = m_entries.object(keyOf(account, resource, query));
    if (!entry || entry->generation != generation)
        return nullptr;
    return &entry->data;
}

void ListCache::insert(const QString& account, const QString& resource, const QString& query,
                       quint64 generation, const QByteArray& data)
{
    const QString key = keyOf(account, resource, query);
    const qsizetype cost = data.size() + key.size() * qsizetype(sizeof(QChar)) + kEntryOverheadBytes;
    // QCache refuses (and frees) an entry costing more than the whole budget.
    m_entries.insert(key, new Entry{generation, data}, cost);
}

} // namespace dnd::server
