#pragma once

#include "ApiErrorCodes.h"
#include "model/EntityKind.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The messages the application and the service exchange to keep a DM's devices in step
// (docs/SYNC.md). Both sides decode what they receive with the strict readers below: a message
// that breaks any rule is refused whole, with api::kSyncMalformed (api::kSyncProtocolMismatch for
// another protocol version) and an error that names the offending member, so a
// hostile or damaged request can never be half applied.
namespace dnd::sync {

// Bumped whenever a message changes shape; a peer speaking another version gets a specific error
// and keeps its outbox until it is updated.
inline constexpr int kProtocolVersion = 1;
// Upper bound of one push: keeps a request (and the service's transaction) small enough to retry.
inline constexpr int kMaxMutationsPerPush = 500;
// Bounds of one page of a pull: the service stops after the account version that reaches either
// (a version's rows are never split, and one push makes at most kMaxMutationsPerPush of them), so
// a new device's first pull of a large account is many small answers, not one huge one.
inline constexpr int kPullPageRows = 1000;
inline constexpr qint64 kPullPageBytes = 1024 * 1024; // of the rows' documents

enum class MutationOp { Put, Delete };
QString mutationOpName(MutationOp op);

// One local change as it travels: the fields a put sets (a null value removes the field), the
// hybrid logical clock of the edit and the row's causal length after it (odd alive, even deleted).
struct Mutation {
    qint64 id = 0; // the client's outbox number: 1, 2, 3 ... without gaps
    EntityKind entity = EntityKind::Party;
    QString rowId;
    MutationOp op = MutationOp::Put;
    QJsonObject fields;
    QString hlc;
    qint64 causalLength = 1;
    // The clocks of the elements of lists merged element by element (a combatant's conditions),
    // "conditions[<id>]" and "conditions[<id>].added", as the device held them after the change:
    // the service merges such a list per element. Optional: an older release sends none, and its
    // whole list is read as changes of the elements it differs in (docs/SYNC.md).
    QJsonObject elementClocks = {};

    bool operator==(const Mutation&) const = default;
};

struct PushRequest {
    QString clientId;
    int protocolVersion = kProtocolVersion;
    QList<Mutation> mutations;
    // The id this device synced under before it had to start again as a new device (restored
    // store, restored service); the service frees that device slot. Empty when there is none.
    QString replacesClientId = {};

    QJsonObject toJson() const;
    static Result<PushRequest> fromJson(const QJsonObject& json);
    bool operator==(const PushRequest&) const = default;
};

// A mutation the service will never apply (invalid payload, over the tier's limit). It still
// counts as processed so the mutations after it are not held up.
struct Rejection {
    qint64 mutationId = 0;
    QString code;
    QString message;

    bool operator==(const Rejection&) const = default;
};

struct PushResponse {
    qint64 lastMutationId = 0; // every mutation up to this one is processed: drop it from the outbox
    qint64 version = 0;        // the account's data version after the push
    QList<Rejection> rejected;
    QString epoch = {};    // the service data's epoch: new whenever its database is restored or reset
    qint64 serverTime = 0; // the service's clock when it answered, milliseconds since 1970
    // The account's version before this push changed anything; -1 when the service did not say.
    // A device whose cookie is that version has seen everything else the account holds, so the
    // push's own changes need not come back to it in a pull (it moves its cookie to `version`).
    qint64 baseVersion = -1;

    QJsonObject toJson() const;
    static Result<PushResponse> fromJson(const QJsonObject& json);
    bool operator==(const PushResponse&) const = default;
};

// The state of one row on the service: its fields with the clock of each, and its causal length.
struct RowState {
    EntityKind entity = EntityKind::Party;
    QString rowId;
    qint64 version = 0; // the account version that last changed the row
    qint64 causalLength = 1;
    QJsonObject fields;
    QJsonObject fieldClocks; // field name -> hybrid logical clock of its last write
    // The clocks of the elements of lists merged element by element, as in Mutation; optional.
    QJsonObject elementClocks = {};

    bool isDeleted() const { return causalLength % 2 == 0; }
    bool operator==(const RowState&) const = default;
};

// What a device asks of GET /api/v1/sync/pull.
struct PullRequest {
    qint64 cookie = 0; // the version the device has pulled up to (0: everything)
    QString clientId;
    // Leave out the rows that only this device's pushes changed since the cookie: it holds them
    // already (docs/SYNC.md, "What a pull leaves out"). A device that is about to compare a full
    // snapshot with its own rows asks for all of them. A service that does not know the
    // parameter sends every row, which is only slower.
    bool skipOwnRows = false;

    // The request's path and query.
    QString path() const;
    bool operator==(const PullRequest&) const = default;
};

struct PullResponse {
    qint64 cookie = 0;         // the version to ask from next time
    qint64 lastMutationId = 0; // the last of this client's mutations the service has processed
    bool reset = false;        // the rows are a full snapshot, not the changes since the cookie
    QList<RowState> rows;
    QString epoch = {};    // as in PushResponse: a cookie means nothing under another epoch
    qint64 serverTime = 0; // as in PushResponse
    // More rows follow: pull again from `cookie`. With `reset`, the snapshot is whole only once
    // the last page (hasMore false) has arrived.
    bool hasMore = false;

    QJsonObject toJson() const;
    static Result<PullResponse> fromJson(const QJsonObject& json);
    bool operator==(const PullResponse&) const = default;
};

} // namespace dnd::sync
