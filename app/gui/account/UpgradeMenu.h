#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace dnd::gui {

class SyncController;

// The Upgrade button's menu: the service's plans that can be bought (other than the current one),
// each opening its payment page in the browser. Pops up below `button`; what goes wrong is told
// through `message`.
void showUpgradeMenu(SyncController& sync, QWidget* button, std::function<void(const QString&)> message);

} // namespace dnd::gui
