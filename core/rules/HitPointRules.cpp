#include "rules/HitPointRules.h"

#include <algorithm>

namespace dnd::rules {

namespace {

bool isLowerAsciiLetter(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

// True when lower-case `text` has `word` as a whole word (no letter right before or after it).
// A plain scan: this runs for every target of every hit, and a regular expression built per call
// was a measurable share of a damage command.
bool containsWord(const QString& text, const QString& word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        const bool startsWord = at == 0 || !isLowerAsciiLetter(text.at(at - 1));
        const bool endsWord = end == text.size() || !isLowerAsciiLetter(text.at(end));
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

// A statblock entry such as "fire" or "bludgeoning, piercing, and slashing from nonmagical attacks".
bool entryMatches(const QStringList& entries, const QString& type, bool magical)
{
    const QString wanted = type.trimmed().toLower();
    if (wanted.isEmpty())
        return false;
    for (const QString& entry : entries) {
        const QString text = entry.toLower();
        if (magical && text.contains(QLatin1String("nonmagical")))
            continue;
        if (containsWord(text, wanted))
            return true;
    }
    return false;
}

} // namespace

int HitPointRules::adjustedDamage(const Participant& target, const DamageRequest& request,
                                  DamageOutcome* outcome)
{
    int amount = std::max(0, request.amount);
    if (request.scale == DamageScale::Half)
        amount /= 2;
    else if (request.scale == DamageScale::Double)
        amount *= 2;
    DamageOutcome local;
    DamageOutcome& out = outcome ? *outcome : local;
    out.rolled = std::max(0, request.amount);
    out.afterScale = amount;
    if (entryMatches(target.damageImmunities, request.damageType, request.magical)) {
        out.immune = true;
        amount = 0;
    } else {
        if (entryMatches(target.damageResistances, request.damageType, request.magical)) {
            out.resisted = true;
            amount /= 2;
        }
        if (entryMatches(target.damageVulnerabilities, request.damageType, request.magical)) {
            out.vulnerable = true;
            amount *= 2;
        }
    }
    out.applied = amount;
    return amount;
}

bool HitPointRules::isDying(const Participant& participant)
{
    return participant.isCharacter() && participant.currentHp == 0 && !participant.deathSaves.dead &&
           !participant.deathSaves.stable;
}

DamageOutcome HitPointRules::applyDamage(Participant& target, const DamageRequest& request,
                                         RulesEdition rules)
{
    DamageOutcome out;
    const int amount = adjustedDamage(target, request, &out);
    if (amount <= 0 || target.deathSaves.dead)
        return out;

    out.absorbedByTemp = std::min(target.tempHp, amount);
    target.tempHp -= out.absorbedByTemp;
    const int toHp = amount - out.absorbedByTemp;
    const int hpBefore = target.currentHp;
    out.lostHp = std::min(hpBefore, toHp);
    out.overkill = toHp - out.lostHp;
    target.currentHp = hpBefore - out.lostHp;

    if (target.isCharacter()) {
        if (hpBefore == 0 && toHp > 0) {
            // Already at 0: massive damage kills, any other damage costs death-save failures.
            if (toHp >= target.effectiveMaxHp()) {
                out.killedOutright = true;
                target.deathSaves.dead = true;
            } else {
                // Becoming stable cleared the counts: a stable character starts dying from zero.
                if (target.deathSaves.stable)
                    target.deathSaves = DeathSaves{};
                out.deathSaveFailures = request.critical ? 2 : 1;
                target.deathSaves.failures = std::min(3, target.deathSaves.failures + out.deathSaveFailures);
                if (target.deathSaves.failures >= 3)
                    target.deathSaves.dead = true;
            }
        } else if (hpBefore > 0 && target.currentHp == 0) {
            out.droppedToZero = true;
            target.deathSaves = DeathSaves{};
            if (out.overkill >= target.effectiveMaxHp()) {
                out.killedOutright = true;
                target.deathSaves.dead = true;
            }
        }
    } else if (hpBefore > 0 && target.currentHp == 0) {
        out.droppedToZero = true;
        target.defeated = true;
    }

    if (target.concentrating) {
        if (target.currentHp == 0) {
            out.concentrationBroken = true;
            target.concentrating = false;
        } else {
            out.concentrationDc = concentrationDc(amount, rules);
        }
    }
    return out;
}

int HitPointRules::heal(Participant& target, int amount)
{
    if (amount <= 0 || target.deathSaves.dead)
        return 0;
    const int before = target.currentHp;
    target.currentHp = std::min(target.effectiveMaxHp(), before + amount);
    if (target.isCharacter())
        target.deathSaves = DeathSaves{};
    if (target.currentHp > 0)
        target.defeated = false;
    return target.currentHp - before;
}

void HitPointRules::grantTempHp(Participant& target, int amount)
{
    target.tempHp = std::max(target.tempHp, std::max(0, amount));
}

void HitPointRules::setMaxHpOverride(Participant& target, std::optional<int> maxHp)
{
    target.maxHpOverride = maxHp;
    target.currentHp = std::min(target.currentHp, target.effectiveMaxHp());
}

int HitPointRules::concentrationDc(int damage, RulesEdition rules)
{
    const int dc = std::max(10, damage / 2);
    return rules == RulesEdition::Srd2024 ? std::min(30, dc) : dc;
}

void HitPointRules::recordDeathSave(Participant& target, int roll)
{
    DeathSaves& saves = target.deathSaves;
    if (roll >= 20) {
        target.currentHp = std::min(1, target.effectiveMaxHp());
        saves = DeathSaves{};
        return;
    }
    if (roll <= 1)
        saves.failures = std::min(3, saves.failures + 2);
    else if (roll >= 10)
        saves.successes = std::min(3, saves.successes + 1);
    else
        saves.failures = std::min(3, saves.failures + 1);
    if (saves.failures >= 3)
        saves.dead = true;
    else if (saves.successes >= 3)
        saves.stable = true;
}

} // namespace dnd::rules
