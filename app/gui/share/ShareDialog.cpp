#include "share/ShareDialog.h"

#include "ApiErrorCodes.h"
#include "ServiceReply.h"
#include "account/SyncController.h"
#include "account/UpgradeMenu.h"
#include "share/QrCode.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace dnd::gui {

namespace {
// Pixels per QR module: large enough for a phone camera across a table.
constexpr int kModulePixels = 6;
} // namespace

ShareDialog::ShareDialog(SyncController& sync, QWidget* parent) : QDialog(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("shareDialog"));
    setWindowTitle(tr("Share with Players"));
    auto* layout = new QVBoxLayout(this);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("encounterName"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(m_title);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(m_message);

    m_qr = new QLabel;
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_qr->setAccessibleName(tr("QR code of the link"));
    layout->addWidget(m_qr);

    auto* linkRow = new QHBoxLayout;
    m_link = new QLineEdit;
    m_link->setObjectName(QStringLiteral("link"));
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Link for the players"));
    m_copy = new QPushButton(tr("&Copy Link"));
    m_copy->setObjectName(QStringLiteral("copyLink"));
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copy);
    layout->addLayout(linkRow);

    m_characterHp = new QCheckBox(tr("Show the characters' hit points as &numbers (monsters' never)"));
    m_characterHp->setObjectName(QStringLiteral("characterHpNumbers"));
    layout->addWidget(m_characterHp);
    layout->addStretch(1); // the words and the code stay together at the top

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_create = buttons->addButton(tr("Create &Link"), QDialogButtonBox::ActionRole);
    m_create->setObjectName(QStringLiteral("createShare"));
    m_revoke = buttons->addButton(tr("&Revoke Link"), QDialogButtonBox::ActionRole);
    m_revoke->setObjectName(QStringLiteral("revokeShare"));
    m_revoke->setToolTip(tr("The link stops working and the players who follow it are disconnected"));
    m_upgrade = buttons->addButton(tr("&Upgrade..."), QDialogButtonBox::ActionRole);
    m_upgrade->setObjectName(QStringLiteral("upgrade"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &ShareDialog::createShare);
    connect(m_copy, &QPushButton::clicked, this, &ShareDialog::copyLink);
    connect(m_revoke, &QPushButton::clicked, this, &ShareDialog::revokeShare);
    connect(m_upgrade, &QPushButton::clicked, this, [this] {
        showUpgradeMenu(m_sync, m_upgrade, [this](const QString& text) { m_message->setText(text); });
    });
    showProblem({});
    resize(460, 420);
}

void ShareDialog::setEncounter(const QString& encounterId, const QString& name)
{
    m_encounterId = encounterId;
    m_title->setText(name);
    if (isVisible())
        load();
}

QString ShareDialog::link() const
{
    return m_code.isEmpty() ? QString() : m_link->text();
}

void ShareDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    load();
}

void ShareDialog::showProblem(const QString& text, bool upgrade)
{
    m_code.clear();
    m_qrImage = {};
    m_qr->clear();
    m_qr->hide();
    m_link->clear();
    m_link->hide();
    m_copy->hide();
    m_revoke->hide();
    m_create->hide();
    m_characterHp->hide();
    m_upgrade->setVisible(upgrade);
    m_message->setText(text);
}

QString ShareDialog::failureText(const Error& error) const
{
    if (sync::isTransient(error))
        return tr("Sharing needs the companion service, which cannot be reached now (%1). Try again "
                  "once this computer is online.")
            .arg(error.message);
    return error.message;
}

void ShareDialog::load()
{
    const int generation = ++m_generation;
    if (m_encounterId.isEmpty()) {
        showProblem(tr("Open an encounter in the tracker to share it."));
        return;
    }
    if (!m_sync.isSignedIn()) {
        showProblem(tr("Sharing with players needs the companion service: sign in under File > Account "
                       "and Sync, and the encounter can be followed on the players' phones."));
        return;
    }
    showProblem(tr("Asking the service..."));
    // The plan as the service has it now: a purchase made since the sign-in counts at once.
    QPointer<ShareDialog> self(this);
    m_sync.account().liveViewPlan([this, self, generation](Result<sync::LiveViewPlan> plan) {
        if (!self || generation != m_generation)
            return;
        if (!plan) {
            showProblem(failureText(plan.error()));
            return;
        }
        if (!plan->included) {
            showProblem(tr("Players follow the fight on their phones with the %1 plan or a larger one. "
                           "Upgrade to share this encounter.")
                            .arg(plan->cheapestPlanName),
                        true);
            return;
        }
        findShare(generation);
    });
}

void ShareDialog::findShare(int generation)
{
    QPointer<ShareDialog> self(this);
    m_sync.account().shares([this, self, generation](Result<QJsonArray> shares) {
        if (!self || generation != m_generation)
            return;
        if (!shares) {
            showProblem(failureText(shares.error()));
            return;
        }
        for (const QJsonValue& value : shares.value()) {
            if (value.toObject().value(QStringLiteral("encounterId")).toString() == m_encounterId) {
                showShare(value.toObject());
                return;
            }
        }
        offerCreate();
    });
}

void ShareDialog::offerCreate()
{
    showProblem(tr("Create a link for the players: on their phones or a TV they follow this fight live "
                   "as the player display shows it. Whoever has the link can watch until you revoke it."));
    m_create->show();
    m_create->setEnabled(true);
    m_characterHp->show();
}

void ShareDialog::createShare()
{
    const int generation = ++m_generation;
    m_create->setEnabled(false);
    QPointer<ShareDialog> self(this);
    m_sync.account().createShare(
        m_encounterId, m_characterHp->isChecked(), [this, self, generation](Result<QJsonObject> share) {
            if (!self || generation != m_generation)
                return;
            if (share) {
                showShare(share.value());
                return;
            }
            const QString code = share.error().code;
            if (code == api::kNotFound) {
                // The encounter is still on its way to the service: send it now.
                offerCreate();
                m_message->setText(tr("This encounter has not reached the service yet. It is being synced "
                                      "now; create the link again in a moment."));
                m_sync.syncNow();
            } else {
                showProblem(failureText(share.error()), code == api::kTierRequired);
            }
        });
}

void ShareDialog::showShare(const QJsonObject& share)
{
    const QString link = m_sync.account().playerPage(share).toString();
    Result<QrCode> qr = QrCode::encode(link);
    showProblem(tr("Players open this link, or scan the code, to follow the fight live."));
    m_code = share.value(QStringLiteral("code")).toString();
    m_link->setText(link);
    m_link->show();
    m_copy->show();
    m_revoke->show();
    m_revoke->setEnabled(true);
    if (!qr) {
        m_message->setText(qr.errorMessage());
        return;
    }
    m_qrImage = qr->image(kModulePixels);
    m_qr->setPixmap(QPixmap::fromImage(m_qrImage));
    m_qr->show();
}

void ShareDialog::copyLink()
{
    QGuiApplication::clipboard()->setText(m_link->text());
    m_message->setText(tr("The link is copied: paste it into the group's chat."));
}

void ShareDialog::revokeShare()
{
    const int generation = ++m_generation;
    m_revoke->setEnabled(false);
    QPointer<ShareDialog> self(this);
    m_sync.account().revokeShare(m_code, [this, self, generation](Status revoked) {
        if (!self || generation != m_generation)
            return;
        if (!revoked) {
            m_revoke->setEnabled(true);
            m_message->setText(failureText(revoked.error()));
            return;
        }
        offerCreate();
        m_message->setText(tr("The link no longer works, and the players who followed it were disconnected. "
                              "A new link can be created."));
    });
}

} // namespace dnd::gui
