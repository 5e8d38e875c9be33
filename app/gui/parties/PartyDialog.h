#pragma once

#include "model/Party.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dnd::gui {

// Names and describes a party; refuses an invalid one with the message next to the field.
class PartyDialog : public QDialog {
    Q_OBJECT
public:
    explicit PartyDialog(const Party& party, QWidget* parent = nullptr);
    Party party() const;
    void accept() override;

private:
    Party m_party;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_nameError = nullptr;
};

} // namespace dnd::gui
