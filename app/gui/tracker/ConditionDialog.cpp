#include "tracker/ConditionDialog.h"

#include "rules/Conditions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dnd::gui {

ConditionDialog::ConditionDialog(RulesEdition edition, const QList<Participant>& combatants,
                                 const QString& targetId, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add Condition"));
    m_condition = new QComboBox;
    m_condition->setObjectName(QStringLiteral("condition"));
    m_condition->setAccessibleName(tr("Condition"));
    for (const rules::ConditionInfo& info : rules::Conditions::all(edition)) {
        m_condition->addItem(info.name, info.key);
        m_condition->setItemData(m_condition->count() - 1, info.description, Qt::ToolTipRole);
    }
    m_condition->addItem(tr("Custom..."), QString());
    m_custom = new QLineEdit;
    m_custom->setAccessibleName(tr("Custom condition name"));
    m_custom->setPlaceholderText(tr("e.g. Hexed"));
    m_custom->setEnabled(false);
    m_level = new QSpinBox;
    m_level->setAccessibleName(tr("Exhaustion level"));
    m_level->setRange(1, rules::Conditions::kMaxExhaustion);
    m_untilRemoved = new QCheckBox(tr("&Until removed"));
    m_untilRemoved->setObjectName(QStringLiteral("untilRemoved"));
    m_rounds = new QSpinBox;
    m_rounds->setObjectName(QStringLiteral("rounds"));
    m_rounds->setAccessibleName(tr("Rounds"));
    m_rounds->setRange(1, 1000);
    m_rounds->setValue(1);
    m_timing = new QComboBox;
    m_timing->setObjectName(QStringLiteral("timing"));
    m_timing->setAccessibleName(tr("Counts down at"));
    m_timing->addItem(tr("the end of the turn of"), int(DurationTiming::TurnEnd));
    m_timing->addItem(tr("the start of the turn of"), int(DurationTiming::TurnStart));
    m_anchor = new QComboBox;
    m_anchor->setAccessibleName(tr("Whose turn"));
    m_anchor->addItem(tr("the bearer"), QString());
    for (const Participant& combatant : combatants) {
        if (combatant.id != targetId)
            m_anchor->addItem(combatant.name, combatant.id);
    }
    m_hidden = new QCheckBox(tr("&Hide from players"));
    m_hidden->setObjectName(QStringLiteral("hiddenFromPlayers"));

    connect(m_condition, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_condition->currentData().toString();
        m_custom->setEnabled(key.isEmpty());
        m_level->setEnabled(key == QLatin1String("exhaustion"));
    });
    connect(m_untilRemoved, &QCheckBox::toggled, this, [this](bool on) {
        m_rounds->setEnabled(!on);
        m_timing->setEnabled(!on);
        m_anchor->setEnabled(!on);
    });
    m_level->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Condition:"), m_condition);
    form->addRow(tr("C&ustom name:"), m_custom);
    form->addRow(tr("Exhaustion &level:"), m_level);
    form->addRow(tr("&Rounds:"), m_rounds);
    form->addRow(QString(), m_untilRemoved);
    form->addRow(tr("Counts down at:"), m_timing);
    form->addRow(QString(), m_anchor);
    form->addRow(QString(), m_hidden);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_condition->setFocus();
}

rules::ConditionRequest ConditionDialog::request() const
{
    rules::ConditionRequest request;
    request.key = m_condition->currentData().toString();
    if (request.key.isEmpty()) {
        request.label = m_custom->text().trimmed();
        request.key = rules::Conditions::customKey(request.label);
    }
    request.exhaustionLevel = m_level->value();
    request.rounds = m_untilRemoved->isChecked() ? -1 : m_rounds->value();
    request.timing = DurationTiming(m_timing->currentData().toInt());
    request.anchorParticipantId = m_anchor->currentData().toString();
    request.hidden = m_hidden->isChecked();
    return request;
}

} // namespace dnd::gui
