#include "model/DocumentValidation.h"

#include "model/CombatLogEntry.h"
#include "model/Creature.h"
#include "model/Encounter.h"
#include "model/Participant.h"
#include "model/Party.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <type_traits>

namespace dnd {

namespace {

template <typename Entity> ValidationErrors validateAs(const QJsonObject& doc)
{
    const Entity entity = Entity::fromJson(doc);
    ValidationErrors errors = entity.validate();
    errors.requireJsonTypes(doc, entity.toJson());
    return errors;
}

// Where a member sits in a document: member names and array indices from the root.
using JsonPath = QList<QJsonValue>;

QJsonValue valueAt(QJsonValue value, const JsonPath& path)
{
    for (const QJsonValue& step : path)
        value = step.isString() ? value.toObject().value(step.toString()) : value.toArray().at(step.toInt());
    return value;
}

// A document that holds only `leaf` at `path`, every array on the way with `leaf`'s ancestor as
// its one element.
QJsonObject documentWith(const JsonPath& path, const QJsonObject& leaf)
{
    QJsonValue value = leaf;
    for (qsizetype i = path.size() - 1; i >= 0; --i) {
        if (path.at(i).isString())
            value = QJsonObject{{path.at(i).toString(), value}};
        else
            value = QJsonArray{value};
    }
    return value.toObject();
}

// The same path into documentWith()'s document: every index is 0.
JsonPath pathInto(JsonPath path)
{
    for (QJsonValue& step : path) {
        if (!step.isString())
            step = 0;
    }
    return path;
}

// "participants[2].conditions[0].note": the path as a client names the field.
QString pathText(const JsonPath& path, const QString& member)
{
    QString text;
    for (const QJsonValue& step : path) {
        if (step.isString())
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + step.toString();
        else
            text += QStringLiteral("[%1]").arg(step.toInt());
    }
    return text.isEmpty() ? member : text + QLatin1Char('.') + member;
}

// Finds the members of a document, at any depth, that the model of Entity does not read. A member
// the model writes back is read; one it leaves out (a nested record writes some fields only when
// they differ from their default, e.g. an action's "damage") is probed: it is read when some value
// of it changes what the model makes of its object. Probes are remembered per place in the
// record's shape, so a long list of actions costs a handful of them.
template <typename Entity> class UnknownMemberFinder {
public:
    QStringList find(const QJsonObject& doc)
    {
        walk(doc, Entity::fromJson(doc).toJson(), {});
        return m_unknown;
    }

private:
    // Enough for the message; a document full of strange members is not probed to its end.
    static constexpr qsizetype kMaxReported = 20;

    void walk(const QJsonObject& given, const QJsonObject& understood, const JsonPath& path)
    {
        for (auto it = given.constBegin(); it != given.constEnd() && m_unknown.size() < kMaxReported; ++it) {
            const QJsonValue written = understood.value(it.key());
            if (written.isUndefined()) {
                if (!modelReads(given, path, it.key()))
                    m_unknown.append(pathText(path, it.key()));
                continue;
            }
            const JsonPath inner = JsonPath(path) << it.key();
            if (it.value().isObject() && written.isObject()) {
                walk(it.value().toObject(), written.toObject(), inner);
            } else if (it.value().isArray() && written.isArray()) {
                // Lists the model read item by item; a list it read otherwise is a type error
                // that validation reports.
                const QJsonArray givenItems = it.value().toArray();
                const QJsonArray writtenItems = written.toArray();
                if (givenItems.size() != writtenItems.size())
                    continue;
                for (qsizetype i = 0; i < givenItems.size(); ++i) {
                    if (givenItems.at(i).isObject() && writtenItems.at(i).isObject())
                        walk(givenItems.at(i).toObject(), writtenItems.at(i).toObject(),
                             JsonPath(inner) << int(i));
                }
            }
        }
    }

    bool modelReads(const QJsonObject& object, const JsonPath& path, const QString& member)
    {
        QString shape;
        for (const QJsonValue& step : path)
            shape += step.isString() ? QLatin1Char('.') + step.toString() : QStringLiteral("[]");
        shape += QLatin1Char('.') + member;
        const auto known = m_readsByShape.constFind(shape);
        if (known != m_readsByShape.constEnd())
            return *known;

        const JsonPath probePath = pathInto(path);
        QJsonObject without = object;
        without.remove(member);
        const QJsonValue readWithout =
            valueAt(Entity::fromJson(documentWith(path, without)).toJson(), probePath);
        const QJsonValue probes[] = {
            object.value(member), 7, true, QStringLiteral("probe"), QJsonArray{QJsonObject{}}, QJsonObject{}};
        bool reads = false;
        for (const QJsonValue& probe : probes) {
            QJsonObject with = object;
            with.insert(member, probe);
            if (valueAt(Entity::fromJson(documentWith(path, with)).toJson(), probePath) != readWithout) {
                reads = true;
                break;
            }
        }
        m_readsByShape.insert(shape, reads);
        return reads;
    }

    QStringList m_unknown;
    QHash<QString, bool> m_readsByShape;
};

// Calls visit with a blank record of the kind's model class.
template <typename Visit> auto withModelOf(EntityKind kind, Visit visit)
{
    switch (kind) {
    case EntityKind::Party:
        return visit(Party());
    case EntityKind::Character:
        return visit(Character());
    case EntityKind::Creature:
        return visit(Creature());
    case EntityKind::Encounter:
        return visit(Encounter());
    case EntityKind::Participant:
        return visit(Participant());
    case EntityKind::CombatLog:
        return visit(CombatLogEntry());
    }
    return decltype(visit(Party()))();
}

} // namespace

ValidationErrors validateDocument(EntityKind kind, const QJsonObject& doc)
{
    return withModelOf(kind,
                       [&doc](const auto& blank) { return validateAs<std::decay_t<decltype(blank)>>(doc); });
}

QStringList unknownFields(EntityKind kind, const QJsonObject& doc)
{
    return withModelOf(kind, [&doc](const auto& blank) {
        return UnknownMemberFinder<std::decay_t<decltype(blank)>>().find(doc);
    });
}

QString topLevelField(const QString& path)
{
    const qsizetype end = path.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    return end < 0 ? path : path.left(end);
}

} // namespace dnd
