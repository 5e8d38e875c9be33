#pragma once

#include "util/Result.h"

#include <QString>
#include <QUrl>
#include <functional>

class QWidget;

namespace dnd::gui {

class SyncController;

// The Upgrade button's menu: the service's plans that can be bought (other than the current one),
// each opening its payment page in the browser. Pops up below `button`; what goes wrong is told
// through `message`.
void showUpgradeMenu(SyncController& sync, QWidget* button, std::function<void(const QString&)> message);

// Opens a checkout or portal page the service returned in the browser; otherwise tells `message`
// why not (the service's refusal, the sign-in having ended, or the address to open by hand).
void openBillingPage(const SyncController& sync, const Result<QUrl>& page,
                     const std::function<void(const QString&)>& message);

} // namespace dnd::gui
