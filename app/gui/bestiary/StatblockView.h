#pragma once

#include "model/Creature.h"

#include <QList>
#include <QPair>
#include <QTextBrowser>

namespace dnd::gui {

// Shows one creature laid out like a printed statblock. Every dice expression, attack bonus,
// saving throw, skill and ability modifier is a link; clicking it asks for that roll.
class StatblockView : public QTextBrowser {
    Q_OBJECT
public:
    explicit StatblockView(QWidget* parent = nullptr);

    void setCreature(const Creature& creature);
    void clear();
    // No creature to show, and why (e.g. a player character picked in the tracker).
    void showMessage(const QString& text);
    const std::optional<Creature>& creature() const { return m_creature; }
    // The rolls the links stand for, in document order: (what is rolled, dice expression).
    const QList<QPair<QString, QString>>& rollLinks() const { return m_links; }

signals:
    void rollRequested(const QString& label, const QString& expression);

private:
    QString rollLink(const QString& label, const QString& expression, const QString& text);
    QString actionHtml(const QString& creatureName, const CreatureAction& action, bool legendary);
    QString sectionHtml(const QString& title, const QString& creatureName, const QList<CreatureAction>& list,
                        bool legendary = false, const QString& intro = {});

    std::optional<Creature> m_creature;
    QList<QPair<QString, QString>> m_links;
};

} // namespace dnd::gui
