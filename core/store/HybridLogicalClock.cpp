#include "store/HybridLogicalClock.h"

#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

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
    // Fixed layout "<15 digits>-<5 digits>-<node>"; the node itself may contain dashes.
    constexpr qsizetype kMillisDigits = 15;
    constexpr qsizetype kCounterDigits = 5;
    constexpr qsizetype kNodeStart = kMillisDigits + 1 + kCounterDigits + 1;
    if (text.size() <= kNodeStart || text.at(kMillisDigits) != QLatin1Char('-') ||
        text.at(kNodeStart - 1) != QLatin1Char('-'))
        return std::nullopt;
    const auto allDigits = [](QStringView part) {
        return std::all_of(part.begin(), part.end(),
                           [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    };
    const QStringView millisPart = QStringView(text).left(kMillisDigits);
    const QStringView counterPart = QStringView(text).mid(kMillisDigits + 1, kCounterDigits);
    if (!allDigits(millisPart) || !allDigits(counterPart))
        return std::nullopt;
    return Timestamp{millisPart.toLongLong(), counterPart.toInt(), text.mid(kNodeStart)};
}

bool HybridLogicalClock::Timestamp::operator<(const Timestamp& other) const
{
    if (millis != other.millis)
        return millis < other.millis;
    if (counter != other.counter)
        return counter < other.counter;
    return node < other.node;
}

HybridLogicalClock::HybridLogicalClock(const Clock& clock, QString nodeId)
    : m_clock(clock), m_node(std::move(nodeId))
{
    m_last.node = m_node;
}

QString HybridLogicalClock::tick()
{
    const qint64 wall = wallMs();
    if (wall > m_last.millis) {
        m_last.millis = wall;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    normalize();
    m_last.node = m_node;
    return m_last.toString();
}

void HybridLogicalClock::normalize()
{
    // The counter has five digits in the text form; past that, borrow the next millisecond so
    // string order stays time order.
    if (m_last.counter > kMaxCounter) {
        ++m_last.millis;
        m_last.counter = 0;
    }
}

Status HybridLogicalClock::observe(const QString& remote)
{
    return take(remote, true);
}

Status HybridLogicalClock::follow(const QString& remote)
{
    return take(remote, false);
}

Status HybridLogicalClock::take(const QString& remote, bool bounded)
{
    const std::optional<Timestamp> theirs = Timestamp::parse(remote);
    if (!theirs)
        return Error::make(codes::kBadClock,
                           QCoreApplication::translate("HybridLogicalClock", "Malformed clock value '%1'.")
                               .arg(remote.left(80)));
    const qint64 wall = wallMs();
    if (bounded && theirs->millis - wall > kMaxDriftMs) {
        return Error::make(
            codes::kClockDrift,
            QCoreApplication::translate("HybridLogicalClock",
                                        "A change is stamped %1 s ahead of this device's clock; more "
                                        "than the %2 s allowed. Check the date and time settings of "
                                        "both devices.")
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
    normalize();
    return {};
}

void HybridLogicalClock::restore(const QString& last)
{
    const std::optional<Timestamp> ts = Timestamp::parse(last);
    if (ts && (m_last.millis < ts->millis || (m_last.millis == ts->millis && m_last.counter < ts->counter))) {
        m_last.millis = ts->millis;
        m_last.counter = ts->counter;
    }
}

} // namespace dnd
