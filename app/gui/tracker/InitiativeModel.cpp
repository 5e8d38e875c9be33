#include "tracker/InitiativeModel.h"

#include "rules/Conditions.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QMimeData>
#include <QPalette>

namespace dnd::gui {

InitiativeModel::InitiativeModel(QObject* parent) : QAbstractTableModel(parent) {}

void InitiativeModel::setSession(rules::EncounterSession* session)
{
    m_session = session;
    refresh();
}

void InitiativeModel::refresh()
{
    QList<Participant> rows = m_session ? m_session->participants() : QList<Participant>();
    const QString current =
        m_session && m_session->isActive() ? m_session->currentParticipantId() : QString();
    const QString next = m_session && m_session->isActive() ? m_session->nextParticipantId() : QString();
    // Same combatants in the same order: update in place so selection and scrolling stay put.
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i].id == m_rows[i].id;
    if (sameRows) {
        // Only the rows whose combatant changed, plus those gaining or losing the current and next
        // markers, are announced: a command touches a few of hundreds of rows.
        // The rule set names the conditions: when it changes, every row does.
        const RulesEdition rules = m_session ? m_session->rules() : RulesEdition::Srd2014;
        const bool all = rules != m_rules;
        m_rules = rules;
        QList<bool> changed(rows.size(), all);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString& id = rows[i].id;
            changed[i] = changed[i] || !(rows[i] == m_rows[i]) || ((id == current) != (id == m_currentId)) ||
                         ((id == next) != (id == m_nextId));
        }
        m_rows = std::move(rows);
        m_currentId = current;
        m_nextId = next;
        for (qsizetype first = 0; first < changed.size(); ++first) {
            if (!changed[first])
                continue;
            qsizetype last = first;
            while (last + 1 < changed.size() && changed[last + 1])
                ++last;
            emit dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
            first = last;
        }
        return;
    }
    beginResetModel();
    m_rules = m_session ? m_session->rules() : RulesEdition::Srd2014;
    m_rows = std::move(rows);
    m_currentId = current;
    m_nextId = next;
    endResetModel();
}

int InitiativeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int InitiativeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InitiativeModel::conditions(const Participant& participant) const
{
    QStringList parts;
    const RulesEdition rules = m_session ? m_session->rules() : RulesEdition::Srd2014;
    for (const ActiveCondition& condition : participant.conditions) {
        QString text = rules::Conditions::displayName(condition, rules);
        if (condition.remainingRounds >= 0)
            text += tr(" (%n rd)", nullptr, condition.remainingRounds);
        if (condition.hiddenFromPlayers)
            text += tr(" (hidden)");
        parts.append(text);
    }
    return parts.join(QStringLiteral(" · "));
}

QString InitiativeModel::markers(const Participant& participant) const
{
    QStringList parts;
    if (participant.concentrating)
        parts.append(tr("Conc."));
    if (participant.isCharacter() && participant.currentHp <= 0) {
        if (participant.deathSaves.dead)
            parts.append(tr("Dead"));
        else if (participant.deathSaves.stable)
            parts.append(tr("Stable"));
        else
            parts.append(tr("Saves %1✓ %2✗")
                             .arg(participant.deathSaves.successes)
                             .arg(participant.deathSaves.failures));
    }
    if (participant.legendaryActionsMax > 0)
        parts.append(
            tr("LA %1/%2").arg(participant.legendaryActionsLeft).arg(participant.legendaryActionsMax));
    if (participant.legendaryResistancesMax > 0)
        parts.append(tr("LR %1/%2")
                         .arg(participant.legendaryResistancesLeft)
                         .arg(participant.legendaryResistancesMax));
    for (const RechargeState& recharge : participant.recharges)
        parts.append(recharge.available ? tr("%1 ready").arg(recharge.actionName)
                                        : tr("%1 (%2–6)").arg(recharge.actionName).arg(recharge.rechargeOn));
    if (participant.reactionUsed)
        parts.append(tr("Reaction used"));
    if (participant.hidden)
        parts.append(tr("Hidden"));
    return parts.join(QStringLiteral(" · "));
}

QVariant InitiativeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Participant& p = m_rows[index.row()];
    const bool current = p.id == m_currentId;
    const bool next = p.id == m_nextId;
    switch (role) {
    case IdRole:
        return p.id;
    case CurrentRole:
        return current;
    case NextRole:
        return next;
    case HiddenRole:
        return p.hidden;
    case HpFractionRole:
        return p.effectiveMaxHp() > 0 ? double(std::max(0, p.currentHp)) / p.effectiveMaxHp() : 0.0;
    case Qt::BackgroundRole:
        if (current)
            return QBrush(QGuiApplication::palette().color(QPalette::Highlight).lighter(170));
        if (next)
            return QBrush(QGuiApplication::palette().color(QPalette::AlternateBase));
        return {};
    case Qt::ForegroundRole:
        if (current)
            return QBrush(QColor(0x10, 0x10, 0x10));
        if (p.hidden || p.defeated || p.deathSaves.dead)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(current && index.column() == Name);
        font.setItalic(p.hidden);
        font.setStrikeOut(p.defeated || p.deathSaves.dead);
        return font;
    }
    case Qt::TextAlignmentRole:
        return index.column() == Initiative || index.column() == ArmorClass
                   ? int(Qt::AlignCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Name && !p.notes.isEmpty())
            return p.notes;
        return {};
    case Qt::EditRole:
        if (index.column() == Initiative)
            return p.initiative ? QVariant(*p.initiative) : QVariant(p.initiativeModifier + 10);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Initiative:
            return p.initiative ? QString::number(*p.initiative) : QStringLiteral("–");
        case Name: {
            QString name =
                p.alias.isEmpty() || p.alias == p.name ? p.name : tr("%1 (“%2”)").arg(p.name, p.alias);
            if (current)
                name = QStringLiteral("▶ ") + name;
            else if (next)
                name = tr("%1 — next").arg(name);
            return name;
        }
        case HitPoints:
            return p.tempHp > 0 ? tr("%1/%2 +%3").arg(p.currentHp).arg(p.effectiveMaxHp()).arg(p.tempHp)
                                : tr("%1/%2").arg(p.currentHp).arg(p.effectiveMaxHp());
        case ArmorClass:
            return p.ac;
        case Conditions:
            return conditions(p);
        case Markers:
            return markers(p);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant InitiativeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Initiative:
        return tr("Init");
    case Name:
        return tr("Combatant");
    case HitPoints:
        return tr("HP");
    case ArmorClass:
        return tr("AC");
    case Conditions:
        return tr("Conditions");
    case Markers:
        return tr("Status");
    default:
        return {};
    }
}

const Participant* InitiativeModel::participantAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int InitiativeModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

namespace {
const QString kIdMime = QStringLiteral("application/x-dnd-tracker-participant");
} // namespace

Qt::ItemFlags InitiativeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags result = QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled;
    if (index.column() == Initiative)
        result |= Qt::ItemIsEditable;
    return result;
}

bool InitiativeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Initiative || index.row() >= m_rows.size())
        return false;
    bool ok = false;
    const int total = value.toString().trimmed().toInt(&ok);
    if (!ok)
        return false;
    emit initiativeEdited(m_rows[index.row()].id, total);
    return true;
}

Qt::DropActions InitiativeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList InitiativeModel::mimeTypes() const
{
    return {kIdMime};
}

QMimeData* InitiativeModel::mimeData(const QModelIndexList& indexes) const
{
    // One combatant at a time: the first dragged row.
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && index.row() < m_rows.size()) {
            auto* data = new QMimeData;
            data->setData(kIdMime, m_rows[index.row()].id.toUtf8());
            return data;
        }
    }
    return nullptr;
}

bool InitiativeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                      const QModelIndex&) const
{
    return data && action == Qt::MoveAction && data->hasFormat(kIdMime);
}

bool InitiativeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                   const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(kIdMime));
    if (rowOf(id) < 0)
        return false;
    // Dropped onto a row: before it; between rows: `row`; on empty space: at the end.
    const int before = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_rows.size());
    emit moveRequested(id, before);
    // The order changes (or not) through the session; the view must not remove the source row.
    return false;
}

} // namespace dnd::gui
