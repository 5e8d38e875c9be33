#pragma once

#include <QtGlobal>
#include <random>

namespace dnd {

// Source of dice randomness, injected so every roll can be replayed in tests.
class RandomSource {
public:
    virtual ~RandomSource() = default;
    // A uniformly distributed integer in [low, high].
    virtual int uniform(int low, int high) = 0;
    int die(int sides) { return uniform(1, sides); }
};

class SeededRandom final : public RandomSource {
public:
    explicit SeededRandom(quint64 seed) : m_engine(seed) {}
    int uniform(int low, int high) override
    {
        return std::uniform_int_distribution<int>(low, high)(m_engine);
    }

private:
    std::mt19937_64 m_engine;
};

// Seeded from the operating system; what the application uses at the table.
class SystemRandom final : public RandomSource {
public:
    SystemRandom() : m_engine(std::random_device{}()) {}
    int uniform(int low, int high) override
    {
        return std::uniform_int_distribution<int>(low, high)(m_engine);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace dnd
