#include "tracker/CombatSummaryDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace dnd::gui {

namespace {
QLabel* named(const QString& objectName, const QString& text)
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

CombatSummaryDialog::CombatSummaryDialog(const rules::CombatSummary& summary, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Combat Summary"));
    setObjectName(QStringLiteral("combatSummary"));
    const qint64 seconds = summary.elapsedMs / 1000;
    auto* form = new QFormLayout;
    form->addRow(tr("Rounds:"), named(QStringLiteral("summaryRounds"), QString::number(summary.rounds)));
    form->addRow(tr("Duration:"),
                 named(QStringLiteral("summaryDuration"),
                       tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))));
    form->addRow(tr("Defeated:"),
                 named(QStringLiteral("summaryDefeated"), summary.defeated.isEmpty()
                                                              ? tr("nobody")
                                                              : summary.defeated.join(QStringLiteral(", "))));
    form->addRow(tr("XP earned:"), named(QStringLiteral("summaryXp"), QString::number(summary.totalXp)));
    QStringList shares;
    for (const rules::CombatSummary::XpShare& share : summary.xpShares)
        shares << tr("%1: %2 XP").arg(share.name).arg(share.xp);
    form->addRow(tr("XP each:"), named(QStringLiteral("summaryShares"),
                                       shares.isEmpty() ? tr("no characters in the fight")
                                                        : shares.join(QStringLiteral(", "))));

    m_damage = new QTableWidget(int(summary.damage.size()), 3);
    m_damage->setObjectName(QStringLiteral("summaryDamage"));
    m_damage->setAccessibleName(tr("Damage dealt and taken"));
    m_damage->setHorizontalHeaderLabels({tr("Combatant"), tr("Dealt"), tr("Taken")});
    m_damage->verticalHeader()->hide();
    m_damage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_damage->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int row = 0; row < summary.damage.size(); ++row) {
        const rules::CombatSummary::Tally& tally = summary.damage.at(row);
        m_damage->setItem(row, 0, new QTableWidgetItem(tally.name));
        m_damage->setItem(row, 1, new QTableWidgetItem(QString::number(tally.dealt)));
        m_damage->setItem(row, 2, new QTableWidgetItem(QString::number(tally.taken)));
    }

    // Tall enough for a usual fight's combatants without scrolling; a big battle scrolls.
    constexpr int kRowsShown = 12;
    int tableHeight = m_damage->horizontalHeader()->sizeHint().height() + 2 * m_damage->frameWidth();
    for (int row = 0; row < std::min(kRowsShown, m_damage->rowCount()); ++row)
        tableHeight += m_damage->rowHeight(row);
    m_damage->setMinimumHeight(tableHeight);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_damage, 1);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

} // namespace dnd::gui
