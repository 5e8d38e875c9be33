#include "rules/CombatLogText.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>
#include <functional>

namespace dnd::rules {

namespace {

using Render = std::function<QString(const CombatLogEntry&)>;

int number(const QJsonObject& object, const char* key, int fallback = 0)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? value.toInt() : fallback;
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

bool flag(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toBool();
}

// Whoever acted on someone else; nobody when the log names no one (a trap, a fall) or the target.
bool hasOtherActor(const CombatLogEntry& e)
{
    return !e.actor.isEmpty() && e.actor != e.target;
}

// The reasons the rules write in English into the details, in the reader's language.
QString reason(const QString& stored)
{
    if (stored == QLatin1String("massive damage"))
        return CombatLogText::tr("massive damage");
    if (stored == QLatin1String("death saves"))
        return CombatLogText::tr("three failed death saves");
    if (stored == QLatin1String("exhaustion"))
        return CombatLogText::tr("exhaustion");
    if (stored == QLatin1String("0 hp"))
        return CombatLogText::tr("dropped to 0 HP");
    if (stored == QLatin1String("failed save"))
        return CombatLogText::tr("failed the save");
    if (stored == QLatin1String("death"))
        return CombatLogText::tr("died");
    if (stored == QLatin1String("defeated"))
        return CombatLogText::tr("defeated");
    return stored;
}

// The damage types the rules know (stored in English, as the HP field reads them), in the reader's
// language; a type the rules do not know stays as written.
QString damageType(const QString& stored)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("acid"), QT_TRANSLATE_NOOP("CombatLogText", "acid")},
        {QStringLiteral("bludgeoning"), QT_TRANSLATE_NOOP("CombatLogText", "bludgeoning")},
        {QStringLiteral("cold"), QT_TRANSLATE_NOOP("CombatLogText", "cold")},
        {QStringLiteral("fire"), QT_TRANSLATE_NOOP("CombatLogText", "fire")},
        {QStringLiteral("force"), QT_TRANSLATE_NOOP("CombatLogText", "force")},
        {QStringLiteral("lightning"), QT_TRANSLATE_NOOP("CombatLogText", "lightning")},
        {QStringLiteral("necrotic"), QT_TRANSLATE_NOOP("CombatLogText", "necrotic")},
        {QStringLiteral("piercing"), QT_TRANSLATE_NOOP("CombatLogText", "piercing")},
        {QStringLiteral("poison"), QT_TRANSLATE_NOOP("CombatLogText", "poison")},
        {QStringLiteral("psychic"), QT_TRANSLATE_NOOP("CombatLogText", "psychic")},
        {QStringLiteral("radiant"), QT_TRANSLATE_NOOP("CombatLogText", "radiant")},
        {QStringLiteral("slashing"), QT_TRANSLATE_NOOP("CombatLogText", "slashing")},
        {QStringLiteral("thunder"), QT_TRANSLATE_NOOP("CombatLogText", "thunder")},
    };
    const auto found = names.constFind(stored.toLower());
    return found == names.constEnd() ? stored : CombatLogText::tr(*found);
}

QString withReason(const QString& sentence, const QJsonObject& details)
{
    const QString why = text(details, "reason");
    return why.isEmpty() ? sentence : CombatLogText::tr("%1 (%2)").arg(sentence, reason(why));
}

// "Scimitar (to hit)": 1d20+4 [15] = 19, the dice as a person would say them aloud.
QString rollText(const QJsonObject& details)
{
    QStringList faces;
    for (const QJsonValue& die : details.value(QStringLiteral("dice")).toArray()) {
        const QJsonObject object = die.toObject();
        const QString value = QString::number(object.value(QStringLiteral("value")).toInt());
        faces << (object.value(QStringLiteral("kept")).toBool(true) ? value
                                                                    : QStringLiteral("(%1)").arg(value));
    }
    QString rolled = details.value(QStringLiteral("expression")).toString();
    if (!faces.isEmpty())
        rolled += QStringLiteral(" [%1]").arg(faces.join(QStringLiteral(", ")));
    rolled += QStringLiteral(" = %1").arg(details.value(QStringLiteral("total")).toInt());
    const QString label = text(details, "label");
    // The quotation marks of the reader's language around what was rolled.
    return label.isEmpty() ? rolled : CombatLogText::tr("\u201c%1\u201d %2").arg(label, rolled);
}

QString damage(const CombatLogEntry& e)
{
    const QJsonObject& d = e.details;
    const int rolled = number(d, "amount", number(e.before, "hp") - number(e.after, "hp"));
    const int applied = number(d, "applied", rolled);
    const QString type = damageType(text(d, "type"));
    QString sentence;
    if (hasOtherActor(e))
        sentence =
            type.isEmpty()
                ? CombatLogText::tr("%1 took %2 damage from %3").arg(e.target).arg(applied).arg(e.actor)
                : CombatLogText::tr("%1 took %2 %3 damage from %4")
                      .arg(e.target)
                      .arg(applied)
                      .arg(type, e.actor);
    else
        sentence = type.isEmpty()
                       ? CombatLogText::tr("%1 took %2 damage").arg(e.target).arg(applied)
                       : CombatLogText::tr("%1 took %2 %3 damage").arg(e.target).arg(applied).arg(type);
    QStringList notes;
    if (flag(d, "critical"))
        notes << CombatLogText::tr("critical hit");
    const QString scale = text(d, "scale");
    if (scale == QLatin1String("half"))
        notes << CombatLogText::tr("halved");
    else if (scale == QLatin1String("double"))
        notes << CombatLogText::tr("doubled");
    if (flag(d, "immune"))
        notes << CombatLogText::tr("immune");
    if (flag(d, "resisted"))
        notes << CombatLogText::tr("resisted");
    if (flag(d, "vulnerable"))
        notes << CombatLogText::tr("vulnerable");
    if (applied != rolled)
        notes << CombatLogText::tr("%1 rolled").arg(rolled);
    return notes.isEmpty() ? sentence
                           : CombatLogText::tr("%1 (%2)").arg(sentence, notes.join(QStringLiteral(", ")));
}

QString heal(const CombatLogEntry& e)
{
    const int amount = number(e.details, "amount");
    return hasOtherActor(e) ? CombatLogText::tr("%1 healed %2 for %3").arg(e.actor, e.target).arg(amount)
                            : CombatLogText::tr("%1 regained %2 HP").arg(e.target).arg(amount);
}

QString tempHp(const CombatLogEntry& e)
{
    const int amount = number(e.details, "amount");
    return hasOtherActor(e)
               ? CombatLogText::tr("%1 gave %2 %3 temporary HP").arg(e.actor, e.target).arg(amount)
               : CombatLogText::tr("%1 gained %2 temporary HP").arg(e.target).arg(amount);
}

QString conditionAdded(const CombatLogEntry& e)
{
    const QString condition = text(e.details, "condition");
    QString sentence =
        hasOtherActor(e) ? CombatLogText::tr("%1 gave %2 the condition %3").arg(e.actor, e.target, condition)
                         : CombatLogText::tr("%1 gained the condition %2").arg(e.target, condition);
    if (const int rounds = number(e.details, "rounds"); rounds > 0)
        // The singular on its own keeps English right without a translator; the plural is a
        // numerus entry for languages with several plural forms.
        sentence = rounds == 1 ? CombatLogText::tr("%1 for 1 round").arg(sentence)
                               : CombatLogText::tr("%1 for %n rounds", nullptr, rounds).arg(sentence);
    if (flag(e.details, "hidden"))
        sentence = CombatLogText::tr("%1 (hidden from the players)").arg(sentence);
    return sentence;
}

QString conditionRemoved(const CombatLogEntry& e)
{
    const QString condition = text(e.details, "condition");
    return hasOtherActor(e) ? CombatLogText::tr("%1 removed %2 from %3").arg(e.actor, condition, e.target)
                            : CombatLogText::tr("%1 no longer has the condition %2").arg(e.target, condition);
}

QString edited(const CombatLogEntry& e)
{
    if (e.after.contains(QStringLiteral("alias"))) {
        const QString alias = text(e.after, "alias");
        return alias.isEmpty()
                   ? CombatLogText::tr("The players see %1 by their own name again").arg(e.target)
                   : CombatLogText::tr("The players see %1 as \u201c%2\u201d").arg(e.target, alias);
    }
    if (e.after.contains(QStringLiteral("name")))
        return CombatLogText::tr("Renamed %1 to %2").arg(text(e.before, "name"), e.target);
    return CombatLogText::tr("Changed the details of %1").arg(e.target);
}

QString concentrationEnded(const CombatLogEntry& e)
{
    return withReason(CombatLogText::tr("%1 stopped concentrating").arg(e.target), e.details);
}

QString concentrationSave(const CombatLogEntry& e)
{
    const int total = number(e.details, "total");
    const int dc = number(e.details, "dc");
    return text(e.details, "result") == QLatin1String("kept")
               ? CombatLogText::tr("%1 kept concentration (%2 against DC %3)")
                     .arg(e.target)
                     .arg(total)
                     .arg(dc)
               : CombatLogText::tr("%1 lost concentration (%2 against DC %3)")
                     .arg(e.target)
                     .arg(total)
                     .arg(dc);
}

QString deathSave(const CombatLogEntry& e)
{
    return CombatLogText::tr("%1 rolled %2 on a death save (successes %3, failures %4)")
        .arg(e.target)
        .arg(number(e.details, "roll"))
        .arg(number(e.after, "successes"))
        .arg(number(e.after, "failures"));
}

QString rechargeRoll(const CombatLogEntry& e)
{
    const QString action = text(e.details, "action");
    const int d6 = number(e.details, "d6");
    return flag(e.after, "available") ? CombatLogText::tr("%1 rolled %2 on a d6: %3 is ready again")
                                            .arg(e.target)
                                            .arg(d6)
                                            .arg(action)
                                      : CombatLogText::tr("%1 rolled %2 on a d6: %3 is not ready yet")
                                            .arg(e.target)
                                            .arg(d6)
                                            .arg(action);
}

QString roll(const CombatLogEntry& e)
{
    return e.actor.isEmpty() ? CombatLogText::tr("The DM rolled %1").arg(rollText(e.details))
                             : CombatLogText::tr("%1 rolled %2").arg(e.actor, rollText(e.details));
}

QString longRest(const CombatLogEntry& e)
{
    return CombatLogText::tr("%1 finished a long rest (HP %2 of %3)")
        .arg(e.target)
        .arg(number(e.after, "hp"))
        .arg(number(e.after, "maxHp", number(e.after, "hp")));
}

// An entry of a kind this release does not know: who, what (the kind in words), to whom.
QString unknown(const CombatLogEntry& e)
{
    QString what = e.action;
    what.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (e.actor.isEmpty() && e.target.isEmpty())
        return what;
    if (e.actor.isEmpty() || e.target.isEmpty() || e.actor == e.target)
        return CombatLogText::tr("%1: %2").arg(e.actor.isEmpty() ? e.target : e.actor, what);
    return CombatLogText::tr("%1: %2 %3").arg(e.actor, what, e.target);
}

const QHash<QString, Render>& renderers()
{
    static const QHash<QString, Render> table{
        {QStringLiteral("add"),
         [](const CombatLogEntry& e) {
             return flag(e.details, "hidden") ? CombatLogText::tr("Added %1 (hidden)").arg(e.target)
                                              : CombatLogText::tr("Added %1").arg(e.target);
         }},
        {QStringLiteral("remove"),
         [](const CombatLogEntry& e) {
             return withReason(CombatLogText::tr("Removed %1").arg(e.target), e.details);
         }},
        {QStringLiteral("edit"), edited},
        {QStringLiteral("hide"),
         [](const CombatLogEntry& e) { return CombatLogText::tr("Hid %1 from the players").arg(e.target); }},
        {QStringLiteral("reveal"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("Revealed %1 to the players").arg(e.target);
         }},
        {QStringLiteral("initiative"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("Initiative of %1 set to %2")
                 .arg(e.target)
                 .arg(number(e.after, "initiative"));
         }},
        {QStringLiteral("initiative_roll"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("%1 rolled %2 for initiative (d20 %3, modifier %4)")
                 .arg(e.target)
                 .arg(number(e.after, "initiative"))
                 .arg(number(e.details, "d20"))
                 .arg(number(e.details, "modifier"));
         }},
        {QStringLiteral("move"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("Moved %1 among those tied on initiative").arg(e.target);
         }},
        {QStringLiteral("options"),
         [](const CombatLogEntry&) { return CombatLogText::tr("Changed the initiative options"); }},
        {QStringLiteral("lair_on"),
         [](const CombatLogEntry&) { return CombatLogText::tr("Lair actions turned on"); }},
        {QStringLiteral("lair_off"),
         [](const CombatLogEntry&) { return CombatLogText::tr("Lair actions turned off"); }},
        {QStringLiteral("condition_add"), conditionAdded},
        {QStringLiteral("condition_remove"), conditionRemoved},
        {QStringLiteral("condition_end"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("The condition %1 on %2 ran out")
                 .arg(text(e.details, "condition"), e.target);
         }},
        {QStringLiteral("exhaustion"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("Exhaustion of %1 is now level %2")
                 .arg(e.target)
                 .arg(number(e.after, "level"));
         }},
        {QStringLiteral("concentration_start"),
         [](const CombatLogEntry& e) {
             const QString on = text(e.details, "on");
             return on.isEmpty() ? CombatLogText::tr("%1 began concentrating").arg(e.target)
                                 : CombatLogText::tr("%1 began concentrating on %2").arg(e.target, on);
         }},
        {QStringLiteral("concentration_end"), concentrationEnded},
        {QStringLiteral("concentration_check"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("%1 must make a DC %2 Constitution save to keep concentrating")
                 .arg(e.target)
                 .arg(number(e.details, "dc"));
         }},
        {QStringLiteral("concentration_save"), concentrationSave},
        {QStringLiteral("turn_start"),
         [](const CombatLogEntry& e) { return CombatLogText::tr("%1's turn").arg(e.actor); }},
        {QStringLiteral("round_start"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("Round %1 began").arg(number(e.details, "round", e.round));
         }},
        {QStringLiteral("previous_turn"),
         [](const CombatLogEntry& e) {
             return e.actor.isEmpty() ? CombatLogText::tr("Back to the previous turn")
                                      : CombatLogText::tr("Back to %1's turn").arg(e.actor);
         }},
        {QStringLiteral("combat_start"),
         [](const CombatLogEntry&) { return CombatLogText::tr("Combat started"); }},
        {QStringLiteral("combat_end"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("Combat ended in round %1").arg(number(e.details, "rounds", e.round));
         }},
        {QStringLiteral("combat_pause"),
         [](const CombatLogEntry&) { return CombatLogText::tr("Combat paused"); }},
        {QStringLiteral("combat_resume"),
         [](const CombatLogEntry&) { return CombatLogText::tr("Combat resumed"); }},
        {QStringLiteral("damage"), damage},
        {QStringLiteral("heal"), heal},
        {QStringLiteral("temp_hp"), tempHp},
        {QStringLiteral("max_hp"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("Maximum HP of %1 set to %2")
                 .arg(e.target)
                 .arg(number(e.after, "maxHp"));
         }},
        {QStringLiteral("killed"),
         [](const CombatLogEntry& e) {
             return withReason(CombatLogText::tr("%1 died").arg(e.target), e.details);
         }},
        {QStringLiteral("dying"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("%1 fell unconscious and is dying").arg(e.target);
         }},
        {QStringLiteral("defeated"),
         [](const CombatLogEntry& e) {
             return hasOtherActor(e) ? CombatLogText::tr("%1 was defeated by %2").arg(e.target, e.actor)
                                     : CombatLogText::tr("%1 was defeated").arg(e.target);
         }},
        {QStringLiteral("death_save_due"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("%1 must make a death save").arg(e.target);
         }},
        {QStringLiteral("death_save_failure"),
         [](const CombatLogEntry& e) {
             const int failures = number(e.details, "failures", 1);
             return failures == 1
                        ? CombatLogText::tr("%1 failed a death save from the damage").arg(e.target)
                        : CombatLogText::tr("%1 failed %n death saves from the damage", nullptr, failures)
                              .arg(e.target);
         }},
        {QStringLiteral("death_save"), deathSave},
        {QStringLiteral("stable"),
         [](const CombatLogEntry& e) { return CombatLogText::tr("%1 is stable").arg(e.target); }},
        {QStringLiteral("legendary_action"),
         [](const CombatLogEntry& e) {
             const int cost = number(e.details, "cost", 1);
             const int left = number(e.after, "legendaryActions");
             return cost == 1
                        ? CombatLogText::tr("%1 used a legendary action (%2 left)").arg(e.target).arg(left)
                        : CombatLogText::tr("%1 used a legendary action costing %2 (%3 left)")
                              .arg(e.target)
                              .arg(cost)
                              .arg(left);
         }},
        {QStringLiteral("legendary_reset"),
         [](const CombatLogEntry& e) {
             const int actions = number(e.after, "legendaryActions");
             return actions == 1 ? CombatLogText::tr("%1 has 1 legendary action again").arg(e.target)
                                 : CombatLogText::tr("%1 has %n legendary actions again", nullptr, actions)
                                       .arg(e.target);
         }},
        {QStringLiteral("legendary_resistance"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("%1 used a legendary resistance (%2 left)")
                 .arg(e.target)
                 .arg(number(e.after, "left"));
         }},
        {QStringLiteral("reaction"),
         [](const CombatLogEntry& e) { return CombatLogText::tr("%1 used their reaction").arg(e.target); }},
        {QStringLiteral("reaction_reset"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("%1 has their reaction again").arg(e.target);
         }},
        {QStringLiteral("recharge_roll"), rechargeRoll},
        {QStringLiteral("recharge_use"),
         [](const CombatLogEntry& e) {
             return CombatLogText::tr("%1 used %2").arg(e.target, text(e.details, "action"));
         }},
        {QStringLiteral("roll"), roll},
        {QStringLiteral("long_rest"), longRest},
    };
    return table;
}

} // namespace

bool CombatLogText::knows(const QString& action)
{
    return renderers().contains(action);
}

QString CombatLogText::sentence(const CombatLogEntry& entry)
{
    const auto found = renderers().constFind(entry.action);
    return found == renderers().constEnd() ? unknown(entry) : (*found)(entry);
}

} // namespace dnd::rules
