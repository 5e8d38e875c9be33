#pragma once

#include "model/Creature.h"
#include "rules/CombatRequests.h"
#include "store/LocalStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace dnd::gui {

class CreatureSearchModel;

// Adds monsters from the tracker, also mid-fight: a bestiary creature found by name, or a blank
// creature with a name, hit points, AC and initiative modifier; how many, hidden or not, and how
// they get their initiative (rolled by default, a typed total, or none).
class AddCombatantsDialog : public QDialog {
    Q_OBJECT
public:
    AddCombatantsDialog(LocalStore& store, QWidget* parent = nullptr);

    // The bestiary creature picked, else (a blank creature chosen) the blank one's statblock.
    std::optional<Creature> creature() const;
    int count() const;
    bool hidden() const;
    rules::JoinInitiative initiative() const;

    void accept() override;

protected:
    // Up and Down in the search field move through the results, so typing and picking stay on keys.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void showSource();

    LocalStore& m_store;
    QRadioButton* m_fromBestiary = nullptr;
    QRadioButton* m_blank = nullptr;
    QLineEdit* m_search = nullptr;
    CreatureSearchModel* m_results = nullptr;
    QTableView* m_resultList = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_hp = nullptr;
    QSpinBox* m_ac = nullptr;
    QSpinBox* m_modifier = nullptr;
    QSpinBox* m_count = nullptr;
    QCheckBox* m_hidden = nullptr;
    QComboBox* m_initiativeKind = nullptr;
    QSpinBox* m_total = nullptr;
};

} // namespace dnd::gui
