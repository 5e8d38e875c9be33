#include "tracker/TrackerMaxHpDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dnd::gui {

TrackerMaxHpDialog::TrackerMaxHpDialog(const QString& name, int statblockMax, std::optional<int> current,
                                       QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Maximum HP of %1").arg(name));
    m_maxHp = new QSpinBox;
    m_maxHp->setObjectName(QStringLiteral("maxHp"));
    m_maxHp->setAccessibleName(tr("Maximum hit points"));
    m_maxHp->setRange(1, 99999);
    m_maxHp->setValue(current.value_or(statblockMax));
    m_statblock = new QCheckBox(tr("Use the statblock maximum (%1)").arg(statblockMax));
    m_statblock->setObjectName(QStringLiteral("useStatblockMax"));
    m_statblock->setChecked(!current.has_value());
    m_maxHp->setEnabled(current.has_value());
    connect(m_statblock, &QCheckBox::toggled, m_maxHp, [this](bool statblock) {
        m_maxHp->setEnabled(!statblock);
        if (!statblock)
            m_maxHp->setFocus();
    });

    auto* form = new QFormLayout;
    form->addRow(m_statblock);
    auto* label = new QLabel(tr("&Maximum HP:"));
    label->setBuddy(m_maxHp);
    form->addRow(label, m_maxHp);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Current hit points stay within the new maximum.")));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

std::optional<int> TrackerMaxHpDialog::maxHp() const
{
    if (m_statblock->isChecked())
        return std::nullopt;
    return m_maxHp->value();
}

} // namespace dnd::gui
