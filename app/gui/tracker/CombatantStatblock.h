#pragma once

#include "model/Creature.h"
#include "model/Participant.h"
#include "store/LocalStore.h"

#include <QWidget>
#include <optional>

class QLabel;

namespace dnd::gui {

class StatblockView;

// The statblock of one combatant in the tracker: its creature from the bestiary with the fight's
// own figures (name, armour class, hit points, defences) in place of the template's. Its dice ask
// for a roll with the combatant as the one who rolls; the tracker records it in the combat log.
class CombatantStatblock : public QWidget {
    Q_OBJECT
public:
    explicit CombatantStatblock(LocalStore& store, QWidget* parent = nullptr);

    // Shows the combatant's statblock (its creature read afresh, so edits in the bestiary show), or
    // says why there is none. Redraws only when what is shown changes, so the tracker can call this
    // after every command.
    void showParticipant(const std::optional<Participant>& participant);
    QString participantId() const { return m_participantId; }
    StatblockView* view() const { return m_view; }

    // The creature as it stands in this fight: the participant's overrides over the template.
    static Creature inFight(Creature creature, const Participant& participant);

signals:
    void rollRequested(const QString& participantId, const QString& label, const QString& expression);

private:
    LocalStore& m_store;
    QLabel* m_title = nullptr;
    StatblockView* m_view = nullptr;
    QString m_participantId;
    QString m_message;
};

} // namespace dnd::gui
