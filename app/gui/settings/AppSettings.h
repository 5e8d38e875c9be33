#pragma once

#include "model/Creature.h"
#include "model/Encounter.h"

#include <QByteArray>
#include <QKeySequence>
#include <QObject>
#include <QSettings>
#include <QUrl>
#include <memory>

namespace dnd::gui {

enum class Theme { System, Light, Dark };
enum class PlayerHpMode { Numbers, Words };

// The DM's preferences on this computer (not synced): typed access over QSettings, with a signal
// so windows follow a change at once.
class AppSettings : public QObject {
    Q_OBJECT
public:
    // An empty path uses the platform's settings location; tests pass a file.
    explicit AppSettings(const QString& iniPath = {}, QObject* parent = nullptr);

    RulesEdition rules() const;
    void setRules(RulesEdition rules);
    InitiativeOptions initiativeOptions() const;
    void setInitiativeOptions(const InitiativeOptions& options);

    Theme theme() const;
    void setTheme(Theme theme);
    QString language() const; // empty: the system's language
    void setLanguage(const QString& language);
    // Whether the first-start welcome has been shown on this computer.
    bool welcomeShown() const;
    void setWelcomeShown();

    PlayerHpMode playerHpMode() const;
    void setPlayerHpMode(PlayerHpMode mode);
    bool playerDarkTheme() const;
    void setPlayerDarkTheme(bool dark);
    QString playerScreen() const; // screen name; empty = the first other screen
    void setPlayerScreen(const QString& name);

    // A rebound shortcut, or nullopt when the action keeps its default.
    std::optional<QKeySequence> shortcut(const QString& actionId) const;
    void setShortcut(const QString& actionId, const QKeySequence& sequence);
    void resetShortcut(const QString& actionId);

    // The sync account this device signs in to: the service's address and the email. The secret
    // (the refresh token) is in the OS keychain, never here.
    QUrl syncService() const;
    QString syncEmail() const;
    void setSyncAccount(const QUrl& service, const QString& email);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    void sync() { m_settings->sync(); }

signals:
    void changed();

private:
    void write(const QString& key, const QVariant& value);
    std::unique_ptr<QSettings> m_settings;
};

QString themeKey(Theme theme);

} // namespace dnd::gui
