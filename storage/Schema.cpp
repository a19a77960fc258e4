// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Schema.h"

namespace kap {

namespace {

// Version 1. Times: *_utc are UTC milliseconds since the epoch, *_offset the UTC offset in
// seconds in force when the person entered the time, local_day the resulting local date
// (yyyy-mm-dd) so day and week queries need no time-zone arithmetic. Lists (tags, side effects)
// are stored one item per line. Every table carries the same bookkeeping columns; deleted_utc
// is set while a record sits in the trash. Small columns come before long text: SQLite reads a
// row's columns in order, so deleted_utc behind a 1,500-character note would cost an overflow-page
// read (and a decryption) for every row a list, timeline or search looks at.
const char* const SchemaV1 = R"SQL(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE preferences (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE phases (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('induction', 'maintenance', 'other')),
    label TEXT NOT NULL DEFAULT '',
    start_day TEXT NOT NULL,
    end_day TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    deleted_utc INTEGER,
    CHECK (end_day IS NULL OR end_day >= start_day)
);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    occurred_utc INTEGER NOT NULL,
    occurred_offset INTEGER NOT NULL,
    local_day TEXT NOT NULL,
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    deleted_utc INTEGER,
    modality TEXT NOT NULL DEFAULT '',
    route TEXT NOT NULL DEFAULT '',
    route_other TEXT NOT NULL DEFAULT '',
    dose_mg REAL CHECK (dose_mg IS NULL OR dose_mg > 0),
    dose_mg_per_kg REAL CHECK (dose_mg_per_kg IS NULL OR dose_mg_per_kg > 0),
    provider TEXT NOT NULL DEFAULT '',
    setting TEXT NOT NULL DEFAULT '',
    present TEXT NOT NULL DEFAULT '',
    intention TEXT NOT NULL DEFAULT '',
    mood_before INTEGER CHECK (mood_before IS NULL OR mood_before BETWEEN 0 AND 10),
    mood_after INTEGER CHECK (mood_after IS NULL OR mood_after BETWEEN 0 AND 10),
    systolic_before INTEGER,
    diastolic_before INTEGER,
    heart_rate_before INTEGER,
    systolic_after INTEGER,
    diastolic_after INTEGER,
    heart_rate_after INTEGER,
    dissociation INTEGER CHECK (dissociation IS NULL OR dissociation BETWEEN 0 AND 10),
    side_effects TEXT NOT NULL DEFAULT '',
    experience TEXT NOT NULL DEFAULT '',
    cost_cents INTEGER CHECK (cost_cents IS NULL OR cost_cents >= 0),
    currency TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_time ON sessions (occurred_utc);
CREATE INDEX sessions_by_day ON sessions (local_day);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    written_utc INTEGER NOT NULL,
    written_offset INTEGER NOT NULL,
    local_day TEXT NOT NULL,
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    deleted_utc INTEGER,
    title TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notes_by_time ON notes (written_utc);
CREATE INDEX notes_by_day ON notes (local_day);
CREATE INDEX notes_by_session ON notes (session_id);

CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    at_utc INTEGER NOT NULL,
    at_offset INTEGER NOT NULL,
    local_day TEXT NOT NULL,
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    deleted_utc INTEGER,
    mood INTEGER NOT NULL CHECK (mood BETWEEN 0 AND 10),
    anxiety INTEGER CHECK (anxiety IS NULL OR anxiety BETWEEN 0 AND 10),
    energy INTEGER CHECK (energy IS NULL OR energy BETWEEN 0 AND 10),
    sleep INTEGER CHECK (sleep IS NULL OR sleep BETWEEN 0 AND 10),
    import_key TEXT UNIQUE,
    tags TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX checkins_by_time ON checkins (at_utc);
CREATE INDEX checkins_by_day ON checkins (local_day);
-- Covers the daily mood series (mean per local day of the live check-ins) without table lookups.
CREATE INDEX checkins_series ON checkins (local_day, mood, anxiety, energy, sleep) WHERE deleted_utc IS NULL;

CREATE TABLE questionnaires (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('phq9', 'gad7')),
    at_utc INTEGER NOT NULL,
    at_offset INTEGER NOT NULL,
    local_day TEXT NOT NULL,
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    deleted_utc INTEGER,
    answers TEXT NOT NULL,
    total INTEGER NOT NULL,
    item9_flag INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX questionnaires_by_time ON questionnaires (kind, at_utc);
CREATE INDEX questionnaires_by_at ON questionnaires (at_utc);
CREATE INDEX questionnaires_by_day ON questionnaires (local_day);

-- Full-text search (FTS4 lives inside the encrypted file like every other table). The docid is
-- the record's id; triggers keep the index in step with every write path.
CREATE VIRTUAL TABLE notes_fts USING fts4 (title, body, tags, tokenize=unicode61 "remove_diacritics=1");
CREATE VIRTUAL TABLE sessions_fts USING fts4 (intention, experience, provider, details, tokenize=unicode61 "remove_diacritics=1");

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts (docid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF title, body, tags ON notes BEGIN
    DELETE FROM notes_fts WHERE docid = old.id;
    INSERT INTO notes_fts (docid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    DELETE FROM notes_fts WHERE docid = old.id;
END;

CREATE TRIGGER sessions_fts_insert AFTER INSERT ON sessions BEGIN
    INSERT INTO sessions_fts (docid, intention, experience, provider, details)
    VALUES (new.id, new.intention, new.experience, new.provider,
            new.route_other || ' ' || new.setting || ' ' || new.present || ' ' || new.side_effects);
END;
CREATE TRIGGER sessions_fts_update AFTER UPDATE OF intention, experience, provider, route_other, setting, present, side_effects ON sessions BEGIN
    DELETE FROM sessions_fts WHERE docid = old.id;
    INSERT INTO sessions_fts (docid, intention, experience, provider, details)
    VALUES (new.id, new.intention, new.experience, new.provider,
            new.route_other || ' ' || new.setting || ' ' || new.present || ' ' || new.side_effects);
END;
CREATE TRIGGER sessions_fts_delete AFTER DELETE ON sessions BEGIN
    DELETE FROM sessions_fts WHERE docid = old.id;
END;
)SQL";

// Version 2: unfinished editor input (DraftRepository). Content is the editor's own JSON; one
// draft per editor and record (record_id 0: an entry not saved yet).
const char* const SchemaV2 = R"SQL(
CREATE TABLE drafts (
    editor TEXT NOT NULL,
    record_id INTEGER NOT NULL DEFAULT 0,
    saved_utc INTEGER NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (editor, record_id)
);
)SQL";

// Version 3 (issue 14): timed vitals, a clinic's dissociation score, and the questionnaires'
// unscored difficulty question. The before/after blood pressure and heart rate move into
// `vitals` (Vitals.h's stored form: "before" and "after" readings without a time) and the old
// columns are emptied; SQLCipher 3 (SQLite 3.15) cannot drop columns, so they stay unused.
const char* const SchemaV3 = R"SQL(
ALTER TABLE sessions ADD COLUMN vitals TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN dissociation_clinic_score INTEGER
    CHECK (dissociation_clinic_score IS NULL OR dissociation_clinic_score >= 0);
ALTER TABLE sessions ADD COLUMN dissociation_clinic_scale TEXT NOT NULL DEFAULT '';
ALTER TABLE questionnaires ADD COLUMN difficulty INTEGER CHECK (difficulty IS NULL OR difficulty BETWEEN 0 AND 3);
UPDATE sessions SET vitals =
    CASE WHEN coalesce(systolic_before, diastolic_before, heart_rate_before) IS NULL THEN ''
         ELSE 'before;;' || ifnull(systolic_before, '') || ';' || ifnull(diastolic_before, '') || ';'
              || ifnull(heart_rate_before, '') || ';' END
    || CASE WHEN coalesce(systolic_after, diastolic_after, heart_rate_after) IS NULL THEN ''
            ELSE CASE WHEN coalesce(systolic_before, diastolic_before, heart_rate_before) IS NULL THEN ''
                      ELSE char(10) END
                 || 'after;;' || ifnull(systolic_after, '') || ';' || ifnull(diastolic_after, '') || ';'
                 || ifnull(heart_rate_after, '') || ';' END;
UPDATE sessions SET systolic_before = NULL, diastolic_before = NULL, heart_rate_before = NULL,
    systolic_after = NULL, diastolic_after = NULL, heart_rate_after = NULL;
)SQL";

// Version 4 (issue 14): dated traces of flagged PHQ-9 item-9 answers that were lowered, moved to
// the trash or restored (QuestionnaireRepository writes them, the report shows them). A trace
// outlives the questionnaire's purge; its link is cleared then, since SQLite may hand the id to
// the next questionnaire.
const char* const SchemaV4 = R"SQL(
CREATE TABLE item9_changes (
    id INTEGER PRIMARY KEY,
    questionnaire_id INTEGER,
    change TEXT NOT NULL CHECK (change IN ('lowered', 'trashed', 'restored')),
    answered_utc INTEGER NOT NULL,
    answered_offset INTEGER NOT NULL,
    answered_day TEXT NOT NULL,
    previous_answer INTEGER NOT NULL CHECK (previous_answer BETWEEN 1 AND 3),
    new_answer INTEGER CHECK (new_answer IS NULL OR new_answer BETWEEN 0 AND 2),
    changed_utc INTEGER NOT NULL,
    changed_offset INTEGER NOT NULL,
    changed_day TEXT NOT NULL
);
CREATE INDEX item9_changes_by_day ON item9_changes (changed_day);
CREATE TRIGGER item9_changes_unlink AFTER DELETE ON questionnaires BEGIN
    UPDATE item9_changes SET questionnaire_id = NULL WHERE questionnaire_id = old.id;
END;
)SQL";

// Version 5 (issue 16): search covers everything a person writes. Check-in notes and tags, and
// phase names and notes, get FTS4 indexes like notes and sessions (same tokenizer, docid = the
// record's id, triggers on every write path), and the rows already in the journal are indexed
// here, trashed ones too (search leaves those out, as it does for notes and sessions).
const char* const SchemaV5 = R"SQL(
CREATE VIRTUAL TABLE checkins_fts USING fts4 (note, tags, tokenize=unicode61 "remove_diacritics=1");
CREATE VIRTUAL TABLE phases_fts USING fts4 (label, notes, tokenize=unicode61 "remove_diacritics=1");

CREATE TRIGGER checkins_fts_insert AFTER INSERT ON checkins BEGIN
    INSERT INTO checkins_fts (docid, note, tags) VALUES (new.id, new.note, new.tags);
END;
CREATE TRIGGER checkins_fts_update AFTER UPDATE OF note, tags ON checkins BEGIN
    DELETE FROM checkins_fts WHERE docid = old.id;
    INSERT INTO checkins_fts (docid, note, tags) VALUES (new.id, new.note, new.tags);
END;
CREATE TRIGGER checkins_fts_delete AFTER DELETE ON checkins BEGIN
    DELETE FROM checkins_fts WHERE docid = old.id;
END;

CREATE TRIGGER phases_fts_insert AFTER INSERT ON phases BEGIN
    INSERT INTO phases_fts (docid, label, notes) VALUES (new.id, new.label, new.notes);
END;
CREATE TRIGGER phases_fts_update AFTER UPDATE OF label, notes ON phases BEGIN
    DELETE FROM phases_fts WHERE docid = old.id;
    INSERT INTO phases_fts (docid, label, notes) VALUES (new.id, new.label, new.notes);
END;
CREATE TRIGGER phases_fts_delete AFTER DELETE ON phases BEGIN
    DELETE FROM phases_fts WHERE docid = old.id;
END;

INSERT INTO checkins_fts (docid, note, tags) SELECT id, note, tags FROM checkins;
INSERT INTO phases_fts (docid, label, notes) SELECT id, label, notes FROM phases;
)SQL";

Status setVersion(Database& db, int version)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return db.exec(sql.constData());
}

} // namespace

int Schema::currentVersion()
{
    return 5;
}

std::vector<Migration> Schema::migrations()
{
    return {
        Migration { 1, [](Database& db) { return db.exec(SchemaV1); } },
        Migration { 2, [](Database& db) { return db.exec(SchemaV2); } },
        Migration { 3, [](Database& db) { return db.exec(SchemaV3); } },
        Migration { 4, [](Database& db) { return db.exec(SchemaV4); } },
        Migration { 5, [](Database& db) { return db.exec(SchemaV5); } },
    };
}

Result<int> Schema::version(Database& db)
{
    auto v = db.queryInt("PRAGMA user_version");
    if (!v) {
        return v.error();
    }
    return static_cast<int>(v.value());
}

Status Schema::migrate(
    Database& db, const std::vector<Migration>& steps, const std::function<Status(int fromVersion)>& beforeUpgrade)
{
    auto current = version(db);
    if (!current) {
        return current.error();
    }
    const int target = steps.empty() ? 0 : steps.back().version;
    if (current.value() > target) {
        return makeError(ErrorCode::NewerVersion,
            QStringLiteral("schema version %1, this build knows up to %2").arg(current.value()).arg(target));
    }
    if (current.value() == target) {
        return {};
    }
    if (current.value() >= 1 && beforeUpgrade) {
        if (Status backedUp = beforeUpgrade(current.value()); !backedUp) {
            return backedUp;
        }
    }
    for (const Migration& step : steps) {
        if (step.version <= current.value()) {
            continue;
        }
        Transaction tx(db);
        if (!tx.begun()) {
            return tx.begun();
        }
        if (Status applied = step.apply(db); !applied) {
            return applied; // the transaction rolls back; the file stays at the previous version
        }
        if (Status bumped = setVersion(db, step.version); !bumped) {
            return bumped;
        }
        if (Status committed = tx.commit(); !committed) {
            return committed;
        }
    }
    return {};
}

} // namespace kap
