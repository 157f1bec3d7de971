-- Documents are keyed by the SHA-256 of their text, so ingesting the same content twice adds nothing.
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    doc_key       TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL UNIQUE,
    source        TEXT,
    url           TEXT,
    published     TEXT,
    title         TEXT,
    text          TEXT    NOT NULL,
    ingested_at   TEXT    NOT NULL
);
CREATE INDEX documents_doc_key ON documents (doc_key);
CREATE VIRTUAL TABLE documents_fts USING fts5 (text, content = 'documents', content_rowid = 'id');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE annotations (
    document_id   INTEGER NOT NULL REFERENCES documents (id),
    kind          TEXT    NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    label         TEXT    NOT NULL
);
CREATE INDEX annotations_document ON annotations (document_id);

-- One row per incident (possibly merged from several reports); record is the full event JSON.
CREATE TABLE events (
    event_id        TEXT    PRIMARY KEY,
    event_date      TEXT    NOT NULL,
    year            INTEGER,
    time_precision  INTEGER NOT NULL,
    event_type      TEXT    NOT NULL,
    sub_event_type  TEXT    NOT NULL,
    actor1          TEXT    NOT NULL,
    actor2          TEXT    NOT NULL,
    country         TEXT    NOT NULL,
    admin1          TEXT    NOT NULL,
    admin2          TEXT    NOT NULL,
    location        TEXT    NOT NULL,
    latitude        REAL,
    longitude       REAL,
    geo_precision   INTEGER,
    fatalities      INTEGER NOT NULL,
    source_count    INTEGER NOT NULL,
    record          TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_type_date ON events (event_type, event_date);
CREATE INDEX events_country_date ON events (country, event_date);

-- Each report's own coding of an event, kept so that merges can be explained, recomputed and undone.
CREATE TABLE report_events (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents (id),
    ordinal         INTEGER NOT NULL,
    event_id        TEXT    NOT NULL,
    joined_because  TEXT,
    record          TEXT    NOT NULL,
    UNIQUE (document_id, ordinal)
);
CREATE INDEX report_events_event ON report_events (event_id);

CREATE TABLE event_sources (
    event_id     TEXT    NOT NULL,
    document_id  INTEGER NOT NULL REFERENCES documents (id),
    PRIMARY KEY (event_id, document_id)
);

CREATE TABLE claims (
    event_id      TEXT    NOT NULL,
    ordinal       INTEGER NOT NULL,
    source        TEXT    NOT NULL,
    certainty     TEXT    NOT NULL,
    asserts       TEXT    NOT NULL,
    doc_key       TEXT    NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    PRIMARY KEY (event_id, ordinal)
);

CREATE TABLE evidence (
    event_id      TEXT    NOT NULL,
    field         TEXT    NOT NULL,
    doc_key       TEXT    NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    text          TEXT    NOT NULL
);
CREATE INDEX evidence_event ON evidence (event_id);
