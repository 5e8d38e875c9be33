#include "tracker/InitiativeFormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dnd::gui {

InitiativeFormDialog::InitiativeFormDialog(const QList<Participant>& characters, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("initiativeForm"));
    setWindowTitle(tr("Initiative"));
    auto* layout = new QFormLayout(this);
    auto* explanation = new QLabel(
        tr("These characters have no initiative yet. Type the totals the players rolled; a character "
           "left empty acts last."));
    explanation->setWordWrap(true);
    layout->addRow(explanation);
    for (qsizetype row = 0; row < characters.size(); ++row) {
        auto* field = new QLineEdit;
        field->setValidator(new QIntValidator(-20, 99, field));
        field->setAccessibleName(tr("Initiative of %1").arg(characters[row].displayName()));
        field->setMaximumWidth(80);
        auto* label = new QLabel(characters[row].displayName());
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(field);
        layout->addRow(label, field);
        m_fields.append(field);
        m_ids.append(characters[row].id);
    }
    if (!m_fields.isEmpty())
        m_fields.first()->setFocus(); // the DM types the first total at once
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start Combat"));
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QHash<QString, int> InitiativeFormDialog::totals() const
{
    QHash<QString, int> result;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        bool ok = false;
        const int total = m_fields[i]->text().trimmed().toInt(&ok);
        if (ok)
            result.insert(m_ids[i], total);
    }
    return result;
}

} // namespace dnd::gui
