#include "store/Migrations.h"

namespace dnd {

namespace {

// Every syncable entity table has the same shape: the record as one JSON document, its causal
// length (odd = alive, even = deleted), and a generated parent column for listing children.
QStringList entityTable(const QString& table, const QString& parentPath)
{
    const QString parent = parentPath.isEmpty() ? QStringLiteral("NULL")
                                                : QStringLiteral("json_extract(doc, '$.%1')").arg(parentPath);
    return {
        QStringLiteral("CREATE TABLE %1 ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " cl INTEGER NOT NULL DEFAULT 1 CHECK (cl >= 1),"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " doc TEXT NOT NULL CHECK (json_valid(doc)),"
                       " parent_id TEXT GENERATED ALWAYS AS (%2) VIRTUAL)")
            .arg(table, parent),
        QStringLiteral("CREATE INDEX %1_parent ON %1(parent_id) WHERE cl % 2 = 1").arg(table),
    };
}

std::vector<MigrationStep> buildSteps()
{
    std::vector<MigrationStep> steps;

    QStringList v1;
    v1 << entityTable(QStringLiteral("party"), QString());
    v1 << entityTable(QStringLiteral("character"), QStringLiteral("partyId"));
    v1 << entityTable(QStringLiteral("creature"), QString());
    v1 << entityTable(QStringLiteral("encounter"), QStringLiteral("partyId"));
    v1 << entityTable(QStringLiteral("participant"), QStringLiteral("encounterId"));
    v1 << entityTable(QStringLiteral("combat_log"), QStringLiteral("encounterId"));
    v1 << QStringLiteral(
        "CREATE TABLE field_clock ("
        " entity TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, hlc TEXT NOT NULL,"
        " PRIMARY KEY (entity, row_id, field)) WITHOUT ROWID");
    v1 << QStringLiteral("CREATE TABLE outbox ("
                         " mutation_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " entity TEXT NOT NULL, row_id TEXT NOT NULL,"
                         " op TEXT NOT NULL CHECK (op IN ('put', 'delete')),"
                         " payload_json TEXT NOT NULL CHECK (json_valid(payload_json)),"
                         " hlc TEXT NOT NULL, cl INTEGER NOT NULL, tx_id INTEGER NOT NULL,"
                         " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)");
    v1 << QStringLiteral(
        "CREATE TABLE sync_state ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " client_id TEXT NOT NULL, cookie INTEGER NOT NULL DEFAULT 0,"
        " last_acked_mutation INTEGER NOT NULL DEFAULT 0, last_hlc TEXT NOT NULL DEFAULT '',"
        " protocol_version INTEGER NOT NULL DEFAULT 1, next_tx_id INTEGER NOT NULL DEFAULT 1)");
    v1 << QStringLiteral("INSERT INTO sync_state (id, client_id) VALUES (1, lower(hex(randomblob(16))))");
    steps.push_back({1, "entity tables, field clocks, outbox, sync state", v1});

    // Creature search: columns the bestiary filters on, and a full-text index kept by triggers.
    QStringList v2;
    v2 << QStringLiteral("ALTER TABLE creature ADD COLUMN name TEXT GENERATED ALWAYS AS "
                         "(json_extract(doc, '$.name')) VIRTUAL");
    v2 << QStringLiteral("ALTER TABLE creature ADD COLUMN ctype TEXT GENERATED ALWAYS AS "
                         "(lower(json_extract(doc, '$.type'))) VIRTUAL");
    v2 << QStringLiteral("ALTER TABLE creature ADD COLUMN csize TEXT GENERATED ALWAYS AS "
                         "(lower(json_extract(doc, '$.size'))) VIRTUAL");
    v2 << QStringLiteral(
        "ALTER TABLE creature ADD COLUMN cr REAL GENERATED ALWAYS AS (CASE json_extract(doc, "
        "'$.challengeRating') WHEN '1/8' THEN 0.125 WHEN '1/4' THEN 0.25 WHEN '1/2' THEN 0.5 "
        "ELSE CAST(json_extract(doc, '$.challengeRating') AS REAL) END) VIRTUAL");
    v2 << QStringLiteral("ALTER TABLE creature ADD COLUMN rules TEXT GENERATED ALWAYS AS "
                         "(json_extract(doc, '$.rules')) VIRTUAL");
    v2 << QStringLiteral("ALTER TABLE creature ADD COLUMN is_template INTEGER GENERATED ALWAYS AS "
                         "(coalesce(json_extract(doc, '$.isTemplate'), 0)) VIRTUAL");
    v2 << QStringLiteral("ALTER TABLE creature ADD COLUMN source TEXT GENERATED ALWAYS AS "
                         "(json_extract(doc, '$.source')) VIRTUAL");
    v2 << QStringLiteral("CREATE INDEX creature_name ON creature(name COLLATE NOCASE) WHERE cl % 2 = 1");
    v2 << QStringLiteral("CREATE INDEX creature_cr ON creature(cr) WHERE cl % 2 = 1");
    v2 << QStringLiteral("CREATE VIRTUAL TABLE creature_fts USING fts5("
                         "name, ctype, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')");
    const QString ftsRow = QStringLiteral(
        "INSERT INTO creature_fts (rowid, name, ctype, tags) SELECT new.rowid, new.name, new.ctype, "
        "coalesce((SELECT group_concat(value, ' ') FROM json_each(new.doc, '$.tags')), '') "
        "WHERE new.cl % 2 = 1;");
    v2 << QStringLiteral("CREATE TRIGGER creature_fts_insert AFTER INSERT ON creature BEGIN %1 END")
              .arg(ftsRow);
    v2 << QStringLiteral("CREATE TRIGGER creature_fts_update AFTER UPDATE ON creature BEGIN "
                         "DELETE FROM creature_fts WHERE rowid = old.rowid; %1 END")
              .arg(ftsRow);
    v2 << QStringLiteral("CREATE TRIGGER creature_fts_delete AFTER DELETE ON creature BEGIN "
                         "DELETE FROM creature_fts WHERE rowid = old.rowid; END");
    v2 << QStringLiteral("INSERT INTO creature_fts (rowid, name, ctype, tags) SELECT rowid, name, ctype, "
                         "coalesce((SELECT group_concat(value, ' ') FROM json_each(doc, '$.tags')), '') "
                         "FROM creature WHERE cl % 2 = 1");
    steps.push_back({2, "creature search columns and full-text index", v2});

    // Local settings and ordered combat log reads.
    QStringList v3;
    v3 << QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)");
    v3 << QStringLiteral("ALTER TABLE combat_log ADD COLUMN seq INTEGER GENERATED ALWAYS AS "
                         "(json_extract(doc, '$.sequence')) VIRTUAL");
    v3 << QStringLiteral("CREATE INDEX combat_log_order ON combat_log(parent_id, seq)");
    steps.push_back({3, "settings table and combat log order", v3});

    // Creature search facets: a narrow copy of the fields search filters and lists on, kept by
    // triggers, so a search per keystroke never parses creature documents.
    QStringList v4;
    v4 << QStringLiteral(
        "CREATE TABLE creature_facet ("
        " id INTEGER PRIMARY KEY," // the creature's rowid
        " creature_id TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, ctype TEXT, csize TEXT,"
        " cr REAL, cr_text TEXT, xp INTEGER, rules TEXT, source TEXT, is_template INTEGER NOT NULL)");
    v4 << QStringLiteral("CREATE INDEX creature_facet_name ON creature_facet(name)");
    v4 << QStringLiteral("CREATE INDEX creature_facet_type ON creature_facet(ctype, cr)");
    v4 << QStringLiteral("CREATE INDEX creature_facet_source ON creature_facet(source, cr)");
    const QString facetRow = QStringLiteral(
        "INSERT INTO creature_facet (id, creature_id, name, ctype, csize, cr, cr_text, xp, rules, source, "
        "is_template) "
        "SELECT new.rowid, new.id, coalesce(new.name, ''), new.ctype, new.csize, new.cr, "
        "json_extract(new.doc, '$.challengeRating'), json_extract(new.doc, '$.xp'), new.rules, new.source, "
        "new.is_template WHERE new.cl % 2 = 1;");
    v4 << QStringLiteral("CREATE TRIGGER creature_facet_insert AFTER INSERT ON creature BEGIN %1 END")
              .arg(facetRow);
    v4 << QStringLiteral("CREATE TRIGGER creature_facet_update AFTER UPDATE ON creature BEGIN "
                         "DELETE FROM creature_facet WHERE id = old.rowid; %1 END")
              .arg(facetRow);
    v4 << QStringLiteral("CREATE TRIGGER creature_facet_delete AFTER DELETE ON creature BEGIN "
                         "DELETE FROM creature_facet WHERE id = old.rowid; END");
    v4 << QStringLiteral(
        "INSERT INTO creature_facet (id, creature_id, name, ctype, csize, cr, cr_text, xp, rules, "
        "source, is_template) SELECT rowid, id, coalesce(name, ''), ctype, csize, cr, "
        "json_extract(doc, '$.challengeRating'), json_extract(doc, '$.xp'), rules, source, "
        "is_template FROM creature WHERE cl % 2 = 1");
    steps.push_back({4, "creature search facets", v4});

    // Who this store is to the sync service: where the file was when it took its client id, on
    // which machine, for which account and service, and the service data's epoch beside the
    // cookie. A store found elsewhere, restored or signed in elsewhere becomes a new device.
    QStringList v5;
    v5 << QStringLiteral("ALTER TABLE sync_state ADD COLUMN store_path TEXT NOT NULL DEFAULT ''");
    v5 << QStringLiteral("ALTER TABLE sync_state ADD COLUMN machine_id TEXT NOT NULL DEFAULT ''");
    v5 << QStringLiteral("ALTER TABLE sync_state ADD COLUMN sync_account TEXT NOT NULL DEFAULT ''");
    v5 << QStringLiteral("ALTER TABLE sync_state ADD COLUMN epoch TEXT NOT NULL DEFAULT ''");
    v5 << QStringLiteral("ALTER TABLE sync_state ADD COLUMN replaces_client_id TEXT NOT NULL DEFAULT ''");
    // How far this machine's clock is behind the service's, measured at the last answer.
    v5 << QStringLiteral("ALTER TABLE sync_state ADD COLUMN clock_offset_ms INTEGER NOT NULL DEFAULT 0");
    // What the service refused, per record, until it is sent again.
    v5 << QStringLiteral("CREATE TABLE sync_rejection ("
                         " entity TEXT NOT NULL, row_id TEXT NOT NULL, code TEXT NOT NULL,"
                         " message TEXT NOT NULL, at_ms INTEGER NOT NULL,"
                         " PRIMARY KEY (entity, row_id)) WITHOUT ROWID");
    // Rows pulled from the service that this version cannot take yet, kept and merged again at
    // every pull (after another row fixes them, or after an update), never skipped for good.
    v5 << QStringLiteral("CREATE TABLE sync_held_row ("
                         " entity TEXT NOT NULL, row_id TEXT NOT NULL, cl INTEGER NOT NULL,"
                         " fields TEXT NOT NULL CHECK (json_valid(fields)),"
                         " clocks TEXT NOT NULL CHECK (json_valid(clocks)), reason TEXT NOT NULL,"
                         " PRIMARY KEY (entity, row_id)) WITHOUT ROWID");
    steps.push_back({5, "device identity, service epoch, clock offset, rejections, held rows", v5});

    // Whether the next full snapshot must be compared with this store's rows: set when the store
    // starts again as a new device (it may hold changes the service lacks that its outbox no
    // longer carries), cleared once a whole snapshot has been taken. A store never synced keeps
    // everything it made in its outbox, so its first pull need not bring its own rows back. A
    // store from before this step that has not pulled yet is compared, as it was before.
    QStringList v6;
    v6 << QStringLiteral(
        "ALTER TABLE sync_state ADD COLUMN compare_next_snapshot INTEGER NOT NULL DEFAULT 0");
    v6 << QStringLiteral(
        "UPDATE sync_state SET compare_next_snapshot = (cookie = 0 AND EXISTS (SELECT 1 FROM "
        "field_clock))");
    steps.push_back({6, "whether the next full snapshot is compared with the store's rows", v6});

    // The outbox entry numbered mutation_base + N travels as the client id's mutation N; those at
    // or below it belong to an earlier id (left for acknowledgements to clear a bounded number at
    // a time). Starting again as a new device moves the base instead of renumbering every entry.
    QStringList v7;
    v7 << QStringLiteral("ALTER TABLE sync_state ADD COLUMN mutation_base INTEGER NOT NULL DEFAULT 0");
    steps.push_back({7, "outbox numbering base of the client id", v7});

    return steps;
}

} // namespace

const std::vector<MigrationStep>& migrationSteps()
{
    static const std::vector<MigrationStep> steps = buildSteps();
    return steps;
}

int latestSchemaVersion()
{
    return migrationSteps().back().version;
}

} // namespace dnd
