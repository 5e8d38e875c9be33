#pragma once

#include <QDialog>
#include <optional>

class QCheckBox;
class QSpinBox;

namespace dnd::gui {

// Asks for a combatant's maximum hit points for this fight (a rolled maximum, a curse that
// lowers it), or to go back to the statblock's figure.
class TrackerMaxHpDialog : public QDialog {
    Q_OBJECT
public:
    TrackerMaxHpDialog(const QString& name, int statblockMax, std::optional<int> current,
                       QWidget* parent = nullptr);

    // The chosen override; nullopt = use the statblock maximum.
    std::optional<int> maxHp() const;
    QSpinBox* maxHpBox() const { return m_maxHp; }
    QCheckBox* statblockBox() const { return m_statblock; }

private:
    QSpinBox* m_maxHp = nullptr;
    QCheckBox* m_statblock = nullptr;
};

} // namespace dnd::gui
