-- The rules the SQLite triggers of 0002–0007 keep, in PL/pgSQL, below every code path and every
-- login (the schema owner included): an initialed release never changes, a withdrawn one never
-- again, evidence is taken off but never changed nor deleted, releases, evidence, archive
-- numbers, reviews and SOP versions are never deleted. Added here: audit events and parafs
-- never change, an archive number is only moved or voided, no table of record is truncated,
-- and a user's role never changes. The messages are SQLite's, so core reads both alike.
-- Never edit once landed.

-- Refuses the statement with the message the trigger was created with.
CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'raise_exception';
END $$;

CREATE TRIGGER releases_never_deleted BEFORE DELETE ON releases
    FOR EACH ROW EXECUTE FUNCTION refuse('releases are never deleted');
CREATE TRIGGER evidence_never_deleted BEFORE DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION refuse('evidence rows are never deleted');
CREATE TRIGGER archive_numbers_never_deleted BEFORE DELETE ON archive_numbers
    FOR EACH ROW EXECUTE FUNCTION refuse('archive numbers are never deleted');
CREATE TRIGGER paper_paraf_reviews_never_change BEFORE UPDATE ON paper_paraf_reviews
    FOR EACH ROW EXECUTE FUNCTION refuse('paper paraf reviews are never changed');
CREATE TRIGGER paper_paraf_reviews_never_deleted BEFORE DELETE ON paper_paraf_reviews
    FOR EACH ROW EXECUTE FUNCTION refuse('paper paraf reviews are never deleted');
CREATE TRIGGER sop_versions_never_change BEFORE UPDATE ON sop_versions
    FOR EACH ROW EXECUTE FUNCTION refuse('an SOP version never changes; make a new one');
CREATE TRIGGER sop_versions_never_deleted BEFORE DELETE ON sop_versions
    FOR EACH ROW EXECUTE FUNCTION refuse('an SOP version is never deleted');
CREATE TRIGGER sop_version_steps_never_change BEFORE UPDATE ON sop_version_steps
    FOR EACH ROW EXECUTE FUNCTION refuse('an SOP version never changes; make a new one');
CREATE TRIGGER sop_version_steps_never_deleted BEFORE DELETE ON sop_version_steps
    FOR EACH ROW EXECUTE FUNCTION refuse('an SOP version is never deleted');
CREATE TRIGGER audit_events_never_change BEFORE UPDATE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION refuse('audit events are never changed');
CREATE TRIGGER audit_events_never_deleted BEFORE DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION refuse('audit events are never deleted');
CREATE TRIGGER parafs_never_deleted BEFORE DELETE ON parafs
    FOR EACH ROW EXECUTE FUNCTION refuse('parafs are never deleted');
CREATE TRIGGER audit_head_never_deleted BEFORE DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION refuse('audit events are never deleted');

-- TRUNCATE skips row triggers: each table of record refuses it as a statement.
CREATE TRIGGER releases_never_truncated BEFORE TRUNCATE ON releases
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('releases are never deleted');
CREATE TRIGGER evidence_never_truncated BEFORE TRUNCATE ON evidence
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('evidence rows are never deleted');
CREATE TRIGGER archive_numbers_never_truncated BEFORE TRUNCATE ON archive_numbers
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('archive numbers are never deleted');
CREATE TRIGGER audit_events_never_truncated BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('audit events are never deleted');
CREATE TRIGGER audit_head_never_truncated BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('audit events are never deleted');
CREATE TRIGGER parafs_never_truncated BEFORE TRUNCATE ON parafs
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('parafs are never deleted');
CREATE TRIGGER paper_paraf_reviews_never_truncated BEFORE TRUNCATE ON paper_paraf_reviews
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('paper paraf reviews are never deleted');
CREATE TRIGGER sop_versions_never_truncated BEFORE TRUNCATE ON sop_versions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('an SOP version is never deleted');
CREATE TRIGGER sop_version_steps_never_truncated BEFORE TRUNCATE ON sop_version_steps
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('an SOP version is never deleted');

-- An initialed release never changes: its content once it has left 'Registered' (SQLite's
-- releases_immutable_after_paraf and releases_withdrawn_or_corrected_before_paraf), anything
-- once withdrawn (releases_withdrawn_never_change), and a withdrawal is whole.
CREATE FUNCTION releases_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.withdrawn_at IS NOT NULL THEN
        RAISE EXCEPTION 'release is withdrawn and immutable';
    END IF;
    IF OLD.status <> 'Registered' AND (
        NEW.received_at, NEW.sender_org, NEW.sender_contact, NEW.letter_no, NEW.letter_date,
        NEW.title, NEW.news_type_id, NEW.event_date, NEW.event_place, NEW.body, NEW.checklist,
        NEW.remarks, NEW.received_by, NEW.agenda_year, NEW.agenda_seq, NEW.uid,
        NEW.withdrawn_at, NEW.withdrawn_by, NEW.withdraw_reason, NEW.corrected_at)
      IS DISTINCT FROM (
        OLD.received_at, OLD.sender_org, OLD.sender_contact, OLD.letter_no, OLD.letter_date,
        OLD.title, OLD.news_type_id, OLD.event_date, OLD.event_place, OLD.body, OLD.checklist,
        OLD.remarks, OLD.received_by, OLD.agenda_year, OLD.agenda_seq, OLD.uid,
        OLD.withdrawn_at, OLD.withdrawn_by, OLD.withdraw_reason, OLD.corrected_at)
    THEN
        RAISE EXCEPTION 'release is initialed and immutable';
    END IF;
    IF (NEW.withdrawn_at IS NULL) <> (NEW.withdraw_reason IS NULL)
        OR (NEW.withdrawn_at IS NULL AND NEW.withdrawn_by IS NOT NULL) THEN
        RAISE EXCEPTION 'a withdrawal needs its time and reason together';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER releases_guard BEFORE UPDATE ON releases
    FOR EACH ROW EXECUTE FUNCTION releases_guard();

-- Evidence: added only while its release is 'Registered' and not withdrawn; never changed but
-- for being taken off or put back, and that only before the deciding paraf.
CREATE FUNCTION evidence_insert_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
    SELECT status, withdrawn_at INTO r FROM releases WHERE id = NEW.release_id;
    IF r.status <> 'Registered' THEN
        RAISE EXCEPTION 'release is initialed and immutable';
    END IF;
    IF r.withdrawn_at IS NOT NULL THEN
        RAISE EXCEPTION 'release is withdrawn and immutable';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER evidence_insert_guard BEFORE INSERT ON evidence
    FOR EACH ROW EXECUTE FUNCTION evidence_insert_guard();

CREATE FUNCTION evidence_update_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.id, NEW.release_id, NEW.seq, NEW.kind, NEW.file_sha, NEW.original_name, NEW.added_at)
        IS DISTINCT FROM
       (OLD.id, OLD.release_id, OLD.seq, OLD.kind, OLD.file_sha, OLD.original_name, OLD.added_at)
    THEN
        RAISE EXCEPTION 'evidence rows are never changed';
    END IF;
    IF (NEW.removed_at, NEW.removed_by) IS DISTINCT FROM (OLD.removed_at, OLD.removed_by) THEN
        IF (SELECT status <> 'Registered' OR withdrawn_at IS NOT NULL FROM releases
            WHERE id = OLD.release_id) THEN
            RAISE EXCEPTION 'release is initialed and immutable';
        END IF;
    END IF;
    IF NEW.removed_at IS NULL AND NEW.removed_by IS NOT NULL THEN
        RAISE EXCEPTION 'a remover needs a removal';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER evidence_update_guard BEFORE UPDATE ON evidence
    FOR EACH ROW EXECUTE FUNCTION evidence_update_guard();

-- An archive number is moved to another folder or voided once, with its reason; the number
-- itself, its release and when it was given never change.
CREATE FUNCTION archive_numbers_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.id, NEW.series_id, NEW.year, NEW.period, NEW.seq, NEW.number, NEW.release_id,
        NEW.prior_status, NEW.allocated_at, NEW.allocated_by)
        IS DISTINCT FROM
       (OLD.id, OLD.series_id, OLD.year, OLD.period, OLD.seq, OLD.number, OLD.release_id,
        OLD.prior_status, OLD.allocated_at, OLD.allocated_by)
    THEN
        RAISE EXCEPTION 'archive numbers never change; void one and give a new one';
    END IF;
    IF OLD.voided_at IS NOT NULL
        AND (NEW.voided_at, NEW.voided_by, NEW.void_reason)
            IS DISTINCT FROM (OLD.voided_at, OLD.voided_by, OLD.void_reason) THEN
        RAISE EXCEPTION 'a voided archive number stays voided';
    END IF;
    IF (NEW.voided_at IS NULL) <> (NEW.void_reason IS NULL) THEN
        RAISE EXCEPTION 'a void needs its time and reason together';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER archive_numbers_guard BEFORE UPDATE ON archive_numbers
    FOR EACH ROW EXECUTE FUNCTION archive_numbers_guard();

-- A paraf is revoked once, with who and why; what was initialed never changes.
CREATE FUNCTION parafs_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.id, NEW.release_id, NEW.step_seq, NEW.user_id, NEW.role, NEW.decision, NEW.note,
        NEW.medium, NEW.initials_sha, NEW.strokes_sha, NEW.initials_w_mm, NEW.initials_h_mm,
        NEW.scan_sha, NEW.scanned_by, NEW.batch_id, NEW.at, NEW.outcome)
        IS DISTINCT FROM
       (OLD.id, OLD.release_id, OLD.step_seq, OLD.user_id, OLD.role, OLD.decision, OLD.note,
        OLD.medium, OLD.initials_sha, OLD.strokes_sha, OLD.initials_w_mm, OLD.initials_h_mm,
        OLD.scan_sha, OLD.scanned_by, OLD.batch_id, OLD.at, OLD.outcome)
    THEN
        RAISE EXCEPTION 'parafs are never changed; revoke one instead';
    END IF;
    IF OLD.revoked_at IS NOT NULL
        AND (NEW.revoked_at, NEW.revoked_by, NEW.revoke_reason)
            IS DISTINCT FROM (OLD.revoked_at, OLD.revoked_by, OLD.revoke_reason) THEN
        RAISE EXCEPTION 'a revoked paraf stays revoked';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER parafs_guard BEFORE UPDATE ON parafs
    FOR EACH ROW EXECUTE FUNCTION parafs_guard();

-- A role is given when the user is made and never changed in place: else a Kasi who knows their
-- own PIN could make themselves Kadis and initial in the Kadis's name.
CREATE FUNCTION users_role_never_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.role IS DISTINCT FROM OLD.role THEN
        RAISE EXCEPTION 'a user''s role never changes; add a new user';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER users_role_never_changes BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION users_role_never_changes();
