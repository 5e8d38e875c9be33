#include "parties/PartyDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dnd::gui {

PartyDialog::PartyDialog(const Party& party, QWidget* parent) : QDialog(parent), m_party(party)
{
    setWindowTitle(party.name.isEmpty() ? tr("New Party") : tr("Edit Party"));
    m_name = new QLineEdit(party.name);
    m_name->setObjectName(QStringLiteral("partyName"));
    m_name->setAccessibleName(tr("Party name"));
    m_description = new QPlainTextEdit(party.description);
    m_description->setAccessibleName(tr("Party description"));
    m_description->setTabChangesFocus(true);
    m_nameError = new QLabel;
    m_nameError->setObjectName(QStringLiteral("error.name"));
    m_nameError->setStyleSheet(QStringLiteral("color: #c62828"));
    m_nameError->hide();

    auto* nameBox = new QVBoxLayout;
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameError);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), nameBox);
    form->addRow(tr("&Description:"), m_description);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PartyDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_name->setFocus();
}

Party PartyDialog::party() const
{
    Party result = m_party;
    result.name = m_name->text().trimmed();
    result.description = m_description->toPlainText().trimmed();
    return result;
}

void PartyDialog::accept()
{
    QStringList messages;
    const ValidationErrors errors = party().validate();
    for (const FieldError& error : errors.errors())
        messages.append(error.message);
    m_nameError->setText(messages.join(QLatin1Char('\n')));
    m_nameError->setVisible(!messages.isEmpty());
    if (messages.isEmpty())
        QDialog::accept();
    else
        m_name->setFocus();
}

} // namespace dnd::gui
