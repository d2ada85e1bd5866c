-- The bytes of every stored file on the server (issue 15): evidence, initials, paper-paraf
-- scans and the logo, content-addressed by SHA-256 beside their row in `files`, so one server
-- and one backup hold everything. A file is kept as chunks of at most 1 MiB in order: written
-- and read a chunk at a time, never whole in memory; checked against its SHA-256 on read. Like
-- the other records, chunks are only added: never changed, deleted or truncated, by any login.
-- `{{app}}` is the application role. Never edit once landed.

CREATE TABLE file_chunks (
    sha256  text NOT NULL REFERENCES files(sha256),
    seq     bigint NOT NULL CHECK (seq >= 0),
    data    bytea NOT NULL CHECK (length(data) BETWEEN 1 AND 1048576),
    PRIMARY KEY (sha256, seq)
);

-- The chunks are stored as they come (already compressed photos and videos gain nothing).
ALTER TABLE file_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE TRIGGER file_chunks_never_change BEFORE UPDATE ON file_chunks
    FOR EACH ROW EXECUTE FUNCTION refuse('stored files never change');
CREATE TRIGGER file_chunks_never_deleted BEFORE DELETE ON file_chunks
    FOR EACH ROW EXECUTE FUNCTION refuse('stored files are never deleted');
CREATE TRIGGER file_chunks_never_truncated BEFORE TRUNCATE ON file_chunks
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('stored files are never deleted');

GRANT SELECT, INSERT ON file_chunks TO {{app}};
