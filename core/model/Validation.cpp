#include "model/Validation.h"

#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace dnd {

namespace {
// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return Text::tr("true or false");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("text");
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("empty");
}

QString joinField(const QString& prefix, const QString& key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}
} // namespace

void ValidationErrors::requireJsonTypes(const QJsonObject& given, const QJsonObject& understood)
{
    for (auto it = given.constBegin(); it != given.constEnd(); ++it)
        requireJsonType(it.key(), it.value(), understood.value(it.key()));
}

void ValidationErrors::requireJsonType(const QString& field, const QJsonValue& given,
                                       const QJsonValue& understood)
{
    if (understood.isUndefined() || given.isNull() || given.isUndefined())
        return;
    if (understood.isNull()) {
        // An optional field the model left empty although a value was given: it could not read it.
        add(field, Text::tr("has a value of the wrong type (%1)").arg(typeName(given)));
        return;
    }
    if (given.type() != understood.type()) {
        add(field, Text::tr("must be %1, not %2").arg(typeName(understood), typeName(given)));
        return;
    }
    switch (given.type()) {
    case QJsonValue::Double:
        if (given.toDouble() != understood.toDouble())
            add(field, Text::tr("must be a whole number in range (got %1)").arg(given.toDouble()));
        break;
    case QJsonValue::String:
        // Text comes back as given; only a choice from a fixed set (status, size, kind ...) is
        // read differently, when the given value is not one of the choices.
        if (given.toString().compare(understood.toString(), Qt::CaseInsensitive) != 0)
            add(field, Text::tr("has a value the tracker does not know (got \"%1\")").arg(given.toString()));
        break;
    case QJsonValue::Object: {
        const QJsonObject givenObject = given.toObject();
        const QJsonObject understoodObject = understood.toObject();
        for (auto it = givenObject.constBegin(); it != givenObject.constEnd(); ++it)
            requireJsonType(joinField(field, it.key()), it.value(), understoodObject.value(it.key()));
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray givenArray = given.toArray();
        const QJsonArray understoodArray = understood.toArray();
        if (givenArray.size() != understoodArray.size()) {
            add(field, Text::tr("contains entries of the wrong type"));
            break;
        }
        for (qsizetype i = 0; i < givenArray.size(); ++i)
            requireJsonType(QStringLiteral("%1[%2]").arg(field).arg(i), givenArray.at(i),
                            understoodArray.at(i));
        break;
    }
    default:
        break;
    }
}

void ValidationErrors::requireText(const QString& field, const QString& value, int maxLength)
{
    if (value.trimmed().isEmpty())
        add(field, Text::tr("is required"));
    else
        this->maxLength(field, value, maxLength);
}

void ValidationErrors::requireRange(const QString& field, qint64 value, qint64 min, qint64 max)
{
    if (value < min || value > max)
        add(field, Text::tr("must be between %1 and %2 (got %3)").arg(min).arg(max).arg(value));
}

void ValidationErrors::requireAtLeast(const QString& field, qint64 value, qint64 min)
{
    if (value < min)
        add(field, Text::tr("must be at least %1 (got %2)").arg(min).arg(value));
}

void ValidationErrors::maxLength(const QString& field, const QString& value, int maxLength)
{
    if (value.size() > maxLength)
        add(field, Text::tr("must be at most %1 characters").arg(maxLength));
}

void ValidationErrors::merge(const QString& prefix, const ValidationErrors& other)
{
    for (const FieldError& error : other.m_errors)
        add(prefix + QLatin1Char('.') + error.field, error.message);
}

bool ValidationErrors::has(const QString& field) const
{
    for (const FieldError& error : m_errors) {
        if (error.field == field)
            return true;
    }
    return false;
}

QString ValidationErrors::summary() const
{
    QStringList parts;
    for (const FieldError& error : m_errors)
        parts << error.field + QLatin1Char(' ') + error.message;
    return parts.join(QStringLiteral("; "));
}

Error ValidationErrors::toError() const
{
    QVariantMap details;
    for (const FieldError& error : m_errors)
        details.insert(error.field, error.message);
    return Error::make(codes::kValidationError, Text::tr("Invalid data: %1").arg(summary()), details);
}

} // namespace dnd
