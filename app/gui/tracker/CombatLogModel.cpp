#include "tracker/CombatLogModel.h"

#include "rules/CombatLogExport.h"

namespace dnd::gui {

void CombatLogModel::setSession(rules::EncounterSession* session)
{
    m_session = session;
    m_notes.clear();
    refresh();
}

void CombatLogModel::refresh()
{
    // Normal play only appends to the log: format the new entries alone (the log grows by hundreds
    // of lines in a long fight, and this runs after every command).
    const QList<CombatLogEntry> empty;
    const QList<CombatLogEntry>& log = m_session ? m_session->log() : empty;
    const bool appendOnly = m_notes.isEmpty() && m_entryCount > 0 && m_lines.size() == m_entryCount &&
                            log.size() >= m_entryCount && log.at(m_entryCount - 1).id == m_lastEntryId;
    if (appendOnly) {
        if (log.size() == m_entryCount)
            return;
        beginInsertRows({}, int(m_lines.size()), int(log.size()) - 1);
        for (qsizetype i = m_entryCount; i < log.size(); ++i)
            m_lines.append(rules::CombatLogExport::line(log.at(i), QLocale()));
        m_entryCount = log.size();
        m_lastEntryId = log.last().id;
        endInsertRows();
        return;
    }
    m_entryCount = log.size();
    m_lastEntryId = log.isEmpty() ? QString() : log.last().id;

    QStringList lines;
    if (m_session) {
        for (const CombatLogEntry& entry : m_session->log())
            lines.append(rules::CombatLogExport::line(entry, QLocale()));
    }
    lines += m_notes;
    if (lines == m_lines)
        return;
    // The log only grows in normal play; append rows then, reset after an undo shortened it.
    if (lines.size() > m_lines.size() && lines.mid(0, m_lines.size()) == m_lines) {
        beginInsertRows({}, int(m_lines.size()), int(lines.size()) - 1);
        m_lines = lines;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

void CombatLogModel::appendNote(const QString& line)
{
    m_notes.append(line);
    refresh();
}

int CombatLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant CombatLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return m_lines[index.row()];
    return {};
}

} // namespace dnd::gui
