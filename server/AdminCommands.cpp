#include "AdminCommands.h"

#include "Server.h"
#include "ServerErrorCodes.h"
#include "auth/PasswordHasher.h"
#include "auth/SecureRandom.h"
#include "auth/Sessions.h"
#include "billing/PlanCatalog.h"
#include "storage/EntityRepository.h"
#include "storage/ServerDatabase.h"
#include "storage/SyncRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <cstdio>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AdminCommands", text);
}
int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}
} // namespace

int runAdminCommand(const ParsedCommandLine& command, const QByteArray& standardInput)
{
    const ServerConfig& config = command.config;
    if (!QDir().mkpath(config.dataDir))
        return fail(tr("Cannot create the data directory %1.").arg(config.dataDir));
    Result<std::unique_ptr<ServerDatabase>> opened =
        ServerDatabase::open(config.effectiveDatabaseUrl(), QStringLiteral("dnd-server-admin"));
    if (!opened)
        return fail(opened.errorMessage());
    ServerDatabase& db = *opened.value();
    if (Status migrated = db.migrate(); !migrated)
        return fail(migrated.errorMessage());
    const QString verb = command.command.value(0);
    const QString sub = command.command.value(1);
    if (verb == QStringLiteral("migrate")) {
        std::printf("%s\n", qPrintable(tr("Database at schema version %1.").arg(db.schemaVersion())));
        return 0;
    }
    if (verb != QStringLiteral("admin"))
        return fail(tr("Unknown command \"%1\"; see --help.").arg(command.command.join(QLatin1Char(' '))));
    const QString email = command.email.trimmed().toLower();
    if (sub == QStringLiteral("create-admin")) {
        if (email.isEmpty() || !command.passwordFromStdin)
            return fail(tr("Usage: admin create-admin --email E --password-stdin"));
        const QString password = QString::fromUtf8(standardInput).trimmed();
        const QString username = email.section(QLatin1Char('@'), 0, 0).left(24) + QStringLiteral("-admin");
        if (const QString weakness = PasswordHasher::weakness(password, {}, {}); !weakness.isEmpty())
            return fail(tr("Password too weak: %1").arg(weakness));
        Result<QString> hash = PasswordHasher(config.scryptLogN).hash(password);
        if (!hash)
            return fail(hash.errorMessage());
        HybridLogicalClock clock(SystemClock::instance(), QStringLiteral("admin"));
        EntityRepository entities(db, clock);
        const QString id = secure::newId();
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        Status created = db.transaction([&]() -> Status {
            Result<std::optional<Row>> existing =
                db.one(QStringLiteral("SELECT id, email_verified FROM users WHERE email = ?"), {email});
            if (!existing)
                return existing.error();
            if (existing.value()) {
                // Anyone can register an address before the operator promotes it: only the
                // address's proven owner is promoted, and nothing signed in before keeps going.
                if (existing.value()->value(QStringLiteral("email_verified")).toInt() == 0)
                    return Error::make(errors::kAdminRefused,
                                       tr("The account %1 has not confirmed its email address. Its owner "
                                          "must confirm it (the link in the welcome mail) before it can "
                                          "be promoted; nothing was changed.")
                                           .arg(email));
                Result<int> promoted = db.run(
                    QStringLiteral(
                        "UPDATE users SET role = 'admin', password_hash = ?, updated_at = ? WHERE email = ?"),
                    {hash.value(), now, email});
                if (!promoted)
                    return promoted.error();
                return endSessions(db, existing.value()->value(QStringLiteral("id")).toString());
            }
            Result<int> inserted = db.run(QStringLiteral("INSERT INTO users (id, email, username, "
                                                         "password_hash, email_verified, role, created_at, "
                                                         "updated_at) VALUES (?, ?, ?, ?, 1, 'admin', ?, ?)"),
                                          {id, email, username, hash.value(), now, now});
            if (!inserted)
                return inserted.error();
            return entities.createSpace(id);
        });
        if (!created)
            return fail(created.errorMessage());
        std::printf("%s\n", qPrintable(tr("Administrator %1 is ready.").arg(email)));
        return 0;
    }
    if (sub == QStringLiteral("set-tier")) {
        Result<PlanCatalog> plans = PlanCatalog::load(config.effectivePlansFile());
        if (!plans)
            return fail(plans.errorMessage());
        if (email.isEmpty() || !plans.value().find(command.tier))
            return fail(tr("Usage: admin set-tier --email E --tier T (T one of the plans' tiers)"));
        Result<int> updated =
            db.run(QStringLiteral("UPDATE users SET tier = ?, updated_at = ? WHERE email = ?"),
                   {command.tier, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), email});
        if (!updated)
            return fail(updated.errorMessage());
        if (updated.value() == 0)
            return fail(tr("No user with email %1.").arg(email));
        std::printf("%s\n", qPrintable(tr("%1 is now on tier %2.").arg(email, command.tier)));
        return 0;
    }
    if (sub == QStringLiteral("reset-sync-epoch")) {
        Result<QString> epoch = SyncRepository::resetEpoch(db);
        if (!epoch)
            return fail(epoch.errorMessage());
        std::printf("%s\n", qPrintable(tr("Sync epoch is now %1; every device will pull everything and "
                                          "send again what this database lacks.")
                                           .arg(epoch.value())));
        return 0;
    }
    if (sub == QStringLiteral("import-templates")) {
        if (command.file.isEmpty())
            return fail(tr("Usage: admin import-templates --file F"));
        Result<int> imported = importTemplates(db, command.file);
        if (!imported)
            return fail(imported.errorMessage());
        std::printf("%s\n", qPrintable(tr("Imported %1 templates.").arg(imported.value())));
        return 0;
    }
    return fail(tr("Unknown admin command \"%1\"; see --help.").arg(sub));
}

} // namespace dnd::server
