#include "rules/Conditions.h"

#include <QCoreApplication>

namespace dnd::rules {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Conditions)
};

struct ConditionText {
    const char* key;
    const char* name;
    const char* summary2014;
    const char* summary2024; // nullptr = same as 2014
    bool incapacitates;
};

// Our own one-line summaries of what each condition does at the table.
const ConditionText kConditions[] = {
    {"blinded", QT_TRANSLATE_NOOP("Conditions", "Blinded"),
     QT_TRANSLATE_NOOP("Conditions",
                       "Sees nothing; its attacks are at disadvantage, attacks on it at advantage."),
     QT_TRANSLATE_NOOP(
         "Conditions",
         "Sees nothing; checks needing sight fail; its attacks at disadvantage, attacks on it at "
         "advantage."),
     false},
    {"charmed", QT_TRANSLATE_NOOP("Conditions", "Charmed"),
     QT_TRANSLATE_NOOP("Conditions",
                       "Will not harm the charmer, who has advantage when dealing with it socially."),
     nullptr, false},
    {"deafened", QT_TRANSLATE_NOOP("Conditions", "Deafened"),
     QT_TRANSLATE_NOOP("Conditions", "Hears nothing; checks that rely on hearing fail."), nullptr, false},
    {"frightened", QT_TRANSLATE_NOOP("Conditions", "Frightened"),
     QT_TRANSLATE_NOOP(
         "Conditions",
         "Disadvantage on checks and attacks while it sees the source; cannot move closer to it."),
     nullptr, false},
    {"grappled", QT_TRANSLATE_NOOP("Conditions", "Grappled"),
     QT_TRANSLATE_NOOP("Conditions",
                       "Speed 0; ends when the grappler is incapacitated or they are separated."),
     QT_TRANSLATE_NOOP(
         "Conditions",
         "Speed 0; disadvantage on attacks against anyone but the grappler, who can drag it along."),
     false},
    {"incapacitated", QT_TRANSLATE_NOOP("Conditions", "Incapacitated"),
     QT_TRANSLATE_NOOP("Conditions", "Can take no actions and no reactions."),
     QT_TRANSLATE_NOOP(
         "Conditions",
         "No actions, bonus actions or reactions; concentration ends; cannot speak; disadvantage on "
         "initiative."),
     true},
    {"invisible", QT_TRANSLATE_NOOP("Conditions", "Invisible"),
     QT_TRANSLATE_NOOP("Conditions",
                       "Unseen without magic; its attacks at advantage, attacks on it at disadvantage."),
     QT_TRANSLATE_NOOP("Conditions",
                       "Unseen and hard to locate; advantage on initiative and its attacks, attacks on it at "
                       "disadvantage."),
     false},
    {"paralyzed", QT_TRANSLATE_NOOP("Conditions", "Paralyzed"),
     QT_TRANSLATE_NOOP(
         "Conditions",
         "Incapacitated and motionless; fails Str and Dex saves; close hits on it are critical."),
     QT_TRANSLATE_NOOP(
         "Conditions",
         "Incapacitated, speed 0; fails Str and Dex saves; attacks on it have advantage, close hits "
         "are critical."),
     true},
    {"petrified", QT_TRANSLATE_NOOP("Conditions", "Petrified"),
     QT_TRANSLATE_NOOP("Conditions",
                       "Turned to stone: incapacitated, resists all damage, immune to poison and disease."),
     nullptr, true},
    {"poisoned", QT_TRANSLATE_NOOP("Conditions", "Poisoned"),
     QT_TRANSLATE_NOOP("Conditions", "Disadvantage on attack rolls and ability checks."), nullptr, false},
    {"prone", QT_TRANSLATE_NOOP("Conditions", "Prone"),
     QT_TRANSLATE_NOOP(
         "Conditions",
         "On the ground: crawls or spends half its speed to stand; close attackers have advantage, "
         "distant ones disadvantage."),
     nullptr, false},
    {"restrained", QT_TRANSLATE_NOOP("Conditions", "Restrained"),
     QT_TRANSLATE_NOOP("Conditions",
                       "Speed 0; its attacks and Dex saves at disadvantage, attacks on it at advantage."),
     nullptr, false},
    {"stunned", QT_TRANSLATE_NOOP("Conditions", "Stunned"),
     QT_TRANSLATE_NOOP("Conditions",
                       "Incapacitated, barely speaks; fails Str and Dex saves; attacks on it at advantage."),
     nullptr, true},
    {"unconscious", QT_TRANSLATE_NOOP("Conditions", "Unconscious"),
     QT_TRANSLATE_NOOP(
         "Conditions",
         "Out cold and prone: incapacitated, drops what it holds, fails Str and Dex saves; close hits "
         "are critical."),
     nullptr, true},
    {"exhaustion", QT_TRANSLATE_NOOP("Conditions", "Exhaustion"),
     QT_TRANSLATE_NOOP("Conditions", "Fatigue in six levels, each adding a penalty; level 6 is death."),
     QT_TRANSLATE_NOOP(
         "Conditions",
         "Fatigue in six levels: every d20 test -2 and speed -5 ft per level; level 6 is death."),
     false},
};

const char* const kExhaustion2014[] = {
    QT_TRANSLATE_NOOP("Conditions", "Disadvantage on ability checks."),
    QT_TRANSLATE_NOOP("Conditions", "Speed halved (and level 1)."),
    QT_TRANSLATE_NOOP("Conditions", "Disadvantage on attack rolls and saving throws (and levels 1-2)."),
    QT_TRANSLATE_NOOP("Conditions", "Hit point maximum halved (and levels 1-3)."),
    QT_TRANSLATE_NOOP("Conditions", "Speed 0 (and levels 1-4)."),
    QT_TRANSLATE_NOOP("Conditions", "Death."),
};

ConditionInfo infoFor(const ConditionText& text, RulesEdition rules)
{
    const char* summary =
        rules == RulesEdition::Srd2024 && text.summary2024 ? text.summary2024 : text.summary2014;
    return ConditionInfo{QString::fromLatin1(text.key), Text::tr(text.name), Text::tr(summary),
                         text.incapacitates, qstrcmp(text.key, "exhaustion") == 0};
}

} // namespace

QList<ConditionInfo> Conditions::all(RulesEdition rules)
{
    QList<ConditionInfo> list;
    for (const ConditionText& text : kConditions)
        list.append(infoFor(text, rules));
    return list;
}

std::optional<ConditionInfo> Conditions::find(const QString& key, RulesEdition rules)
{
    for (const ConditionText& text : kConditions) {
        if (key == QLatin1String(text.key))
            return infoFor(text, rules);
    }
    return std::nullopt;
}

bool Conditions::isStandard(const QString& key)
{
    for (const ConditionText& text : kConditions) {
        if (key == QLatin1String(text.key))
            return true;
    }
    return false;
}

bool Conditions::isIncapacitating(const QString& key)
{
    for (const ConditionText& text : kConditions) {
        if (key == QLatin1String(text.key))
            return text.incapacitates;
    }
    return false;
}

QString Conditions::exhaustionEffect(int level, RulesEdition rules)
{
    if (level < 1 || level > kMaxExhaustion)
        return {};
    if (rules == RulesEdition::Srd2014)
        return Text::tr(kExhaustion2014[level - 1]);
    if (level == kMaxExhaustion)
        return Text::tr("Death.");
    return Text::tr("%1 to every d20 test; speed reduced by %2 ft.").arg(-2 * level).arg(5 * level);
}

QString Conditions::displayName(const ActiveCondition& condition, RulesEdition rules)
{
    if (const std::optional<ConditionInfo> info = find(condition.key, rules)) {
        if (info->hasLevels)
            return Text::tr("%1 %2").arg(info->name).arg(condition.level);
        return info->name;
    }
    return condition.label.isEmpty() ? condition.key : condition.label;
}

QString Conditions::customKey(const QString& label)
{
    return QStringLiteral("custom:") + label.trimmed().toLower();
}

} // namespace dnd::rules
