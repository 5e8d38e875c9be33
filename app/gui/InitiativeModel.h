#pragma once

#include "rules/EncounterSession.h"

#include <QAbstractTableModel>

namespace dnd::gui {

// The tracker's initiative list over an encounter session: turn order, the current combatant
// highlighted and the next one marked, hit points, conditions with remaining rounds, and markers
// for concentration, death saves, legendary actions and resistances, recharge and reactions.
class InitiativeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Initiative, Name, HitPoints, ArmorClass, Conditions, Markers, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, HpFractionRole, CurrentRole, NextRole, HiddenRole };

    explicit InitiativeModel(QObject* parent = nullptr);

    void setSession(rules::EncounterSession* session);
    rules::EncounterSession* session() const { return m_session; }
    // Re-reads the session (after any command).
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Participant* participantAt(int row) const;
    int rowOf(const QString& id) const;

private:
    QString markers(const Participant& participant) const;
    QString conditions(const Participant& participant) const;

    rules::EncounterSession* m_session = nullptr;
    QList<Participant> m_rows;
    QString m_currentId;
    QString m_nextId;
    RulesEdition m_rules = RulesEdition::Srd2014;
};

} // namespace dnd::gui
