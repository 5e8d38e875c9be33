#include "tracker/CombatantStatblock.h"

#include "bestiary/StatblockView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dnd::gui {

CombatantStatblock::CombatantStatblock(LocalStore& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("combatantStatblock"));
    m_view = new StatblockView;
    m_view->setObjectName(QStringLiteral("trackerStatblock"));
    m_view->setAccessibleName(tr("Statblock of the selected combatant"));
    m_title = new QLabel(tr("Stat&block"));
    m_title->setBuddy(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    connect(m_view, &StatblockView::rollRequested, this,
            [this](const QString& label, const QString& expression) {
                if (!m_participantId.isEmpty())
                    emit rollRequested(m_participantId, label, expression);
            });
    showParticipant(std::nullopt);
}

Creature CombatantStatblock::inFight(Creature creature, const Participant& participant)
{
    // Labels of the dice then name the combatant ("Goblin 2: Scimitar (to hit)").
    creature.name = participant.name;
    creature.ac = participant.ac;
    creature.hp = participant.effectiveMaxHp();
    creature.damageResistances = participant.damageResistances;
    creature.damageImmunities = participant.damageImmunities;
    creature.damageVulnerabilities = participant.damageVulnerabilities;
    creature.conditionImmunities = participant.conditionImmunities;
    return creature;
}

void CombatantStatblock::showParticipant(const std::optional<Participant>& participant)
{
    QString message;
    std::optional<Creature> shown;
    if (!participant) {
        message = tr("Select a combatant to see its statblock.");
    } else if (participant->isCharacter()) {
        message = tr("%1 is a player character; the player has the character sheet.").arg(participant->name);
    } else if (participant->creatureId.isEmpty()) {
        message = tr("%1 was typed in, not taken from the bestiary, so it has no statblock.")
                      .arg(participant->name);
    } else if (const std::optional<Creature> creature = m_store.get<Creature>(participant->creatureId);
               !creature) {
        message = tr("The creature behind %1 is no longer in the bestiary.").arg(participant->name);
    } else {
        shown = inFight(*creature, *participant);
    }
    m_participantId = shown ? participant->id : QString();
    // Alt+B reaches the statblock; "&" in a name is text, not a mnemonic.
    m_title->setText(
        shown ? tr("Stat&block of %1")
                    .arg(QString(participant->name).replace(QLatin1Char('&'), QStringLiteral("&&")))
              : tr("Stat&block"));
    if (shown) {
        m_message.clear();
        if (!m_view->creature() || *m_view->creature() != *shown)
            m_view->setCreature(*shown);
    } else if (m_view->creature() || message != m_message) {
        m_message = message;
        m_view->showMessage(message);
    }
}

} // namespace dnd::gui
