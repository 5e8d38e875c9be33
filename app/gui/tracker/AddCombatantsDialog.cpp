#include "tracker/AddCombatantsDialog.h"

#include "bestiary/CreatureSearchModel.h"
#include "rules/EncounterSession.h"
#include "widgets/ListPageParts.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace dnd::gui {

AddCombatantsDialog::AddCombatantsDialog(LocalStore& store, QWidget* parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Add Combatants"));
    m_fromBestiary = new QRadioButton(tr("From the bes&tiary"));
    m_fromBestiary->setObjectName(QStringLiteral("fromBestiary"));
    m_fromBestiary->setChecked(true);
    m_blank = new QRadioButton(tr("&Blank creature"));
    m_blank->setObjectName(QStringLiteral("blankCreature"));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("addSearch"));
    m_search->setAccessibleName(tr("Search the bestiary"));
    m_search->setPlaceholderText(tr("Name, type or tag; Down to pick from the list"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_results = new CreatureSearchModel(store, this);
    m_resultList = new QTableView;
    m_resultList->setObjectName(QStringLiteral("addResults"));
    m_resultList->setAccessibleName(tr("Creatures found"));
    m_resultList->setModel(m_results);
    ListPageParts::setUpRecordTable(m_resultList);

    m_name = new QLineEdit(tr("New creature"));
    m_name->setObjectName(QStringLiteral("blankName"));
    m_hp = new QSpinBox;
    m_hp->setObjectName(QStringLiteral("blankHp"));
    m_hp->setRange(1, 9999);
    m_hp->setValue(10);
    m_ac = new QSpinBox;
    m_ac->setObjectName(QStringLiteral("blankAc"));
    m_ac->setRange(1, 40);
    m_ac->setValue(12);
    m_modifier = new QSpinBox;
    m_modifier->setObjectName(QStringLiteral("blankInitiativeModifier"));
    m_modifier->setRange(-5, 10);
    auto* blankForm = new QFormLayout;
    blankForm->addRow(tr("&Name:"), m_name);
    blankForm->addRow(tr("Hit &points:"), m_hp);
    blankForm->addRow(tr("&AC:"), m_ac);
    blankForm->addRow(tr("Initiative &modifier:"), m_modifier);

    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("addCount"));
    m_count->setRange(1, rules::EncounterSession::kMostAddedAtOnce);
    m_hidden = new QCheckBox(tr("Add &hidden"));
    m_hidden->setObjectName(QStringLiteral("addHidden"));
    m_initiativeKind = new QComboBox;
    m_initiativeKind->setObjectName(QStringLiteral("addInitiative"));
    m_initiativeKind->addItem(tr("Roll"), int(rules::JoinInitiative::Kind::Roll));
    m_initiativeKind->addItem(tr("Type a total"), int(rules::JoinInitiative::Kind::Total));
    m_initiativeKind->addItem(tr("None yet (last in the order)"), int(rules::JoinInitiative::Kind::None));
    m_total = new QSpinBox;
    m_total->setObjectName(QStringLiteral("addInitiativeTotal"));
    m_total->setAccessibleName(tr("Initiative total"));
    m_total->setRange(-20, 60);
    m_total->setValue(10);
    m_total->setEnabled(false);
    auto* initiativeRow = new QHBoxLayout;
    initiativeRow->addWidget(m_initiativeKind);
    initiativeRow->addWidget(m_total);
    auto* common = new QFormLayout;
    common->addRow(tr("&Count:"), m_count);
    common->addRow(tr("&Initiative:"), initiativeRow);
    common->addRow(QString(), m_hidden);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fromBestiary);
    layout->addWidget(m_search);
    layout->addWidget(m_resultList, 1);
    layout->addWidget(m_blank);
    layout->addLayout(blankForm);
    layout->addLayout(common);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &AddCombatantsDialog::search);
    connect(m_blank, &QRadioButton::toggled, this, &AddCombatantsDialog::showSource);
    connect(m_resultList, &QTableView::activated, this, &AddCombatantsDialog::accept);
    connect(m_initiativeKind, &QComboBox::currentIndexChanged, this, [this] {
        const bool typed = m_initiativeKind->currentData().toInt() == int(rules::JoinInitiative::Kind::Total);
        m_total->setEnabled(typed);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &AddCombatantsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search();
    showSource();
    resize(560, 560);
}

bool AddCombatantsDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QApplication::sendEvent(m_resultList, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AddCombatantsDialog::search()
{
    CreatureQuery query;
    query.text = m_search->text().trimmed();
    query.limit = 200;
    m_results->setQuery(query);
    if (m_results->rowCount() > 0)
        m_resultList->selectRow(0);
}

void AddCombatantsDialog::showSource()
{
    const bool blank = m_blank->isChecked();
    m_search->setEnabled(!blank);
    m_resultList->setEnabled(!blank);
    for (QWidget* field : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_hp),
                           static_cast<QWidget*>(m_ac), static_cast<QWidget*>(m_modifier)})
        field->setEnabled(blank);
    if (blank) {
        m_name->setFocus();
        m_name->selectAll();
    } else {
        m_search->setFocus();
    }
}

std::optional<Creature> AddCombatantsDialog::creature() const
{
    if (m_blank->isChecked()) {
        Creature blank;
        blank.name = m_name->text().trimmed();
        blank.hp = m_hp->value();
        blank.ac = m_ac->value();
        // The Dexterity score whose modifier is the one typed.
        blank.abilities.setScore(Ability::Dexterity, 10 + 2 * m_modifier->value());
        return blank;
    }
    const CreatureSummary* summary = m_results->summaryAt(m_resultList->currentIndex().row());
    return summary ? m_store.get<Creature>(summary->id) : std::nullopt;
}

int AddCombatantsDialog::count() const
{
    return m_count->value();
}

bool AddCombatantsDialog::hidden() const
{
    return m_hidden->isChecked();
}

rules::JoinInitiative AddCombatantsDialog::initiative() const
{
    rules::JoinInitiative initiative;
    initiative.kind = rules::JoinInitiative::Kind(m_initiativeKind->currentData().toInt());
    initiative.total = m_total->value();
    return initiative;
}

void AddCombatantsDialog::accept()
{
    if (m_blank->isChecked() && m_name->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("The creature needs a name."));
        m_name->setFocus();
        return;
    }
    if (!m_blank->isChecked() && !creature()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("No creature matches the search: change it or add a blank creature."));
        m_search->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace dnd::gui
