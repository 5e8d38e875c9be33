#include "GuiLog.h"

Q_LOGGING_CATEGORY(lcGuiWindow, "dnd.gui.window")
Q_LOGGING_CATEGORY(lcGuiStore, "dnd.gui.store")
Q_LOGGING_CATEGORY(lcGuiTracker, "dnd.gui.tracker")
Q_LOGGING_CATEGORY(lcGuiAccount, "dnd.gui.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGuiStartup, "dnd.gui.startup")
