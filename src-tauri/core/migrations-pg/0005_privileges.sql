-- What the application role (every desk's login is a member) may do (issue 18): read what the
-- app shows, add records and change only the columns the acts change, through the guards of
-- 0003; no DELETE, no TRUNCATE, no DDL anywhere; no UPDATE of audit events, archive numbers (but
-- moving or voiding one), parafs (but revoking one), files or counters; never read a PIN hash.
-- Everything else goes through the functions of 0004. `{{app}}` is the application role's
-- name, put in by the migration runner. Never edit once landed.

REVOKE ALL ON ALL TABLES IN SCHEMA pressdesk FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA pressdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA pressdesk TO {{app}};

-- Read: every table but the PIN tries; of users, every column but the hash.
GRANT SELECT ON files, office, sop_templates, sop_steps, news_types, counters, sop_versions,
    sop_version_steps, releases, evidence, step_timings, audit_events, audit_head, checks,
    parafs, paper_paraf_reviews, resubmissions, sites, publications, archive_series, cabinets,
    drawers, folders, archive_numbers, filings, label_stocks, print_offsets, duty_roster,
    working_hours, holidays, schema_migrations TO {{app}};
GRANT SELECT (id, name, nip, role, position, active, created_at, failed_pins, locked_until,
    saved_initials_sha, saved_initials_w_mm, saved_initials_h_mm, rank) ON users TO {{app}};

-- Add: the records the acts make.
GRANT INSERT ON files, office, news_types, sop_versions, sop_version_steps, releases, evidence,
    step_timings, checks, parafs, paper_paraf_reviews, resubmissions, sites, publications,
    archive_series, cabinets, drawers, folders, archive_numbers, filings, label_stocks,
    print_offsets, duty_roster, working_hours, holidays TO {{app}};
GRANT INSERT (name, nip, role, position, active, created_at, saved_initials_sha,
    saved_initials_w_mm, saved_initials_h_mm, rank) ON users TO {{app}};

-- Change: whole rows where the guards of 0003 decide, single columns elsewhere.
GRANT UPDATE ON office, news_types, releases, step_timings, sites, archive_series, cabinets,
    drawers, folders, label_stocks, print_offsets, duty_roster, working_hours TO {{app}};
GRANT UPDATE (is_default) ON sop_templates TO {{app}};
GRANT UPDATE (removed_at, removed_by) ON evidence TO {{app}};
GRANT UPDATE (folder_id, voided_at, voided_by, void_reason) ON archive_numbers TO {{app}};
GRANT UPDATE (revoked_at, revoked_by, revoke_reason) ON parafs TO {{app}};
GRANT UPDATE (folder_id) ON filings TO {{app}};
GRANT UPDATE (name, position, active, saved_initials_sha, saved_initials_w_mm,
    saved_initials_h_mm, rank) ON users TO {{app}};

GRANT EXECUTE ON FUNCTION utc_text(timestamptz), event_hash(text, text, bigint, text, text,
    text, text), append_audit(bigint, text, text, text, text), next_number(text, bigint),
    pin_salt(bigint), check_pin(bigint, text), pin_verdict(bigint), set_pin(bigint, text, bigint),
    remove_holiday(text), remove_duty_day(text), remove_label_stock(text),
    remove_open_timings(bigint), remove_timings_after(bigint, bigint) TO {{app}};
