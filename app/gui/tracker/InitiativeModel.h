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

    // Editing and dragging: the model only reports what the DM asked for (the tracker runs the
    // command, so it lands in the undo history); the Init cell is editable, rows can be dragged.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    // The DM typed an initiative total into the Init cell.
    void initiativeEdited(const QString& id, int total);
    // The DM dropped a combatant before the row `beforeRow` (rowCount() = at the end).
    void moveRequested(const QString& id, int beforeRow);

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
