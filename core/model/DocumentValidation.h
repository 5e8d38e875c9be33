#pragma once

#include "model/EntityKind.h"
#include "model/Validation.h"

#include <QJsonObject>
#include <QStringList>

namespace dnd {

// The range rules of the entity a document describes, plus a type check of every field: the
// model reads tolerantly (a mistyped field takes its default), so without it "ac": "high" would
// be stored while every reader sees 10. The local store checks every write with it, and the
// service every document a device pushes.
ValidationErrors validateDocument(EntityKind kind, const QJsonObject& doc);

// The fields of `doc`, at any depth, the model of `kind` does not read, each named by its path
// ("conditions[0].note", "actions[2].damage[0].bonus"): every reader would drop them, so the
// service, which takes documents from any client, refuses to store data nobody would see. A field
// the model reads but leaves out when it holds its default is not unknown. At most 20 are named.
QStringList unknownFields(EntityKind kind, const QJsonObject& doc);
// The top-level field a path of unknownFields() lies in ("conditions" for "conditions[0].note").
QString topLevelField(const QString& path);

} // namespace dnd
