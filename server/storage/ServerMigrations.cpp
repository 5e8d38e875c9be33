#include "storage/ServerMigrations.h"

namespace dnd::server {

// Portable column types only (TEXT, BIGINT, INTEGER for flags); times as ISO-8601 text or as
// milliseconds since the epoch where they are compared.
const QList<ServerMigration>& serverMigrations()
{
    static const QList<ServerMigration> migrations{
        {1,
         {
             QStringLiteral("CREATE TABLE users ("
                            " id TEXT PRIMARY KEY,"
                            " email TEXT NOT NULL UNIQUE,"
                            " username TEXT NOT NULL UNIQUE,"
                            " password_hash TEXT NOT NULL,"
                            " email_verified INTEGER NOT NULL DEFAULT 0,"
                            " role TEXT NOT NULL DEFAULT 'user',"
                            " disabled INTEGER NOT NULL DEFAULT 0,"
                            " tier TEXT NOT NULL DEFAULT 'free',"
                            " subscription_status TEXT NOT NULL DEFAULT 'active',"
                            " current_period_end TEXT,"
                            " cancel_at_period_end INTEGER NOT NULL DEFAULT 0,"
                            " stripe_customer_id TEXT,"
                            " stripe_subscription_id TEXT,"
                            " last_login_at TEXT,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX users_stripe_customer ON users(stripe_customer_id)"),
             QStringLiteral("CREATE TABLE refresh_tokens ("
                            " token_hash TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL,"
                            " family_id TEXT NOT NULL,"
                            " expires_at BIGINT NOT NULL,"
                            " used_at BIGINT,"
                            " revoked INTEGER NOT NULL DEFAULT 0,"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX refresh_tokens_family ON refresh_tokens(family_id)"),
             QStringLiteral("CREATE INDEX refresh_tokens_user ON refresh_tokens(user_id)"),
             QStringLiteral("CREATE TABLE one_time_tokens ("
                            " token_hash TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL,"
                            " purpose TEXT NOT NULL,"
                            " expires_at BIGINT NOT NULL,"
                            " used_at BIGINT)"),
             // Sync shape: one version counter per account ("space"); every entity row carries the
             // version of its last change and a causal length (odd alive, even deleted).
             QStringLiteral("CREATE TABLE spaces (account_id TEXT PRIMARY KEY, version BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE entities ("
                            " account_id TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " id TEXT NOT NULL,"
                            " parent_id TEXT,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " version BIGINT NOT NULL,"
                            " cl INTEGER NOT NULL,"
                            " doc TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " PRIMARY KEY (account_id, kind, id))"),
             QStringLiteral("CREATE INDEX entities_list ON entities(account_id, kind, created_at, id)"),
             QStringLiteral("CREATE INDEX entities_parent ON entities(account_id, parent_id)"),
             QStringLiteral("CREATE INDEX entities_version ON entities(account_id, version)"),
             QStringLiteral("CREATE TABLE field_clocks ("
                            " account_id TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " id TEXT NOT NULL,"
                            " field TEXT NOT NULL,"
                            " hlc TEXT NOT NULL,"
                            " version BIGINT NOT NULL,"
                            " PRIMARY KEY (account_id, kind, id, field))"),
             QStringLiteral("CREATE TABLE sync_clients ("
                            " id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL,"
                            " last_mutation_id BIGINT NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE creature_templates ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " doc TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX creature_templates_name ON creature_templates(name)"),
             QStringLiteral("CREATE TABLE shares ("
                            " code TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL,"
                            " encounter_id TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE stripe_events ("
                            " id TEXT PRIMARY KEY,"
                            " type TEXT NOT NULL,"
                            " received_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE payments ("
                            " id TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL,"
                            " stripe_object_id TEXT NOT NULL,"
                            " amount BIGINT NOT NULL,"
                            " currency TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " tier TEXT,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX payments_user ON payments(user_id)"),
             QStringLiteral("CREATE TABLE admin_actions ("
                            " id TEXT PRIMARY KEY,"
                            " admin_user_id TEXT NOT NULL,"
                            " target_user_id TEXT,"
                            " action TEXT NOT NULL,"
                            " details TEXT NOT NULL,"
                            " ip_address TEXT NOT NULL,"
                            " user_agent TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE server_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         }},
        // The clock of each device's last processed mutation: a resend carries the same clock,
        // a restored or copied store numbering anew carries another (SYNC_IDENTITY).
        {2,
         {
             QStringLiteral("ALTER TABLE sync_clients ADD COLUMN last_mutation_hlc TEXT NOT NULL DEFAULT ''"),
             // The rejections of a device's mutations until it has certainly received them (it
             // sends from a later id): a resend whose first answer was lost reports them again.
             QStringLiteral("CREATE TABLE sync_rejections ("
                            " client_id TEXT NOT NULL,"
                            " mutation_id BIGINT NOT NULL,"
                            " code TEXT NOT NULL,"
                            " message TEXT NOT NULL,"
                            " PRIMARY KEY (client_id, mutation_id))"),
         }},
        // Access tokens carry the account's session generation; raising it ends every session
        // issued before (password reset, disabling, promotion to administrator).
        {3,
         {
             QStringLiteral("ALTER TABLE users ADD COLUMN session_generation BIGINT NOT NULL DEFAULT 0"),
         }},
        // Whether a share shows the characters' hit points as numbers (the DM's player display
        // setting); monsters only ever show words.
        {4,
         {
             QStringLiteral("ALTER TABLE shares ADD COLUMN character_hp INTEGER NOT NULL DEFAULT 0"),
         }},
        // Devices the account lists (registered, last sync) and removes; a removed id is kept so
        // the device is told when it syncs again.
        {5,
         {
             QStringLiteral("ALTER TABLE sync_clients ADD COLUMN registered_at TEXT"),
             QStringLiteral("ALTER TABLE sync_clients ADD COLUMN last_sync_at TEXT"),
             QStringLiteral("CREATE INDEX sync_clients_account ON sync_clients(account_id)"),
             QStringLiteral("CREATE TABLE removed_devices ("
                            " id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL,"
                            " removed_at TEXT NOT NULL)"),
         }},
        // A verification or reset token is bound to the address it was mailed to: it works only
        // while that is still the account's address (tokens from before have none and are refused).
        {6,
         {
             QStringLiteral("ALTER TABLE one_time_tokens ADD COLUMN email TEXT"),
         }},
        // Stripe's creation time of the last event applied to the account's subscription: events
        // arrive in any order, an older one is not applied over a newer one.
        {7,
         {
             QStringLiteral(
                 "ALTER TABLE users ADD COLUMN stripe_subscription_event_at BIGINT NOT NULL DEFAULT 0"),
         }},
        // Usernames are unique whatever their case ("Ann" and "ann" are one name). Rows that already
        // clash keep the oldest as it is; the others get their id's first characters appended.
        {8,
         {
             QStringLiteral(
                 "UPDATE users SET username = username || '-' || SUBSTR(id, 1, 6) WHERE EXISTS ("
                 "SELECT 1 FROM users earlier WHERE LOWER(earlier.username) = LOWER(users.username) "
                 "AND (earlier.created_at < users.created_at OR (earlier.created_at = "
                 "users.created_at AND earlier.id < users.id)))"),
             QStringLiteral("CREATE UNIQUE INDEX users_username_any_case ON users (LOWER(username))"),
         }},
        // The periodic clean-up deletes expired tokens by their expiry and share codes by their
        // encounter, without reading the whole tables.
        {9,
         {
             QStringLiteral("CREATE INDEX refresh_tokens_expiry ON refresh_tokens(expires_at)"),
             QStringLiteral("CREATE INDEX one_time_tokens_expiry ON one_time_tokens(expires_at)"),
             QStringLiteral("CREATE INDEX shares_encounter ON shares(account_id, encounter_id)"),
         }},
        // Failed sign-ins counted in the database, so every service process on it enforces the same
        // budget. Keyed by a hash of the address (and email), never the address itself.
        {11,
         {
             QStringLiteral("CREATE TABLE rate_windows ("
                            " key_hash TEXT PRIMARY KEY,"
                            " window_start_ms BIGINT NOT NULL,"
                            " count INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX rate_windows_start ON rate_windows(window_start_ms)"),
         }},
        // Combatants and combat log entries of a deleted encounter were left alive by a sync
        // delete and counted against the plan's combat log limit. They are deleted as one more
        // change of each account they belong to, so devices pull the deletes too. (Numbers 10 and
        // 12 were never used; the steps missing from a database are applied whatever their order.)
        {13,
         {
             QStringLiteral(
                 "UPDATE spaces SET version = version + 1 WHERE account_id IN (SELECT c.account_id FROM "
                 "entities c JOIN entities e ON e.account_id = c.account_id AND e.kind = 'encounter' AND "
                 "e.id = c.parent_id WHERE c.kind IN ('participant', 'combat_log') AND c.cl % 2 = 1 AND "
                 "e.cl % 2 = 0)"),
             QStringLiteral(
                 "UPDATE entities SET cl = cl + 1, version = (SELECT s.version FROM spaces s WHERE "
                 "s.account_id = entities.account_id) WHERE kind IN ('participant', 'combat_log') AND "
                 "cl % 2 = 1 AND EXISTS (SELECT 1 FROM entities e WHERE e.account_id = "
                 "entities.account_id AND e.kind = 'encounter' AND e.id = entities.parent_id AND "
                 "e.cl % 2 = 0)"),
         }},
        // Discord channels a DM linked to an encounter or a party (docs/INTEGRATIONS.md). The
        // webhook URL is a secret: only its AES-256-GCM ciphertext and a masked form are stored.
        // discord_views keeps, per link and encounter, the public view last posted from, so
        // whichever service process handles the next write tells what changed.
        {14,
         {
             QStringLiteral("CREATE TABLE discord_links ("
                            " id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL,"
                            " encounter_id TEXT,"
                            " party_id TEXT,"
                            " url_ciphertext TEXT NOT NULL,"
                            " url_masked TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " last_status TEXT NOT NULL DEFAULT 'new',"
                            " last_error TEXT,"
                            " last_attempt_at TEXT,"
                            " last_wait_ms BIGINT NOT NULL DEFAULT 0,"
                            " delivered BIGINT NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX discord_links_account ON discord_links(account_id)"),
             QStringLiteral("CREATE TABLE discord_views ("
                            " link_id TEXT NOT NULL,"
                            " account_id TEXT NOT NULL,"
                            " encounter_id TEXT NOT NULL,"
                            " view TEXT NOT NULL,"
                            " PRIMARY KEY (link_id, encounter_id))"),
             QStringLiteral("CREATE INDEX discord_views_account ON discord_views(account_id)"),
         }},
        // Personal API tokens: only the SHA-256 of the whole token is kept (looked up by it), with
        // the first characters to tell tokens apart in a list. Scopes as a space-separated list.
        {15,
         {
             QStringLiteral("CREATE TABLE api_tokens ("
                            " id TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL,"
                            " token_hash TEXT NOT NULL UNIQUE,"
                            " prefix TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " scopes TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " expires_at BIGINT,"
                            " last_used_at BIGINT)"),
             QStringLiteral("CREATE INDEX api_tokens_user ON api_tokens(user_id)"),
         }},
        // The events the business reports are computed from (docs/SERVER.md, "Business reports"): one
        // row per thing that happened, with the account's id and nothing else about the person. `day`
        // is the UTC date of `occurred_at` (milliseconds), which the reports group by; an account is
        // counted active at most once a day, which the partial unique index holds across processes.
        {16,
         {
             QStringLiteral("CREATE TABLE business_events ("
                            " id TEXT PRIMARY KEY,"
                            " kind TEXT NOT NULL,"
                            " account_id TEXT NOT NULL,"
                            " occurred_at BIGINT NOT NULL,"
                            " day TEXT NOT NULL,"
                            " quantity BIGINT NOT NULL DEFAULT 1,"
                            " tier_from TEXT,"
                            " tier_to TEXT,"
                            " amount_from BIGINT,"
                            " amount_to BIGINT)"),
             QStringLiteral("CREATE INDEX business_events_day ON business_events(day)"),
             QStringLiteral("CREATE INDEX business_events_kind_day ON business_events(kind, day)"),
             QStringLiteral(
                 "CREATE INDEX business_events_account ON business_events(account_id, occurred_at)"),
             QStringLiteral("CREATE UNIQUE INDEX business_events_active_once ON business_events(account_id, "
                            "day) WHERE kind = 'active'"),
         }},
        // Which device's push last changed each row (NULL: anything else did), the version it gave
        // the row, and the last version at which anything else changed it: a device's pull leaves
        // out the rows only its own pushes changed since its cookie (docs/SYNC.md). Rows from
        // before this step have no writer, so every device pulls them as before.
        {17,
         {
             QStringLiteral("ALTER TABLE entities ADD COLUMN last_writer TEXT"),
             QStringLiteral("ALTER TABLE entities ADD COLUMN last_writer_version BIGINT NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE entities ADD COLUMN others_version BIGINT NOT NULL DEFAULT 0"),
         }},
    };
    return migrations;
}

} // namespace dnd::server
