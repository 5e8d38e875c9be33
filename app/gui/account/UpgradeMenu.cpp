#include "account/UpgradeMenu.h"

#include "account/SyncController.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QWidget>

namespace dnd::gui {

void openBillingPage(const SyncController& sync, const Result<QUrl>& page,
                     const std::function<void(const QString&)>& message)
{
    if (!page) {
        // A sign-in the service ended meanwhile (password reset, device removed) signs this
        // computer out on the way: say so rather than only the service's refusal.
        message(sync.isSignedIn() ? page.errorMessage()
                                  : QCoreApplication::translate(
                                        "UpgradeMenu", "This computer is no longer signed in (%1). Sign in "
                                                       "again, then try once more.")
                                        .arg(page.errorMessage()));
        return;
    }
    if (!QDesktopServices::openUrl(page.value()))
        message(QCoreApplication::translate("UpgradeMenu", "Open %1 in a browser.").arg(page->toString()));
}

void showUpgradeMenu(SyncController& sync, QWidget* button, std::function<void(const QString&)> message)
{
    QPointer<QWidget> anchor(button);
    sync.account().plans([&sync, anchor, message](Result<QJsonArray> plans) {
        if (!anchor)
            return;
        if (!plans) {
            message(plans.errorMessage());
            return;
        }
        auto* menu = new QMenu(anchor);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (const QJsonValue& value : plans.value()) {
            const QJsonObject plan = value.toObject();
            const QString tier = plan.value(QStringLiteral("tier")).toString();
            if (!plan.value(QStringLiteral("purchasable")).toBool() || tier == sync.tier())
                continue;
            const QString label =
                QCoreApplication::translate("UpgradeMenu", "%1, %2 a month")
                    .arg(plan.value(QStringLiteral("name")).toString(),
                         QLocale().toCurrencyString(plan.value(QStringLiteral("monthlyPrice")).toDouble(),
                                                    QStringLiteral("$")));
            QObject::connect(menu->addAction(label), &QAction::triggered, anchor,
                             [&sync, anchor, message, tier] {
                                 sync.account().checkout(tier, [&sync, anchor, message](Result<QUrl> page) {
                                     if (anchor)
                                         openBillingPage(sync, page, message);
                                 });
                             });
        }
        menu->popup(anchor->mapToGlobal(QPoint(0, anchor->height())));
    });
}

} // namespace dnd::gui
