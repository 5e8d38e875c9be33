#pragma once

#include <QByteArray>
#include <QCache>
#include <QString>

namespace dnd::server {

// Finished list answers (the envelope's data: items and pagination) per account, resource and
// query string, so repeated reads of an unchanged list cost a hash lookup instead of two SQL
// statements. An entry remembers the account's data generation it was built from and is only
// served while the account still has that generation: every write of the account moves it on,
// so the next list shows the change. Bounded by bytes; the least recently used entries go first.
class ListCache {
public:
    explicit ListCache(qsizetype maxBytes) : m_entries(maxBytes) {}

    // The cached answer, or nullptr when there is none for this generation.
    const QByteArray* find(const QString& account, const QString& resource, const QString& query,
                           quint64 generation) const;
    void insert(const QString& account, const QString& resource, const QString& query, quint64 generation,
                const QByteArray& data);
    void clear() { m_entries.clear(); }

    qsizetype entries() const { return m_entries.size(); }
    qsizetype bytes() const { return m_entries.totalCost(); }
    qsizetype maxBytes() const { return m_entries.maxCost(); }

private:
    struct Entry {
        quint64 generation = 0;
        QByteArray data;
    };
    static QString keyOf(const QString& account, const QString& resource, const QString& query);

    QCache<QString, Entry> m_entries;
};

} // namespace dnd::server
