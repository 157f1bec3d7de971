-- A document is its own id (or URL), its publication date and its text: the same text under another id or date is
-- another document (a reprint, linked to the first by reprint_of), and re-ingesting the same file adds nothing.
ALTER TABLE documents DROP CONSTRAINT IF EXISTS documents_content_hash_key;
ALTER TABLE documents ADD COLUMN reprint_of BIGINT REFERENCES documents (id);
CREATE INDEX documents_content_hash ON documents (content_hash);
CREATE UNIQUE INDEX documents_identity ON documents (doc_key, content_hash, COALESCE(published, ''));
