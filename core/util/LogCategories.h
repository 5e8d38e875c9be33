#pragma once

#include <QLoggingCategory>

// The core's logging categories, for example QT_LOGGING_RULES="dnd.core.store.*.debug=true". The
// core logs what it does to the data file and why a read or write failed; never a record's contents.
Q_DECLARE_LOGGING_CATEGORY(lcLocalStore) // dnd.core.store: records read, listed and written
Q_DECLARE_LOGGING_CATEGORY(lcDatabase)   // dnd.core.store.database: opening, migrations, checks
Q_DECLARE_LOGGING_CATEGORY(lcStoreSync)  // dnd.core.store.sync: rows merged from the service
Q_DECLARE_LOGGING_CATEGORY(lcBestiary)   // dnd.core.bestiary: installing the bundled creatures
