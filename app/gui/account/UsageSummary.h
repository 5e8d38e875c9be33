#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace dnd::gui {

// The account panel's "Plan and usage" text from the service's /users/me/usage answer
// ({tier, usage: {key: {used, limit, upgrade?: {tier, name, limit}}}}). Every limit the answer holds
// is listed: the ones this version knows under their own names, a newer one under a label made
// from its key; sizes in kB/MB, a null limit as unlimited, a reached one in bold with the plan
// that lifts it.
class UsageSummary {
    Q_DECLARE_TR_FUNCTIONS(UsageSummary)
public:
    explicit UsageSummary(const QJsonObject& answer);

    QString html() const { return m_html; }
    // Some limit is reached: the panel offers Upgrade.
    bool atLimit() const { return m_atLimit; }

    // "somethingNew" -> "Something new": the label of a limit this version does not know.
    static QString labelFromKey(const QString& key);

private:
    QString m_html;
    bool m_atLimit = false;
};

} // namespace dnd::gui
