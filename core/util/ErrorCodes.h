#pragma once

#include <QString>

// The stable codes of the core's errors (Error::code). Programs, tests and the service compare
// against these names, never against a string written out; the strings themselves never change,
// since files, command-line reports and the service's answers carry them.
namespace dnd::codes {

// Any layer: a record or request breaks a rule of the data model, or names nothing that exists.
inline const QString kValidationError = QStringLiteral("VALIDATION_ERROR");
inline const QString kNotFound = QStringLiteral("NOT_FOUND");

// store: the SQLite file and the records in it.
inline const QString kDbCorrupt = QStringLiteral("DB_CORRUPT");
inline const QString kDbTooNew = QStringLiteral("DB_TOO_NEW");
inline const QString kDbUnreadable = QStringLiteral("DB_UNREADABLE");
inline const QString kDbIo = QStringLiteral("DB_IO");
inline const QString kDbBusy = QStringLiteral("DB_BUSY");
inline const QString kDbFull = QStringLiteral("DB_FULL");
// The file (or its folder) cannot be written: read-only permissions or file system.
inline const QString kDbReadOnlyFile = QStringLiteral("DB_READ_ONLY_FILE");
inline const QString kDbConstraint = QStringLiteral("DB_CONSTRAINT");
inline const QString kReadOnly = QStringLiteral("READ_ONLY");
inline const QString kDeleted = QStringLiteral("DELETED");
inline const QString kBadClock = QStringLiteral("BAD_CLOCK");
inline const QString kClockDrift = QStringLiteral("CLOCK_DRIFT");

// rules: a combat command that the rules refuse, dice expressions.
inline const QString kRulesError = QStringLiteral("RULES_ERROR");
inline const QString kDiceSyntax = QStringLiteral("DICE_SYNTAX");
inline const QString kDiceLimit = QStringLiteral("DICE_LIMIT");

// bestiary: the bundled creature file and building it from the SRD data.
inline const QString kBestiaryMissing = QStringLiteral("BESTIARY_MISSING");
inline const QString kBestiaryDamaged = QStringLiteral("BESTIARY_DAMAGED");
inline const QString kConvertError = QStringLiteral("CONVERT_ERROR");

// interop: reading files to import.
inline const QString kIoError = QStringLiteral("IO_ERROR");
inline const QString kParseError = QStringLiteral("PARSE_ERROR");
inline const QString kTooLarge = QStringLiteral("TOO_LARGE");
inline const QString kUnknownFormat = QStringLiteral("UNKNOWN_FORMAT");
inline const QString kWrongFormat = QStringLiteral("WRONG_FORMAT");
inline const QString kInvalidFile = QStringLiteral("INVALID_FILE");
inline const QString kBadVersion = QStringLiteral("BAD_VERSION");
inline const QString kTooNew = QStringLiteral("TOO_NEW");
inline const QString kNoCreatures = QStringLiteral("NO_CREATURES");
// interop: writing exports.
inline const QString kCanceled = QStringLiteral("CANCELED");
// A format that holds one fight (Roll20's turn order) asked to write none or several encounters.
inline const QString kNeedsOneEncounter = QStringLiteral("NEEDS_ONE_ENCOUNTER");

} // namespace dnd::codes
