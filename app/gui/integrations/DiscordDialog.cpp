#include "integrations/DiscordDialog.h"

#include "ApiErrorCodes.h"
#include "ServiceReply.h"
#include "account/SyncController.h"
#include "account/UpgradeMenu.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dnd::gui {

namespace {
enum Column { TargetColumn, WebhookColumn, StatusColumn };
} // namespace

DiscordDialog::DiscordDialog(SyncController& sync, QWidget* parent) : QDialog(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("discordDialog"));
    setWindowTitle(tr("Post to Discord"));
    auto* layout = new QVBoxLayout(this);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("encounterName"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    auto* form = new QFormLayout;
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://discord.com/api/webhooks/..."));
    m_url->setToolTip(tr("In Discord: the channel's settings, Integrations, Webhooks, Copy Webhook URL"));
    // Whoever holds the URL can post to the channel: it is not shown once pasted.
    m_url->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Webhook URL:"), m_url);
    m_thisEncounter = new QRadioButton(tr("This &encounter"));
    m_thisEncounter->setObjectName(QStringLiteral("thisEncounter"));
    m_thisEncounter->setChecked(true);
    m_wholeParty = new QRadioButton(tr("Every encounter of its &party"));
    m_wholeParty->setObjectName(QStringLiteral("wholeParty"));
    auto* targets = new QHBoxLayout;
    targets->addWidget(m_thisEncounter);
    targets->addWidget(m_wholeParty);
    targets->addStretch(1);
    form->addRow(tr("Post:"), targets);
    layout->addLayout(form);

    m_links = new QTreeWidget;
    m_links->setObjectName(QStringLiteral("links"));
    m_links->setRootIsDecorated(false);
    m_links->setHeaderLabels({tr("Linked to"), tr("Webhook"), tr("Last message")});
    m_links->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_links->setAccessibleName(tr("Linked Discord channels"));
    layout->addWidget(m_links, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_link = buttons->addButton(tr("&Link"), QDialogButtonBox::ActionRole);
    m_link->setObjectName(QStringLiteral("linkDiscord"));
    m_test = buttons->addButton(tr("Send &Test Message"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testDiscord"));
    m_remove = buttons->addButton(tr("&Remove Link"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("removeDiscord"));
    m_remove->setToolTip(tr("Nothing more is posted to that channel"));
    m_upgrade = buttons->addButton(tr("&Upgrade..."), QDialogButtonBox::ActionRole);
    m_upgrade->setObjectName(QStringLiteral("upgrade"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_link, &QPushButton::clicked, this, &DiscordDialog::link);
    connect(m_test, &QPushButton::clicked, this, &DiscordDialog::testSelected);
    connect(m_remove, &QPushButton::clicked, this, &DiscordDialog::removeSelected);
    connect(m_links, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_test->setEnabled(!selectedId().isEmpty());
        m_remove->setEnabled(!selectedId().isEmpty());
    });
    connect(m_upgrade, &QPushButton::clicked, this, [this] {
        showUpgradeMenu(m_sync, m_upgrade, [this](const QString& text) { m_message->setText(text); });
    });
    showProblem({});
    resize(620, 420);
}

void DiscordDialog::setEncounter(const QString& encounterId, const QString& name, const QString& partyId)
{
    m_encounterId = encounterId;
    m_partyId = partyId;
    m_title->setText(name);
    if (isVisible())
        load();
}

QString DiscordDialog::message() const
{
    return m_message->text();
}

void DiscordDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    load();
}

void DiscordDialog::showForm(bool shown)
{
    for (QWidget* widget : std::initializer_list<QWidget*>{m_url, m_thisEncounter, m_wholeParty, m_link,
                                                           m_links, m_test, m_remove})
        widget->setEnabled(shown);
    m_wholeParty->setEnabled(shown && !m_partyId.isEmpty());
    m_test->setEnabled(shown && !selectedId().isEmpty());
    m_remove->setEnabled(shown && !selectedId().isEmpty());
}

void DiscordDialog::showProblem(const QString& text, bool upgrade)
{
    showForm(false);
    m_upgrade->setVisible(upgrade);
    m_message->setText(text);
}

QString DiscordDialog::failureText(const Error& error) const
{
    if (sync::isTransient(error))
        return tr("Posting to Discord goes through the companion service, which cannot be reached now (%1). "
                  "Try again once this computer is online.")
            .arg(error.message);
    return error.message;
}

void DiscordDialog::load()
{
    const int generation = ++m_generation;
    if (m_encounterId.isEmpty()) {
        showProblem(tr("Open an encounter in the tracker to post its fight to Discord."));
        return;
    }
    if (!m_sync.isSignedIn()) {
        showProblem(tr("Posting to Discord needs the companion service: sign in under File > Account and "
                       "Sync, and the service posts the fight to your channel."));
        return;
    }
    showProblem(tr("Asking the service..."));
    QPointer<DiscordDialog> self(this);
    m_sync.account().liveViewPlan([this, self, generation](Result<sync::LiveViewPlan> plan) {
        if (!self || generation != m_generation)
            return;
        if (!plan) {
            showProblem(failureText(plan.error()));
            return;
        }
        if (!plan->included) {
            showProblem(
                tr("Posting a fight to Discord comes with the %1 plan or a larger one. Upgrade to link a "
                   "channel.")
                    .arg(plan->cheapestPlanName),
                true);
            return;
        }
        refreshLinks(generation);
    });
}

void DiscordDialog::refreshLinks(int generation, const QString& outcome)
{
    QPointer<DiscordDialog> self(this);
    m_sync.account().discordLinks([this, self, generation, outcome](Result<QJsonArray> links) {
        if (!self || generation != m_generation)
            return;
        if (!links) {
            showProblem(failureText(links.error()));
            return;
        }
        showProblem(tr("Paste the webhook URL of a Discord channel: the service posts round starts, turns, "
                       "defeated creatures and the end of combat there, as the players see them."));
        showForm(true);
        showLinks(links.value());
        if (!outcome.isEmpty())
            m_message->setText(outcome);
    });
}

QString DiscordDialog::statusText(const QJsonObject& link) const
{
    const QString status = link.value(QStringLiteral("status")).toString();
    const QString error = link.value(QStringLiteral("lastError")).toString();
    if (status == QLatin1String("ok"))
        return tr("Delivered (%n message(s) so far)", nullptr,
                  link.value(QStringLiteral("delivered")).toInt());
    if (status == QLatin1String("failed"))
        return tr("Failed: %1").arg(error);
    if (status == QLatin1String("retrying"))
        return tr("Trying again: %1").arg(error);
    if (status == QLatin1String("rate_limited"))
        return tr("Waiting: Discord asked to slow down");
    return tr("Nothing posted yet");
}

void DiscordDialog::showLinks(const QJsonArray& links)
{
    const QString selected = selectedId();
    m_links->clear();
    for (const QJsonValue& value : links) {
        const QJsonObject link = value.toObject();
        const bool party = !link.value(QStringLiteral("partyId")).toString().isEmpty();
        const bool thisOne = party ? link.value(QStringLiteral("partyId")).toString() == m_partyId
                                   : link.value(QStringLiteral("encounterId")).toString() == m_encounterId;
        QString target = party ? tr("A party's encounters") : tr("An encounter");
        if (thisOne)
            target = party ? tr("This encounter's party") : tr("This encounter");
        auto* item = new QTreeWidgetItem(
            m_links, {target, link.value(QStringLiteral("webhook")).toString(), statusText(link)});
        item->setData(TargetColumn, Qt::UserRole, link.value(QStringLiteral("id")).toString());
        item->setToolTip(StatusColumn, item->text(StatusColumn));
        if (item->data(TargetColumn, Qt::UserRole).toString() == selected)
            item->setSelected(true);
    }
    m_test->setEnabled(!selectedId().isEmpty());
    m_remove->setEnabled(!selectedId().isEmpty());
}

QString DiscordDialog::selectedId() const
{
    const QList<QTreeWidgetItem*> items = m_links->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(TargetColumn, Qt::UserRole).toString();
}

void DiscordDialog::link()
{
    const int generation = ++m_generation;
    m_link->setEnabled(false);
    const QString partyId = m_wholeParty->isChecked() ? m_partyId : QString();
    QPointer<DiscordDialog> self(this);
    m_sync.account().linkDiscord(
        m_url->text().trimmed(), m_encounterId, partyId,
        [this, self, generation](Result<QJsonObject> linked) {
            if (!self || generation != m_generation)
                return;
            m_link->setEnabled(true);
            if (!linked) {
                const QString code = linked.error().code;
                if (code == api::kNotFound) {
                    // The encounter is still on its way to the service: send it now.
                    m_message->setText(
                        tr("This encounter has not reached the service yet. It is being synced "
                           "now; link the channel again in a moment."));
                    m_sync.syncNow();
                } else if (code == api::kValidationError) {
                    m_message->setText(tr("That is not a Discord webhook URL. In Discord, open the channel's "
                                          "settings, Integrations, Webhooks, and use Copy Webhook URL."));
                } else {
                    showProblem(failureText(linked.error()), code == api::kTierRequired);
                }
                return;
            }
            m_url->clear();
            refreshLinks(generation, tr("Linked. Send a test message to check that it arrives."));
        });
}

void DiscordDialog::testSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const int generation = m_generation;
    m_test->setEnabled(false);
    m_message->setText(tr("Sending a test message..."));
    QPointer<DiscordDialog> self(this);
    m_sync.account().testDiscordLink(id, [this, self, generation](Status sent) {
        if (!self || generation != m_generation)
            return;
        refreshLinks(generation,
                     sent ? tr("The test message arrived in the channel.")
                          : tr("The test message did not arrive: %1").arg(failureText(sent.error())));
    });
}

void DiscordDialog::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const int generation = ++m_generation;
    m_remove->setEnabled(false);
    QPointer<DiscordDialog> self(this);
    m_sync.account().removeDiscordLink(id, [this, self, generation](Status removed) {
        if (!self || generation != m_generation)
            return;
        if (!removed) {
            m_message->setText(failureText(removed.error()));
            m_remove->setEnabled(true);
            return;
        }
        refreshLinks(generation, tr("The link is removed: nothing more is posted to that channel."));
    });
}

} // namespace dnd::gui
