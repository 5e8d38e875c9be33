#pragma once

#include "model/Party.h"
#include "store/LocalStore.h"

#include <QAbstractTableModel>

namespace dnd::gui {

// The characters of one party as a table: name, player, race and classes, level, AC, HP, initiative.
class CharacterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Player, RaceClass, Level, ArmorClass, HitPoints, HitDice, Initiative, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit CharacterModel(LocalStore& store, QObject* parent = nullptr);

    void setParty(const QString& partyId);
    const QString& partyId() const { return m_partyId; }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Character* characterAt(int row) const;
    int rowOf(const QString& id) const;

private:
    LocalStore& m_store;
    QString m_partyId;
    QList<Character> m_characters;
};

// "Fighter 3 / Wizard 2" for a list of classes.
QString formatClasses(const QList<CharacterClass>& classes);

} // namespace dnd::gui
