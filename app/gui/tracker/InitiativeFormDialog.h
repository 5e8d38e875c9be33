#pragma once

#include "model/Participant.h"

#include <QDialog>
#include <QHash>

class QLineEdit;

namespace dnd::gui {

// Start Combat with characters who have no initiative yet: one form with a field per character,
// so the DM types what the players rolled in one go. An empty field leaves that character last.
class InitiativeFormDialog : public QDialog {
    Q_OBJECT
public:
    explicit InitiativeFormDialog(const QList<Participant>& characters, QWidget* parent = nullptr);

    // The typed totals by participant id (empty fields are left out).
    QHash<QString, int> totals() const;
    // The field of each character, in the order shown.
    QList<QLineEdit*> fields() const { return m_fields; }

private:
    QList<QLineEdit*> m_fields;
    QStringList m_ids; // the character of each field
};

} // namespace dnd::gui
