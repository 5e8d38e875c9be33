#pragma once

#include <QLoggingCategory>

// Logging categories of the device's sync layer. Debug output is off unless turned on, for example
// QT_LOGGING_RULES="dnd.sync.*.debug=true". What they log: batch sizes, mutation id ranges,
// cookies, versions, error codes and decisions; never a token, a password or a record's contents.
Q_DECLARE_LOGGING_CATEGORY(lcSyncEngine)   // dnd.sync.engine: rounds, pushes, pulls, retries, stops
Q_DECLARE_LOGGING_CATEGORY(lcSyncAccount)  // dnd.sync.account: sign-in, token renewal, sign-out
Q_DECLARE_LOGGING_CATEGORY(lcSyncKeychain) // dnd.sync.keychain: the OS keychain's answers
Q_DECLARE_LOGGING_CATEGORY(lcSyncPoke)     // dnd.sync.poke: the WebSocket that announces changes
