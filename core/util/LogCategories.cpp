#include "util/LogCategories.h"

Q_LOGGING_CATEGORY(lcLocalStore, "dnd.core.store")
Q_LOGGING_CATEGORY(lcDatabase, "dnd.core.store.database")
Q_LOGGING_CATEGORY(lcStoreSync, "dnd.core.store.sync")
Q_LOGGING_CATEGORY(lcBestiary, "dnd.core.bestiary")
