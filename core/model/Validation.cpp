#include "model/Validation.h"

#include <QCoreApplication>
#include <QStringList>

namespace dnd {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Validation", text);
}
} // namespace

void ValidationErrors::requireText(const QString& field, const QString& value, int maxLength)
{
    if (value.trimmed().isEmpty())
        add(field, tr("is required"));
    else
        this->maxLength(field, value, maxLength);
}

void ValidationErrors::requireRange(const QString& field, qint64 value, qint64 min, qint64 max)
{
    if (value < min || value > max)
        add(field, tr("must be between %1 and %2 (got %3)").arg(min).arg(max).arg(value));
}

void ValidationErrors::requireAtLeast(const QString& field, qint64 value, qint64 min)
{
    if (value < min)
        add(field, tr("must be at least %1 (got %2)").arg(min).arg(value));
}

void ValidationErrors::maxLength(const QString& field, const QString& value, int maxLength)
{
    if (value.size() > maxLength)
        add(field, tr("must be at most %1 characters").arg(maxLength));
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
    return Error::make(QStringLiteral("VALIDATION_ERROR"), tr("Invalid data: %1").arg(summary()), details);
}

} // namespace dnd
