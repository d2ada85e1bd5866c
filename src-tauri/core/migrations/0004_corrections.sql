-- The week's corrections: the Kasi corrects a release before its deciding paraf (evidence taken
-- off is marked, never deleted), a returned release waits on its sender with its clock paused
-- and is sent to the check again, and a release the sender withdraws keeps its agenda number,
-- marked withdrawn. Never edit once landed.

ALTER TABLE releases ADD COLUMN withdrawn_at TEXT;
ALTER TABLE releases ADD COLUMN withdrawn_by INTEGER REFERENCES users(id);
ALTER TABLE releases ADD COLUMN withdraw_reason TEXT;
-- When the release was last corrected (the audit trail keeps every correction in full).
ALTER TABLE releases ADD COLUMN corrected_at TEXT;

ALTER TABLE evidence ADD COLUMN removed_at TEXT;
ALTER TABLE evidence ADD COLUMN removed_by INTEGER REFERENCES users(id);
-- The few rows taken off, for verify's look at their references without reading every row.
CREATE INDEX evidence_taken_off ON evidence (release_id, removed_by) WHERE removed_at IS NOT NULL;

-- Waiting on the sender is not handling time: a return starts the wait, the resubmission ends
-- it and adds it up.
ALTER TABLE step_timings ADD COLUMN waiting_since TEXT;
ALTER TABLE step_timings ADD COLUMN waited_secs INTEGER NOT NULL DEFAULT 0 CHECK (waited_secs >= 0);

-- The Kasi sends a returned release to the check again.
CREATE TABLE resubmissions (
    id          INTEGER PRIMARY KEY,
    release_id  INTEGER NOT NULL REFERENCES releases(id),
    user_id     INTEGER REFERENCES users(id),
    at          TEXT NOT NULL
) STRICT;
CREATE INDEX resubmissions_by_release ON resubmissions (release_id, id);

-- Evidence rows still never change, except for being taken off or put back.
DROP TRIGGER evidence_never_changes;
CREATE TRIGGER evidence_never_changes
BEFORE UPDATE ON evidence
WHEN NEW.id IS NOT OLD.id OR NEW.release_id IS NOT OLD.release_id OR NEW.seq IS NOT OLD.seq
    OR NEW.kind IS NOT OLD.kind OR NEW.file_sha IS NOT OLD.file_sha
    OR NEW.original_name IS NOT OLD.original_name OR NEW.added_at IS NOT OLD.added_at
BEGIN
    SELECT RAISE(ABORT, 'evidence rows are never changed');
END;

-- ... and only while the release is still before its deciding paraf and not withdrawn.
CREATE TRIGGER evidence_removal_before_paraf
BEFORE UPDATE OF removed_at, removed_by ON evidence
WHEN (SELECT status <> 'Registered' OR withdrawn_at IS NOT NULL FROM releases
      WHERE id = OLD.release_id)
BEGIN
    SELECT RAISE(ABORT, 'release is initialed and immutable');
END;

CREATE TRIGGER evidence_not_added_when_withdrawn
BEFORE INSERT ON evidence
WHEN (SELECT withdrawn_at FROM releases WHERE id = NEW.release_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'release is withdrawn and immutable');
END;

-- A withdrawal is whole: its time and reason together, its author only with them; a remover
-- only with the removal.
CREATE TRIGGER releases_withdrawal_whole
BEFORE UPDATE OF withdrawn_at, withdrawn_by, withdraw_reason ON releases
WHEN (NEW.withdrawn_at IS NULL) <> (NEW.withdraw_reason IS NULL)
    OR (NEW.withdrawn_at IS NULL AND NEW.withdrawn_by IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'a withdrawal needs its time and reason together');
END;

CREATE TRIGGER evidence_removal_whole
BEFORE UPDATE OF removed_at, removed_by ON evidence
WHEN NEW.removed_at IS NULL AND NEW.removed_by IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a remover needs a removal');
END;

-- A withdrawn release never changes again; withdrawal and correction happen only before the
-- deciding paraf.
CREATE TRIGGER releases_withdrawn_never_change
BEFORE UPDATE ON releases
WHEN OLD.withdrawn_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'release is withdrawn and immutable');
END;

CREATE TRIGGER releases_withdrawn_or_corrected_before_paraf
BEFORE UPDATE OF withdrawn_at, withdrawn_by, withdraw_reason, corrected_at ON releases
WHEN OLD.status <> 'Registered'
BEGIN
    SELECT RAISE(ABORT, 'release is initialed and immutable');
END;
