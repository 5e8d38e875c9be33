#include "settings/AppSettings.h"

namespace dnd::gui {

namespace {
const QString kRules = QStringLiteral("rules/edition");
const QString kGroup = QStringLiteral("initiative/group");
const QString kReroll = QStringLiteral("initiative/rerollEachRound");
const QString kRemoveDefeated = QStringLiteral("initiative/removeDefeated");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kWelcomeShown = QStringLiteral("startup/welcomeShown");
const QString kPlayerHp = QStringLiteral("playerDisplay/hpMode");
const QString kPlayerDark = QStringLiteral("playerDisplay/dark");
const QString kPlayerScreen = QStringLiteral("playerDisplay/screen");
const QString kSyncService = QStringLiteral("sync/service");
const QString kSyncEmail = QStringLiteral("sync/email");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
QString shortcutKey(const QString& id)
{
    return QStringLiteral("shortcuts/") + id;
}
} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

AppSettings::AppSettings(const QString& iniPath, QObject* parent)
    : QObject(parent),
      m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

void AppSettings::write(const QString& key, const QVariant& value)
{
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    emit changed();
}

RulesEdition AppSettings::rules() const
{
    return rulesEditionFromKey(m_settings->value(kRules).toString()).value_or(RulesEdition::Srd2014);
}
void AppSettings::setRules(RulesEdition rules)
{
    write(kRules, rulesEditionKey(rules));
}

InitiativeOptions AppSettings::initiativeOptions() const
{
    InitiativeOptions options;
    options.groupIdenticalCreatures = m_settings->value(kGroup, false).toBool();
    options.rerollEachRound = m_settings->value(kReroll, false).toBool();
    options.removeDefeatedCreatures = m_settings->value(kRemoveDefeated, false).toBool();
    return options;
}
void AppSettings::setInitiativeOptions(const InitiativeOptions& options)
{
    write(kGroup, options.groupIdenticalCreatures);
    write(kReroll, options.rerollEachRound);
    write(kRemoveDefeated, options.removeDefeatedCreatures);
}

Theme AppSettings::theme() const
{
    const QString key = m_settings->value(kTheme).toString();
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}
void AppSettings::setTheme(Theme theme)
{
    write(kTheme, themeKey(theme));
}

QString AppSettings::language() const
{
    // Empty until the DM chooses one: the system's language.
    return m_settings->value(kLanguage).toString();
}
void AppSettings::setLanguage(const QString& language)
{
    write(kLanguage, language);
}

bool AppSettings::welcomeShown() const
{
    return m_settings->value(kWelcomeShown, false).toBool();
}
void AppSettings::setWelcomeShown()
{
    write(kWelcomeShown, true);
}

PlayerHpMode AppSettings::playerHpMode() const
{
    return m_settings->value(kPlayerHp).toString() == QLatin1String("numbers") ? PlayerHpMode::Numbers
                                                                               : PlayerHpMode::Words;
}
void AppSettings::setPlayerHpMode(PlayerHpMode mode)
{
    write(kPlayerHp, mode == PlayerHpMode::Numbers ? QStringLiteral("numbers") : QStringLiteral("words"));
}

bool AppSettings::playerDarkTheme() const
{
    return m_settings->value(kPlayerDark, true).toBool();
}
void AppSettings::setPlayerDarkTheme(bool dark)
{
    write(kPlayerDark, dark);
}

QUrl AppSettings::syncService() const
{
    return QUrl(m_settings->value(kSyncService).toString());
}
QString AppSettings::syncEmail() const
{
    return m_settings->value(kSyncEmail).toString();
}
void AppSettings::setSyncAccount(const QUrl& service, const QString& email)
{
    write(kSyncService, service.toString());
    write(kSyncEmail, email);
}

QString AppSettings::playerScreen() const
{
    return m_settings->value(kPlayerScreen).toString();
}
void AppSettings::setPlayerScreen(const QString& name)
{
    write(kPlayerScreen, name);
}

std::optional<QKeySequence> AppSettings::shortcut(const QString& actionId) const
{
    const QVariant value = m_settings->value(shortcutKey(actionId));
    if (!value.isValid())
        return std::nullopt;
    return QKeySequence::fromString(value.toString(), QKeySequence::PortableText);
}
void AppSettings::setShortcut(const QString& actionId, const QKeySequence& sequence)
{
    write(shortcutKey(actionId), sequence.toString(QKeySequence::PortableText));
}
void AppSettings::resetShortcut(const QString& actionId)
{
    if (!m_settings->contains(shortcutKey(actionId)))
        return;
    m_settings->remove(shortcutKey(actionId));
    emit changed();
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}
QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}
void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(kState, state);
}

} // namespace dnd::gui
