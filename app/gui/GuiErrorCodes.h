#pragma once

#include <QString>

// Codes of failures only the window finds (the rules, the store and the service have their own:
// util/ErrorCodes.h, ApiErrorCodes.h).
namespace dnd::gui::errors {

// A tracker command with no encounter open, or one closed while the command was on its way.
inline const QString kNoEncounter = QStringLiteral("NO_ENCOUNTER");
inline const QString kEncounterClosed = QStringLiteral("ENCOUNTER_CLOSED");
// Undo or redo with an empty history.
inline const QString kNothingToUndo = QStringLiteral("NOTHING_TO_UNDO");
inline const QString kNothingToRedo = QStringLiteral("NOTHING_TO_REDO");
// The screenshot tour could not write an image.
inline const QString kWriteFailed = QStringLiteral("WRITE_FAILED");
// libqrencode could not encode a share link (too long for the largest symbol, out of memory).
inline const QString kQrCodeFailed = QStringLiteral("QR_CODE_FAILED");

} // namespace dnd::gui::errors
