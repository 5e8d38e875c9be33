#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <optional>

// Small readers for tolerant JSON decoding: a missing or mistyped field takes its default, and
// validation afterwards says what is wrong. Shared by every entity's fromJson.
namespace dnd::json {

inline int toInt(const QJsonValue& value, int fallback = 0)
{
    if (value.isDouble())
        return value.toInt(fallback);
    if (value.isString()) {
        bool ok = false;
        const int parsed = value.toString().trimmed().toInt(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

inline std::optional<int> toOptionalInt(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toInt();
    return std::nullopt;
}

inline QJsonValue fromOptionalInt(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

inline QStringList toStringList(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isString())
            result << item.toString();
    }
    return result;
}

inline QJsonArray fromStringList(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

template <typename T> QJsonArray arrayOf(const QList<T>& items)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(item.toJson());
    return array;
}

template <typename T> QList<T> listOf(const QJsonValue& value)
{
    QList<T> result;
    for (const QJsonValue& item : value.toArray())
        result.append(T::fromJson(item.toObject()));
    return result;
}

} // namespace dnd::json
