#include "bestiary/StatblockView.h"

#include <QUrl>
#include <algorithm>

namespace dnd::gui {

namespace {

QString signedNumber(int value)
{
    return value < 0 ? QStringLiteral("\u2212%1").arg(-value) : QStringLiteral("+%1").arg(value);
}

// 18000 -> "18,000", as printed statblocks write experience points whatever the locale.
QString thousands(int value)
{
    QString digits = QString::number(value);
    for (qsizetype at = digits.size() - 3; at > 0 && digits[at - 1].isDigit(); at -= 3)
        digits.insert(at, QLatin1Char(','));
    return digits;
}

QString dicePlus(int bonus)
{
    if (bonus == 0)
        return QStringLiteral("1d20");
    return bonus < 0 ? QStringLiteral("1d20-%1").arg(-bonus) : QStringLiteral("1d20+%1").arg(bonus);
}

QString capitalized(const QString& text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

const QString kRule = QStringLiteral("<hr style=\"color:#9c2b1b; background:#9c2b1b; height:2px\"/>");

} // namespace

StatblockView::StatblockView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("statblock"));
    setAccessibleName(tr("Statblock"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDefaultStyleSheet(
        QStringLiteral("a { color: #9c2b1b; font-weight: bold; text-decoration: none; }"
                       "h1 { color: #7a200d; margin-bottom: 0; }"
                       "h3 { color: #7a200d; border-bottom: 1px solid #7a200d; }"
                       "td { padding: 0 8px; }"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() != QLatin1String("roll"))
            return;
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (ok && index >= 0 && index < m_links.size())
            emit rollRequested(m_links[index].first, m_links[index].second);
    });
    clear();
}

void StatblockView::clear()
{
    m_creature.reset();
    m_links.clear();
    setHtml(tr("<p><i>Pick a creature to see its statblock.</i></p>"));
}

void StatblockView::showMessage(const QString& text)
{
    m_creature.reset();
    m_links.clear();
    setHtml(QStringLiteral("<p><i>%1</i></p>").arg(text.toHtmlEscaped()));
}

QString StatblockView::rollLink(const QString& label, const QString& expression, const QString& text)
{
    m_links.append({label, expression});
    return QStringLiteral("<a href=\"roll:%1\" title=\"%2\">%3</a>")
        .arg(m_links.size() - 1)
        .arg(tr("Roll %1").arg(expression).toHtmlEscaped(), text.toHtmlEscaped());
}

QString StatblockView::actionHtml(const QString& creatureName, const CreatureAction& action, bool legendary)
{
    QStringList notes;
    if (action.rechargeOn > 0)
        notes << (action.rechargeOn >= 6 ? tr("Recharge 6")
                                         : tr("Recharge %1\u20136").arg(action.rechargeOn));
    if (action.usesPerDay > 0)
        notes << tr("%1/Day").arg(action.usesPerDay);
    if (legendary && action.cost > 1)
        notes << tr("Costs %1 Actions").arg(action.cost);
    QString html = QStringLiteral("<p><b><i>%1</i></b>").arg(action.name.toHtmlEscaped());
    if (!notes.isEmpty())
        html += QStringLiteral(" (%1)").arg(notes.join(QStringLiteral("; ")).toHtmlEscaped());
    html += QStringLiteral(". ");
    const QString label = tr("%1: %2").arg(creatureName, action.name);
    if (action.attackBonus) {
        html += tr("<i>Attack:</i> %1. ")
                    .arg(rollLink(tr("%1 (to hit)").arg(label), dicePlus(*action.attackBonus),
                                  tr("%1 to hit").arg(signedNumber(*action.attackBonus))));
    }
    if (action.saveDc) {
        html += tr("DC %1 %2 saving throw. ")
                    .arg(*action.saveDc)
                    .arg(action.saveAbility.isEmpty() ? QString()
                                                      : capitalized(action.saveAbility).toHtmlEscaped());
    }
    if (!action.damage.isEmpty()) {
        QStringList parts;
        for (const DamageRoll& roll : action.damage) {
            const QString damageLabel = roll.type.isEmpty() ? tr("%1 (damage)").arg(label)
                                                            : tr("%1 (%2 damage)").arg(label, roll.type);
            parts << tr("%1 %2")
                         .arg(rollLink(damageLabel, roll.dice, roll.dice), roll.type.toHtmlEscaped())
                         .trimmed();
        }
        html += (action.attackBonus ? tr("<i>Hit:</i> %1 damage. ") : tr("Damage: %1. "))
                    .arg(parts.join(tr(" plus ")));
    }
    if (!action.description.isEmpty())
        html += action.description.toHtmlEscaped();
    return html + QStringLiteral("</p>");
}

QString StatblockView::sectionHtml(const QString& title, const QString& creatureName,
                                   const QList<CreatureAction>& list, bool legendary, const QString& intro)
{
    if (list.isEmpty())
        return {};
    QString html = title.isEmpty() ? QString() : QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    if (!intro.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(intro.toHtmlEscaped());
    for (const CreatureAction& action : list)
        html += actionHtml(creatureName, action, legendary);
    return html;
}

void StatblockView::setCreature(const Creature& c)
{
    m_creature = c;
    m_links.clear();
    const QString name = c.name;
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(c.name.toHtmlEscaped());
    QString kind = capitalized(c.size) + QLatin1Char(' ') + c.type;
    if (!c.subtype.isEmpty())
        kind += QStringLiteral(" (%1)").arg(c.subtype);
    if (!c.alignment.isEmpty())
        kind += QStringLiteral(", ") + c.alignment;
    html += QStringLiteral("<p><i>%1</i></p>").arg(kind.toHtmlEscaped());
    html += kRule;

    html +=
        tr("<p><b>Armor Class</b> %1%2</p>")
            .arg(c.ac)
            .arg(c.acNotes.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.acNotes.toHtmlEscaped()));
    html += tr("<p><b>Hit Points</b> %1%2</p>")
                .arg(c.hp)
                .arg(c.hitDice.isEmpty() ? QString()
                                         : QStringLiteral(" (%1)").arg(rollLink(
                                               tr("%1: hit points").arg(name), c.hitDice, c.hitDice)));
    QStringList speeds{tr("%1 ft.").arg(c.speed.walk)};
    if (c.speed.burrow > 0)
        speeds << tr("burrow %1 ft.").arg(c.speed.burrow);
    if (c.speed.climb > 0)
        speeds << tr("climb %1 ft.").arg(c.speed.climb);
    if (c.speed.fly > 0)
        speeds << (c.speed.hover ? tr("fly %1 ft. (hover)") : tr("fly %1 ft.")).arg(c.speed.fly);
    if (c.speed.swim > 0)
        speeds << tr("swim %1 ft.").arg(c.speed.swim);
    html += tr("<p><b>Speed</b> %1</p>").arg(speeds.join(QStringLiteral(", ")).toHtmlEscaped());
    html += kRule;

    QString header;
    QString values;
    for (Ability ability : kAllAbilities) {
        const int modifier = c.abilities.modifier(ability);
        header += QStringLiteral("<th align=\"center\">%1</th>").arg(abilityShort(ability));
        values += QStringLiteral("<td align=\"center\">%1 (%2)</td>")
                      .arg(c.abilities.score(ability))
                      .arg(rollLink(tr("%1: %2 check").arg(name, abilityShort(ability)), dicePlus(modifier),
                                    signedNumber(modifier)));
    }
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"2\"><tr>%1</tr><tr>%2</tr></table>")
                .arg(header, values);
    html += kRule;

    auto line = [&html](const QString& title, const QString& content) {
        if (!content.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(title.toHtmlEscaped(), content);
    };
    QStringList saves;
    for (Ability ability : kAllAbilities) {
        const auto save = c.savingThrows.constFind(abilityKey(ability));
        if (save == c.savingThrows.cend())
            continue;
        const QString label = abilityShort(ability);
        saves << label + QLatin1Char(' ') +
                     rollLink(tr("%1: %2 save").arg(name, label), dicePlus(save.value()),
                              signedNumber(save.value()));
    }
    line(tr("Saving Throws"), saves.join(QStringLiteral(", ")));
    QStringList skills;
    for (auto it = c.skills.cbegin(); it != c.skills.cend(); ++it) {
        skills << capitalized(it.key()).toHtmlEscaped() + QLatin1Char(' ') +
                      rollLink(tr("%1: %2").arg(name, capitalized(it.key())), dicePlus(it.value()),
                               signedNumber(it.value()));
    }
    line(tr("Skills"), skills.join(QStringLiteral(", ")));
    line(tr("Damage Vulnerabilities"), c.damageVulnerabilities.join(QStringLiteral(", ")).toHtmlEscaped());
    line(tr("Damage Resistances"), c.damageResistances.join(QStringLiteral(", ")).toHtmlEscaped());
    line(tr("Damage Immunities"), c.damageImmunities.join(QStringLiteral(", ")).toHtmlEscaped());
    line(tr("Condition Immunities"), c.conditionImmunities.join(QStringLiteral(", ")).toHtmlEscaped());
    QStringList senses = c.senses;
    senses << tr("passive Perception %1").arg(c.passivePerception);
    line(tr("Senses"), senses.join(QStringLiteral(", ")).toHtmlEscaped());
    line(tr("Languages"), c.languages.isEmpty() ? QStringLiteral("\u2014")
                                                : c.languages.join(QStringLiteral(", ")).toHtmlEscaped());
    line(tr("Challenge"), tr("%1 (%2 XP)").arg(c.challengeRating, thousands(c.xp)).toHtmlEscaped());
    line(tr("Proficiency Bonus"), signedNumber(c.proficiencyBonus));
    if (c.initiativeBonus)
        line(tr("Initiative"), rollLink(tr("%1: initiative").arg(name), dicePlus(*c.initiativeBonus),
                                        signedNumber(*c.initiativeBonus)));
    const bool resistanceTrait =
        std::any_of(c.traits.cbegin(), c.traits.cend(), [](const CreatureAction& trait) {
            return trait.name.startsWith(QLatin1String("Legendary Resistance"), Qt::CaseInsensitive);
        });
    if (c.legendaryResistances > 0 && !resistanceTrait)
        line(tr("Legendary Resistance"), tr("%1/Day").arg(c.legendaryResistances));
    html += kRule;

    html += sectionHtml(QString(), name, c.traits);
    html += sectionHtml(tr("Actions"), name, c.actions);
    html += sectionHtml(tr("Bonus Actions"), name, c.bonusActions);
    html += sectionHtml(tr("Reactions"), name, c.reactions);
    html += sectionHtml(tr("Legendary Actions"), name, c.legendaryActions, true,
                        tr("%n per round, one at a time, each at the end of another creature's turn; all "
                           "regained when its own turn starts.",
                           nullptr, c.legendaryActionsPerRound));
    html += sectionHtml(tr("Lair Actions"), name, c.lairActions, false,
                        tr("One per round, at initiative 20 after every combatant tied at 20."));
    html += QStringLiteral("<p style=\"color:gray\">%1</p>")
                .arg((c.isTemplate ? tr("%1 \u00b7 %2 rules \u00b7 template (read-only)")
                                   : tr("%1 \u00b7 %2 rules \u00b7 custom creature"))
                         .arg(c.source, rulesEditionKey(c.rules))
                         .toHtmlEscaped());
    setHtml(html);
}

} // namespace dnd::gui
