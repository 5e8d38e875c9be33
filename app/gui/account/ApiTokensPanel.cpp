#include "account/ApiTokensPanel.h"

#include "AccountClient.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dnd::gui {

namespace {
enum Column { Name, Scopes, Prefix, Created, LastUsed, Expires };
// The expiries offered, in days from now; 0 = never.
constexpr int kExpiryDays[] = {30, 90, 365, 0};

QString shownTime(const QJsonValue& value, const QString& none)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : none;
}
} // namespace

ApiTokensPanel::ApiTokensPanel(sync::AccountClient& account, QWidget* parent)
    : QWidget(parent), m_account(account)
{
    setObjectName(QStringLiteral("apiTokensPanel"));
    buildLayout();
    connectSignals();
    updateButtons();
}

void ApiTokensPanel::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("API tokens for your own scripts and tools (read, write, live):")));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("apiTokens"));
    m_list->setAccessibleName(tr("API tokens"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Name"), tr("Scopes"), tr("Starts with"), tr("Created"), tr("Last used"), tr("Expires")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto* form = new QHBoxLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("apiTokenName"));
    m_name->setPlaceholderText(tr("Name, e.g. initiative bot"));
    m_name->setAccessibleName(tr("Token name"));
    m_name->setMaxLength(60);
    form->addWidget(m_name, 1);
    m_read = new QCheckBox(tr("&Read"));
    m_read->setObjectName(QStringLiteral("scopeRead"));
    m_read->setToolTip(tr("Read parties, encounters, creatures and sync pulls"));
    m_read->setChecked(true);
    m_write = new QCheckBox(tr("&Write"));
    m_write->setObjectName(QStringLiteral("scopeWrite"));
    m_write->setToolTip(tr("Create, change and delete data, and push sync changes"));
    m_live = new QCheckBox(tr("&Live"));
    m_live->setObjectName(QStringLiteral("scopeLive"));
    m_live->setToolTip(tr("Follow encounters live over the WebSocket"));
    for (QCheckBox* scope : {m_read, m_write, m_live})
        form->addWidget(scope);
    m_expiry = new QComboBox;
    m_expiry->setObjectName(QStringLiteral("apiTokenExpiry"));
    m_expiry->setAccessibleName(tr("Expires"));
    for (const int days : kExpiryDays)
        m_expiry->addItem(days == 0 ? tr("Never expires") : tr("Expires in %n day(s)", nullptr, days), days);
    form->addWidget(m_expiry);
    m_create = new QPushButton(tr("Create &Token"));
    m_create->setObjectName(QStringLiteral("createApiToken"));
    form->addWidget(m_create);
    layout->addLayout(form);

    m_newTokenBox = new QWidget;
    auto* shown = new QHBoxLayout(m_newTokenBox);
    shown->setContentsMargins(0, 0, 0, 0);
    shown->addWidget(new QLabel(tr("Copy the new token now; it is not shown again:")));
    m_newToken = new QLineEdit;
    m_newToken->setObjectName(QStringLiteral("newApiToken"));
    m_newToken->setAccessibleName(tr("New API token"));
    m_newToken->setReadOnly(true);
    shown->addWidget(m_newToken, 1);
    m_copy = new QPushButton(tr("&Copy"));
    m_copy->setObjectName(QStringLiteral("copyApiToken"));
    shown->addWidget(m_copy);
    m_newTokenBox->hide();
    layout->addWidget(m_newTokenBox);

    auto* bottom = new QHBoxLayout;
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("apiTokenMessage"));
    m_message->setWordWrap(true);
    bottom->addWidget(m_message, 1);
    m_revoke = new QPushButton(tr("Re&voke Token..."));
    m_revoke->setObjectName(QStringLiteral("revokeApiToken"));
    m_revoke->setToolTip(tr("Stop the selected token from working, at once"));
    bottom->addWidget(m_revoke);
    layout->addLayout(bottom);
}

void ApiTokensPanel::connectSignals()
{
    connect(m_create, &QPushButton::clicked, this, &ApiTokensPanel::create);
    connect(m_name, &QLineEdit::returnPressed, this, &ApiTokensPanel::create);
    connect(m_copy, &QPushButton::clicked, this, &ApiTokensPanel::copyToken);
    connect(m_revoke, &QPushButton::clicked, this, &ApiTokensPanel::revoke);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ApiTokensPanel::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &ApiTokensPanel::updateButtons);
    for (QCheckBox* scope : {m_read, m_write, m_live})
        connect(scope, &QCheckBox::toggled, this, &ApiTokensPanel::updateButtons);
}

void ApiTokensPanel::updateButtons()
{
    const bool signedIn = m_account.isSignedIn();
    const bool scoped = m_read->isChecked() || m_write->isChecked() || m_live->isChecked();
    m_create->setEnabled(signedIn && scoped && !m_name->text().trimmed().isEmpty());
    m_revoke->setEnabled(signedIn && m_list->currentItem() != nullptr);
}

void ApiTokensPanel::reload()
{
    if (!m_account.isSignedIn()) {
        m_list->clear();
        m_newToken->clear();
        m_newTokenBox->hide();
        return updateButtons();
    }
    QPointer<ApiTokensPanel> self(this);
    m_account.apiTokens([self](Result<QJsonArray> tokens) {
        if (!self)
            return;
        if (!tokens)
            self->m_message->setText(tokens.errorMessage());
        else
            self->showTokens(tokens.value());
    });
}

void ApiTokensPanel::showTokens(const QJsonArray& tokens)
{
    m_list->clear();
    for (const QJsonValue& value : tokens) {
        const QJsonObject token = value.toObject();
        QStringList scopes;
        for (const QJsonValue& scope : token.value(QStringLiteral("scopes")).toArray())
            scopes << scope.toString();
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(Name, token.value(QStringLiteral("name")).toString());
        item->setText(Scopes, scopes.join(QStringLiteral(", ")));
        item->setText(Prefix, token.value(QStringLiteral("prefix")).toString() + QStringLiteral("…"));
        item->setText(Created, shownTime(token.value(QStringLiteral("createdAt")), {}));
        item->setText(LastUsed, shownTime(token.value(QStringLiteral("lastUsedAt")), tr("never")));
        item->setText(Expires, shownTime(token.value(QStringLiteral("expiresAt")), tr("never")));
        item->setData(Name, Qt::UserRole, token.value(QStringLiteral("id")).toString());
    }
    updateButtons();
}

void ApiTokensPanel::create()
{
    if (!m_create->isEnabled())
        return;
    QStringList scopes;
    if (m_read->isChecked())
        scopes << QStringLiteral("read");
    if (m_write->isChecked())
        scopes << QStringLiteral("write");
    if (m_live->isChecked())
        scopes << QStringLiteral("live");
    const int days = m_expiry->currentData().toInt();
    const QDateTime expiresAt = days > 0 ? QDateTime::currentDateTimeUtc().addDays(days) : QDateTime();
    m_create->setEnabled(false);
    QPointer<ApiTokensPanel> self(this);
    m_account.createApiToken(
        m_name->text().trimmed(), scopes, expiresAt, [self](Result<QJsonObject> created) {
            if (!self)
                return;
            if (!created) {
                self->m_message->setText(created.errorMessage());
                return self->updateButtons();
            }
            self->m_newToken->setText(created->value(QStringLiteral("token")).toString());
            self->m_newTokenBox->show();
            self->m_name->clear();
            self->m_message->setText(
                tr("Token \"%1\" was created.").arg(created->value(QStringLiteral("name")).toString()));
            self->reload();
        });
}

void ApiTokensPanel::copyToken()
{
    QGuiApplication::clipboard()->setText(m_newToken->text());
    m_message->setText(tr("The token is on the clipboard."));
}

void ApiTokensPanel::revoke()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->text(Name);
    const QString id = item->data(Name, Qt::UserRole).toString();
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Revoke API Token"),
        tr("Revoke \"%1\"? Scripts using it stop working at once; this cannot be undone.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QPointer<ApiTokensPanel> self(this);
    m_account.revokeApiToken(id, [self, name](Status status) {
        if (!self)
            return;
        self->m_message->setText(status ? tr("Token \"%1\" was revoked.").arg(name) : status.errorMessage());
        self->reload();
    });
}

} // namespace dnd::gui
