#include "store/HybridLogicalClock.h"

#include <QStringList>

namespace dnd {

QString HybridLogicalClock::Timestamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(millis, 15, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(node);
}

std::optional<HybridLogicalClock::Timestamp> HybridLogicalClock::Timestamp::parse(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 3 || parts[0].size() != 15 || parts[1].size() != 5 || parts[2].isEmpty())
        return std::nullopt;
    bool okMillis = false;
    bool okCounter = false;
    Timestamp ts{parts[0].toLongLong(&okMillis), parts[1].toInt(&okCounter), parts[2]};
    if (!okMillis || !okCounter || ts.millis < 0 || ts.counter < 0)
        return std::nullopt;
    return ts;
}

HybridLogicalClock::HybridLogicalClock(const Clock& clock, QString nodeId)
    : m_clock(clock), m_node(std::move(nodeId))
{
    m_last.node = m_node;
}

QString HybridLogicalClock::tick()
{
    const qint64 wall = m_clock.nowMs();
    if (wall > m_last.millis) {
        m_last.millis = wall;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    m_last.node = m_node;
    return m_last.toString();
}

Status HybridLogicalClock::observe(const QString& remote)
{
    const std::optional<Timestamp> theirs = Timestamp::parse(remote);
    if (!theirs)
        return Error::make(QStringLiteral("BAD_CLOCK"), QStringLiteral("Malformed clock value '%1'.").arg(remote));
    const qint64 wall = m_clock.nowMs();
    if (theirs->millis - wall > kMaxDriftMs) {
        return Error::make(QStringLiteral("CLOCK_DRIFT"),
                           QStringLiteral("A change is stamped %1 s ahead of this device's clock; more than the "
                                          "%2 s allowed. Check the date and time settings of both devices.")
                               .arg((theirs->millis - wall) / 1000)
                               .arg(kMaxDriftMs / 1000));
    }
    const qint64 top = std::max({wall, m_last.millis, theirs->millis});
    if (top == m_last.millis && top == theirs->millis)
        m_last.counter = std::max(m_last.counter, theirs->counter) + 1;
    else if (top == m_last.millis)
        ++m_last.counter;
    else if (top == theirs->millis)
        m_last.counter = theirs->counter + 1;
    else
        m_last.counter = 0;
    m_last.millis = top;
    return {};
}

void HybridLogicalClock::restore(const QString& last)
{
    if (const std::optional<Timestamp> ts = Timestamp::parse(last); ts && ts->millis >= m_last.millis) {
        m_last.millis = ts->millis;
        m_last.counter = ts->counter;
    }
}

} // namespace dnd
