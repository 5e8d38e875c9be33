#include "interop/Roll20TurnOrder.h"

#include "rules/PublicView.h"
#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace dnd {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Roll20TurnOrder)
};

// The custom entries' id in Roll20's turn order (a token's entry carries the graphic's id instead).
const QString kCustomEntryId = QStringLiteral("-1");

bool exported(const Participant& participant, const Roll20ExportOptions& options)
{
    return !participant.defeated && !participant.deathSaves.dead &&
           (options.includeHidden || !participant.hidden);
}

} // namespace

QJsonArray Roll20TurnOrder::entries(const Encounter& encounter, const QList<Participant>& participants,
                                    const Roll20ExportOptions& options)
{
    const QList<Participant> ordered = inTurnOrder(encounter, participants);
    // In combat the list starts at the combatant acting, or at the next one written when that one is
    // left out; before combat it starts at the top of the order.
    qsizetype start = 0;
    const bool inCombat =
        encounter.status == EncounterStatus::Active || encounter.status == EncounterStatus::Paused;
    if (inCombat && encounter.combat.turnIndex >= 0 &&
        encounter.combat.turnIndex < encounter.combat.order.size()) {
        const QString activeId = encounter.combat.order[encounter.combat.turnIndex];
        for (qsizetype i = 0; i < ordered.size(); ++i) {
            if (ordered[i].id == activeId)
                start = i;
        }
    }
    QJsonArray entries;
    for (qsizetype step = 0; step < ordered.size(); ++step) {
        const Participant& participant = ordered[(start + step) % ordered.size()];
        if (!exported(participant, options))
            continue;
        QJsonObject entry{{QStringLiteral("id"), kCustomEntryId},
                          {QStringLiteral("custom"), participant.displayName()}};
        if (participant.initiative)
            entry.insert(QStringLiteral("pr"), *participant.initiative);
        else
            entry.insert(QStringLiteral("pr"), QString());
        entries.append(entry);
    }
    return entries;
}

Result<QJsonArray> Roll20TurnOrder::write(const ImportBatch& records, const Roll20ExportOptions& options)
{
    if (records.encounters.size() != 1)
        return Error::make(codes::kNeedsOneEncounter,
                           Text::tr("Roll20's turn order holds one fight: export a single encounter."));
    const Encounter& encounter = records.encounters.first();
    QList<Participant> participants;
    for (const Participant& participant : records.participants) {
        if (participant.encounterId == encounter.id)
            participants.append(participant);
    }
    return entries(encounter, participants, options);
}

QString Roll20TurnOrder::chatCommand(const QJsonArray& entries)
{
    return QStringLiteral("!dnd-turnorder ") +
           QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
}

} // namespace dnd
