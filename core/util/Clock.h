#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace dnd {

// Source of wall-clock time, injected so rules and sync are testable without waiting.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    static SystemClock& instance()
    {
        static SystemClock clock;
        return clock;
    }
};

// A clock that only moves when told to; for tests.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000) : m_ms(startMs) {}
    qint64 nowMs() const override { return m_ms; }
    void set(qint64 ms) { m_ms = ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

} // namespace dnd
