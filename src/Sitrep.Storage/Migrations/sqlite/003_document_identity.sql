-- A document is its own id (or URL), its publication date and its text: the same text under another id or date is
-- another document (a reprint, linked to the first by reprint_of), and re-ingesting the same file adds nothing.
-- SQLite cannot drop the old UNIQUE (content_hash), so the table is rebuilt with the same ids (the store turns foreign
-- keys off while it migrates).
CREATE TABLE documents_new (
    id            INTEGER PRIMARY KEY,
    doc_key       TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    source        TEXT,
    url           TEXT,
    published     TEXT,
    title         TEXT,
    text          TEXT    NOT NULL,
    ingested_at   TEXT    NOT NULL,
    reprint_of    INTEGER REFERENCES documents (id)
);
INSERT INTO documents_new (id, doc_key, content_hash, source, url, published, title, text, ingested_at)
    SELECT id, doc_key, content_hash, source, url, published, title, text, ingested_at FROM documents;
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;
CREATE INDEX documents_doc_key ON documents (doc_key);
CREATE INDEX documents_content_hash ON documents (content_hash);
CREATE UNIQUE INDEX documents_identity ON documents (doc_key, content_hash, COALESCE(published, ''));
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text);
END;
