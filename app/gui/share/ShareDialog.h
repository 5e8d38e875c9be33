#pragma once

#include "util/Result.h"

#include <QDialog>
#include <QImage>
#include <QJsonObject>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dnd::gui {

class SyncController;

// Combat > Share with Players: a link (and its QR code) the players open on their phones or a TV
// to follow the open encounter live, made by the companion service. Shows the encounter's link
// again when it has one, copies it, and revokes it (the service disconnects whoever watches).
// Says what is missing instead when the plan has no live view, the email is not confirmed, or the
// service is not signed in or cannot be reached.
class ShareDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShareDialog(SyncController& sync, QWidget* parent = nullptr);

    // The encounter to share; the dialog asks the service again for its link.
    void setEncounter(const QString& encounterId, const QString& name);
    // The players' page shown (empty when there is no link).
    QString link() const;
    // The QR code as shown (null when there is no link).
    QImage qrImage() const { return m_qrImage; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Asks the service what applies: sign in, upgrade, the link it has, or a new one to create.
    void load();
    // Looks for the encounter's link (once the plan is known to have the live view).
    void findShare(int generation);
    void createShare();
    void copyLink();
    void revokeShare();
    void showShare(const QJsonObject& share);
    // No link: the button that creates one.
    void offerCreate();
    // A sentence instead of the link; `upgrade` adds the Upgrade button.
    void showProblem(const QString& text, bool upgrade = false);
    // The sentence for a failed call (offline, refused ...).
    QString failureText(const Error& error) const;

    SyncController& m_sync;
    QString m_encounterId;
    QString m_code;
    QImage m_qrImage;
    int m_generation = 0; // answers for an earlier encounter or load are dropped
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_link = nullptr;
    QLabel* m_qr = nullptr;
    QCheckBox* m_characterHp = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_upgrade = nullptr;
};

} // namespace dnd::gui
