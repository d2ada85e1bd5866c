-- Paraf: PINs and lockout, saved initials, the Kasi's check, every paraf act (screen or paper)
-- with its revocation. Never edit once landed.

ALTER TABLE users ADD COLUMN pin_hash TEXT;
ALTER TABLE users ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
ALTER TABLE users ADD COLUMN saved_initials_sha TEXT REFERENCES files(sha256);
ALTER TABLE users ADD COLUMN saved_initials_w_mm REAL;
ALTER TABLE users ADD COLUMN saved_initials_h_mm REAL;

-- The Kasi's check (first half of step 2): complete, or returned with a reason.
CREATE TABLE checks (
    id          INTEGER PRIMARY KEY,
    release_id  INTEGER NOT NULL REFERENCES releases(id),
    user_id     INTEGER NOT NULL REFERENCES users(id),
    outcome     TEXT NOT NULL CHECK (outcome IN ('complete', 'returned')),
    reason      TEXT NOT NULL,
    at          TEXT NOT NULL
) STRICT;
CREATE INDEX checks_by_release ON checks (release_id, id);

ALTER TABLE releases ADD COLUMN checked INTEGER NOT NULL DEFAULT 0 CHECK (checked IN (0, 1));
CREATE INDEX releases_by_checked ON releases (status, checked, received_at DESC, id DESC);

CREATE TABLE parafs (
    id             INTEGER PRIMARY KEY,
    release_id     INTEGER NOT NULL REFERENCES releases(id),
    step_seq       INTEGER NOT NULL,
    user_id        INTEGER NOT NULL REFERENCES users(id),
    role           TEXT NOT NULL,
    decision       TEXT NOT NULL CHECK (decision IN ('approve', 'reject')),
    note           TEXT NOT NULL,
    medium         TEXT NOT NULL CHECK (medium IN ('screen', 'paper')),
    initials_sha   TEXT REFERENCES files(sha256),
    strokes_sha    TEXT REFERENCES files(sha256),
    initials_w_mm  REAL,
    initials_h_mm  REAL,
    scan_sha       TEXT REFERENCES files(sha256),
    scanned_by     INTEGER REFERENCES users(id),
    batch_id       TEXT,
    at             TEXT NOT NULL,
    revoked_at     TEXT,
    revoked_by     INTEGER REFERENCES users(id),
    revoke_reason  TEXT,
    CHECK ((medium = 'screen' AND initials_sha IS NOT NULL)
        OR (medium = 'paper' AND scan_sha IS NOT NULL))
) STRICT;
CREATE INDEX parafs_by_release ON parafs (release_id, id);
CREATE INDEX parafs_by_day ON parafs (at);

-- An initialed release never changes: the database itself refuses edits of its content and
-- evidence once it has left 'Registered', whatever code path tries.
CREATE TRIGGER releases_immutable_after_paraf
BEFORE UPDATE OF received_at, sender_org, sender_contact, letter_no, letter_date, title,
    news_type_id, event_date, event_place, body, checklist, remarks, received_by, agenda_year,
    agenda_seq, uid
ON releases WHEN OLD.status <> 'Registered'
BEGIN
    SELECT RAISE(ABORT, 'release is initialed and immutable');
END;

CREATE TRIGGER evidence_immutable_after_paraf
BEFORE INSERT ON evidence
WHEN (SELECT status FROM releases WHERE id = NEW.release_id) <> 'Registered'
BEGIN
    SELECT RAISE(ABORT, 'release is initialed and immutable');
END;

CREATE TRIGGER evidence_never_changes
BEFORE UPDATE ON evidence
BEGIN
    SELECT RAISE(ABORT, 'evidence rows are never changed');
END;

CREATE TRIGGER evidence_never_deleted
BEFORE DELETE ON evidence
BEGIN
    SELECT RAISE(ABORT, 'evidence rows are never deleted');
END;

CREATE TRIGGER releases_never_deleted
BEFORE DELETE ON releases
BEGIN
    SELECT RAISE(ABORT, 'releases are never deleted');
END;
