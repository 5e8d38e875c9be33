#pragma once

#include "util/Clock.h"
#include "util/Result.h"

#include <QString>
#include <optional>

namespace dnd {

// Hybrid logical clock: wall-clock milliseconds, a counter and the node id, written so that string
// order is time order. Orders edits across devices even when their clocks disagree a little.
class HybridLogicalClock {
public:
    static constexpr qint64 kMaxDriftMs = 5 * 60 * 1000;
    static constexpr int kMaxCounter = 99999;

    struct Timestamp {
        qint64 millis = 0;
        int counter = 0;
        QString node;

        QString toString() const;
        static std::optional<Timestamp> parse(const QString& text);
        bool operator<(const Timestamp& other) const;
        bool operator==(const Timestamp&) const = default;
    };

    HybridLogicalClock(const Clock& clock, QString nodeId);

    // A new timestamp for a local event, later than every timestamp seen so far.
    QString tick();
    // Takes in a timestamp from another device; refuses one further ahead of our wall clock than
    // the drift bound instead of letting it drag every later edit into the future.
    Status observe(const QString& remote);
    // Takes in a timestamp the sync service has accepted, however far ahead: an edit made after
    // seeing another device's edit must be stamped after it.
    Status follow(const QString& remote);
    // How far the device's clock is behind the sync service's (negative: ahead); stamps and the
    // drift bound use the corrected time, so every device measures against one clock.
    void setOffset(qint64 offsetMs) { m_offsetMs = offsetMs; }
    qint64 offset() const { return m_offsetMs; }
    // Restores the last issued timestamp (after a restart) so time never runs backwards.
    void restore(const QString& last);
    QString last() const { return m_last.toString(); }
    const QString& nodeId() const { return m_node; }
    // The store took a new client id (it is a new device); later stamps carry it.
    void setNodeId(const QString& nodeId) { m_node = nodeId; }

private:
    void normalize();
    qint64 wallMs() const { return m_clock.nowMs() + m_offsetMs; }
    Status take(const QString& remote, bool bounded);

    const Clock& m_clock;
    QString m_node;
    Timestamp m_last;
    qint64 m_offsetMs = 0;
};

} // namespace dnd
