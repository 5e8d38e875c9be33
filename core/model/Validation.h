#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace dnd {

// One problem with one field, worded for the person who typed it.
struct FieldError {
    QString field;
    QString message;
    bool operator==(const FieldError&) const = default;
};

// Collects field errors with the original design's range rules, so every entity validates alike.
class ValidationErrors {
public:
    void add(const QString& field, const QString& message) { m_errors.append({field, message}); }
    void requireText(const QString& field, const QString& value, int maxLength = 200);
    void requireRange(const QString& field, qint64 value, qint64 min, qint64 max);
    void requireAtLeast(const QString& field, qint64 value, qint64 min);
    void maxLength(const QString& field, const QString& value, int maxLength);
    // Compares a document as given with what the model made of it (fromJson then toJson): a field
    // the model knows whose JSON type differs, a number it could not take as is, or a choice it does
    // not know (text read as another value, e.g. "status": "bogus" as "planning"), is an error.
    // Fields the model does not know are left alone.
    void requireJsonTypes(const QJsonObject& given, const QJsonObject& understood);
    // Adds another entity's errors under a prefix such as "characters[2]".
    void merge(const QString& prefix, const ValidationErrors& other);

    bool isEmpty() const { return m_errors.isEmpty(); }
    const QList<FieldError>& errors() const& { return m_errors; }
    // On a temporary (e.g. `for (auto& e : x.validate().errors())`) hand out a copy, not a dangling
    // reference.
    QList<FieldError> errors() && { return std::move(m_errors); }
    bool has(const QString& field) const;
    // One readable paragraph, e.g. for a command-line error.
    QString summary() const;
    // A VALIDATION_ERROR whose details map field names to messages.
    Error toError() const;

private:
    void requireJsonType(const QString& field, const QJsonValue& given, const QJsonValue& understood);

    QList<FieldError> m_errors;
};

} // namespace dnd
