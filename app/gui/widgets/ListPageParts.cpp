#include "widgets/ListPageParts.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dnd::gui::ListPageParts {

QPushButton* button(const QString& text, const QString& objectName)
{
    auto* result = new QPushButton(text);
    result->setObjectName(objectName);
    return result;
}

void setUpRecordTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

QWidget* listColumn(const QString& title, QAbstractItemView* list, QLayout* buttons,
                    const QList<QWidget*>& extras)
{
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title);
    label->setBuddy(list);
    layout->addWidget(label);
    layout->addWidget(list);
    for (QWidget* extra : extras)
        layout->addWidget(extra);
    layout->addLayout(buttons);
    return column;
}

} // namespace dnd::gui::ListPageParts
