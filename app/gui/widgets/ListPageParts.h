#pragma once

#include <QList>
#include <QString>

class QAbstractItemView;
class QLayout;
class QPushButton;
class QTableView;
class QWidget;

namespace dnd::gui {

// Building blocks the list-and-detail pages (parties, encounters) share, so they look and behave
// alike: a push button tests can find by name, a read-only table picked one row at a time, and
// the left-hand column of a titled list with its buttons under it.
namespace ListPageParts {

QPushButton* button(const QString& text, const QString& objectName);

// Whole rows, one at a time, no editing in place; columns fit their contents, the last one stretches.
void setUpRecordTable(QTableView* table);

// The title (its mnemonic moves focus to the list), the list, `extras` under it, then `buttons`.
QWidget* listColumn(const QString& title, QAbstractItemView* list, QLayout* buttons,
                    const QList<QWidget*>& extras = {});

} // namespace ListPageParts

} // namespace dnd::gui
