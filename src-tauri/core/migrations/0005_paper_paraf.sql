-- Paper parafs confirmed (or disowned) by the official they name, and the groups of step 3 as
-- a record: the outcome the co-paraf gave the release, kept on that paraf. Never edit once
-- landed.

-- One review per paper paraf, by the Kadis or Kabid it names, never changed or deleted.
CREATE TABLE paper_paraf_reviews (
    paraf_id  INTEGER PRIMARY KEY REFERENCES parafs(id),
    outcome   TEXT NOT NULL CHECK (outcome IN ('confirmed', 'disowned')),
    user_id   INTEGER NOT NULL REFERENCES users(id),
    reason    TEXT NOT NULL,
    at        TEXT NOT NULL
) STRICT;

CREATE TRIGGER paper_paraf_reviews_never_change
BEFORE UPDATE ON paper_paraf_reviews
BEGIN
    SELECT RAISE(ABORT, 'paper paraf reviews are never changed');
END;

CREATE TRIGGER paper_paraf_reviews_never_deleted
BEFORE DELETE ON paper_paraf_reviews
BEGIN
    SELECT RAISE(ABORT, 'paper paraf reviews are never deleted');
END;

-- The group (Approved or Rejected) the release entered with this paraf: set on the paraf that
-- closes step 3, so the day's groups stay as initialed after publication and filing.
ALTER TABLE parafs ADD COLUMN outcome TEXT CHECK (outcome IN ('Approved', 'Rejected'));

UPDATE parafs SET outcome = CASE
        WHEN decision = 'approve' AND (SELECT d.decision FROM parafs d
            WHERE d.release_id = parafs.release_id AND d.id < parafs.id
            ORDER BY d.id DESC LIMIT 1) = 'approve'
        THEN 'Approved' ELSE 'Rejected' END
WHERE step_seq = (SELECT s.seq FROM sop_steps s JOIN releases r ON r.template_id = s.template_id
    WHERE r.id = parafs.release_id AND s.state_reached = 'Approved');

CREATE INDEX parafs_by_outcome_day ON parafs (outcome, at) WHERE outcome IS NOT NULL;
