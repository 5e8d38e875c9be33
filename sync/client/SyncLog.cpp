#include "SyncLog.h"

Q_LOGGING_CATEGORY(lcSyncEngine, "dnd.sync.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncAccount, "dnd.sync.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncKeychain, "dnd.sync.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncPoke, "dnd.sync.poke", QtInfoMsg)
