-- 0001: the chat log, statistics, tombstones and audit log.
-- Times are INTEGER microseconds since the Unix epoch, UTC (the resolution of
-- the PostgreSQL store, so that both stores return the same values).
-- Rows have integer primary keys (random text primary keys make inserts
-- several times slower). A message id is unique within its conversation:
-- a redelivery repeats the body byte for byte, conversation included. The
-- UNIQUE index is on (conversation, id) rather than on id alone, so that a
-- batch's inserts land on the few index pages of its active conversations;
-- publishers' random UUIDv4 ids in an index of their own halve the write
-- rate (benchmarks/README.md).

CREATE TABLE conversations (
    seq      INTEGER PRIMARY KEY,
    id       TEXT    NOT NULL UNIQUE,
    tenant   TEXT    NOT NULL,
    key_hash BLOB    NOT NULL,
    first_at INTEGER NOT NULL,
    last_at  INTEGER NOT NULL
);
CREATE INDEX conversations_last_at ON conversations (last_at);

CREATE TABLE messages (
    seq              INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL,
    conversation     INTEGER NOT NULL REFERENCES conversations (seq),
    tenant           TEXT    NOT NULL,
    role             TEXT    NOT NULL,
    sent_at          INTEGER NOT NULL,
    text             TEXT    NOT NULL,
    intent           TEXT    NOT NULL DEFAULT '',
    lang             TEXT    NOT NULL DEFAULT '',
    platform         TEXT    NOT NULL DEFAULT '',
    browser          TEXT    NOT NULL DEFAULT '',
    ip_hash          TEXT    NOT NULL DEFAULT '',
    detector_version TEXT    NOT NULL DEFAULT '',
    masks            TEXT    NOT NULL DEFAULT '{}' -- JSON object: category -> count
);
CREATE UNIQUE INDEX messages_conversation_id ON messages (conversation, id);
CREATE INDEX messages_tenant ON messages (tenant, sent_at);
CREATE INDEX messages_sent_at ON messages (sent_at);
CREATE INDEX messages_version ON messages (detector_version);

CREATE TABLE intent_stats (
    tenant   TEXT    NOT NULL,
    hour     INTEGER NOT NULL,
    intent   TEXT    NOT NULL,
    platform TEXT    NOT NULL,
    browser  TEXT    NOT NULL,
    count    INTEGER NOT NULL,
    PRIMARY KEY (tenant, hour, intent, platform, browser)
) WITHOUT ROWID;

CREATE TABLE conversation_stats (
    tenant TEXT    NOT NULL,
    month  INTEGER NOT NULL,
    count  INTEGER NOT NULL,
    PRIMARY KEY (tenant, month)
) WITHOUT ROWID;

-- hash is SHA-256 of the forgotten conversation's id: the id itself is not kept.
CREATE TABLE tombstones (
    seq        INTEGER PRIMARY KEY,
    hash       BLOB    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);
CREATE INDEX tombstones_created_at ON tombstones (created_at);

CREATE TABLE audit_log (
    seq     INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT    NOT NULL,
    action  TEXT    NOT NULL,
    tenant  TEXT    NOT NULL,
    from_at INTEGER NOT NULL,
    to_at   INTEGER NOT NULL,
    rows    INTEGER NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
