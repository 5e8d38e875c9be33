#pragma once

#include <QLoggingCategory>

// The window's logging categories, for example QT_LOGGING_RULES="dnd.gui.account.debug=true".
// Logged: errors shown to the user (with their code), sync rounds and sign-in results; never a
// password or a token.
Q_DECLARE_LOGGING_CATEGORY(lcGuiWindow) // dnd.gui.window: errors shown in a message box
Q_DECLARE_LOGGING_CATEGORY(lcGuiStore)  // dnd.gui.store: edits, undo and redo the store refused
Q_DECLARE_LOGGING_CATEGORY(
    lcGuiTracker) // dnd.gui.tracker: encounters that would not open, combat commands refused
Q_DECLARE_LOGGING_CATEGORY(lcGuiAccount) // dnd.gui.account: sign-in, token renewal, sync rounds, refusals
Q_DECLARE_LOGGING_CATEGORY(lcGuiStartup) // dnd.gui.startup: checking, restoring and backing up the store
