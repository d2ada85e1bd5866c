//! The workflow's state as SQL, for the queries that list and filter releases: one text each,
//! so that no other module spells a status or a step.

/// The state of release `r` with withdrawn read as such (`Status::Withdrawn` is `Registered`
/// with `withdrawn_at` set in the status column, whose CHECK predates it).
#[macro_export]
macro_rules! state_of_r {
    () => {
        "CASE WHEN r.withdrawn_at IS NULL THEN r.status ELSE 'Withdrawn' END"
    };
}

/// The act of the step release `r` waits at (its queue), or NULL when it waits at none: the
/// record step after the last one it finished; a release not approved waits only for its
/// filing; a withdrawn or filed one for nothing. The same rule as `workflow::open_step`.
#[macro_export]
macro_rules! waiting_act_of_r {
    () => {
        "(SELECT s.act FROM sop_version_steps s WHERE s.version_id = r.sop_version_id
            AND s.seq > r.step_done AND s.act <> 'roster' AND r.withdrawn_at IS NULL
            AND r.status <> 'Archived' AND (r.status <> 'Rejected' OR s.act = 'archive')
            ORDER BY s.seq LIMIT 1)"
    };
}
