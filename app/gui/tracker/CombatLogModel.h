#pragma once

#include "rules/EncounterSession.h"

#include <QAbstractListModel>

namespace dnd::gui {

// The combat log of an encounter session, one readable line per entry, newest last.
class CombatLogModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit CombatLogModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}

    void setSession(rules::EncounterSession* session);
    void refresh();
    // A roll made outside a command (a clicked statblock die), shown until the next refresh of the log.
    void appendNote(const QString& line);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    rules::EncounterSession* m_session = nullptr;
    QStringList m_lines;
    QStringList m_notes;
    // How many of the session's entries m_lines starts with, and the id of the last of them: when
    // the session's log still starts the same way, only the new entries are formatted.
    qsizetype m_entryCount = 0;
    QString m_lastEntryId;
};

} // namespace dnd::gui
