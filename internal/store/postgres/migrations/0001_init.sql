-- 0001: the chat log, statistics, tombstones and audit log.
-- messages is partitioned by UTC day of sent_at so that retention drops whole
-- partitions instead of deleting rows one by one (see docs/scaling.md). The
-- partitions themselves are created by the store (ensurePartitions), not here.

CREATE TABLE conversations (
    id       text        PRIMARY KEY,
    tenant   text        NOT NULL,
    key_hash bytea       NOT NULL,
    first_at timestamptz NOT NULL,
    last_at  timestamptz NOT NULL
);
CREATE INDEX conversations_last_at ON conversations (last_at);

CREATE TABLE messages (
    id               text        NOT NULL,
    sent_at          timestamptz NOT NULL,
    conversation_id  text        NOT NULL,
    tenant           text        NOT NULL,
    role             text        NOT NULL,
    text             text        NOT NULL,
    intent           text        NOT NULL DEFAULT '',
    lang             text        NOT NULL DEFAULT '',
    platform         text        NOT NULL DEFAULT '',
    browser          text        NOT NULL DEFAULT '',
    ip_hash          text        NOT NULL DEFAULT '',
    detector_version text        NOT NULL DEFAULT '',
    masks            jsonb       NOT NULL DEFAULT '{}',
    -- A message id is unique within its conversation, as in the SQLite
    -- store. A unique key on a partitioned table must contain the partition
    -- key; sent_at comes from the message body, which JetStream redelivers
    -- byte for byte, so a redelivery repeats the whole key. WriteBatch
    -- looks (conversation_id, id) up first for a copy with another sent_at.
    -- Leading with conversation_id, the key also serves conversation reads
    -- and forget-me, and a batch's inserts land on the index pages of its
    -- few active conversations.
    PRIMARY KEY (conversation_id, id, sent_at)
) PARTITION BY RANGE (sent_at);
CREATE INDEX messages_tenant ON messages (tenant, sent_at);
CREATE INDEX messages_version ON messages (detector_version);

CREATE TABLE intent_stats (
    tenant   text        NOT NULL,
    hour     timestamptz NOT NULL,
    intent   text        NOT NULL,
    platform text        NOT NULL,
    browser  text        NOT NULL,
    count    bigint      NOT NULL,
    PRIMARY KEY (tenant, hour, intent, platform, browser)
);

CREATE TABLE conversation_stats (
    tenant text        NOT NULL,
    month  timestamptz NOT NULL,
    count  bigint      NOT NULL,
    PRIMARY KEY (tenant, month)
);

-- hash is SHA-256 of the forgotten conversation's id: the id itself is not kept.
CREATE TABLE tombstones (
    hash       bytea       PRIMARY KEY,
    created_at timestamptz NOT NULL
);
CREATE INDEX tombstones_created_at ON tombstones (created_at);

CREATE TABLE audit_log (
    id      bigserial   PRIMARY KEY,
    at      timestamptz NOT NULL,
    actor   text        NOT NULL,
    action  text        NOT NULL,
    tenant  text        NOT NULL,
    from_at timestamptz NOT NULL,
    to_at   timestamptz NOT NULL,
    rows    integer     NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
