//! Step timing: when each SOP step of a release started (the step before it ended), when its
//! responsible person took it up, when it ended, and how that compares with the step's time
//! standard (mutu baku). Handling runs from the take-up (or the start, when no one took it up
//! first) less the time the release waited on its sender; the rest is waiting. An open step is
//! measured up to now.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use ts_rs::TS;

use super::template::{SopStep, SopTemplate};
use crate::args;
use crate::calendar::Calendar;
use crate::error::Result;
use crate::model::TimeZone;
use crate::sql::{Both, Db};
use crate::time_standard::TimeStandard;
use crate::timefmt;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StepTiming {
    pub seq: i64,
    pub name: String,
    pub time_standard_secs: i64,
    /// "7 menit", "2 hari kerja", "H+1".
    pub standard_label: String,
    pub started_at: Option<String>,
    /// When its responsible person opened it from their queue or began the act.
    pub taken_up_display: Option<String>,
    pub taken_up_by: Option<String>,
    /// Waiting in the queue before it was taken up.
    pub queued_secs: i64,
    /// When the step is (or was) due, for the standards that are a deadline or in days.
    pub due_display: Option<String>,
    pub started_display: Option<String>,
    pub ended_display: Option<String>,
    /// Seconds spent so far (open step) or in all (closed step).
    pub elapsed_secs: Option<i64>,
    pub elapsed_label: Option<String>,
    pub running: bool,
    /// Whether the step met its standard; `None` until it has started.
    pub within_standard: Option<bool>,
    pub actor: Option<String>,
    /// Time spent waiting on the sender (returned, not yet resubmitted): not handling time.
    pub waited_secs: i64,
    pub waited_label: Option<String>,
    /// The release is back with its sender now: the step's clock is paused.
    pub waiting: bool,
    /// Why it was returned, while it waits.
    pub waiting_reason: Option<String>,
    /// What the person who did it wrote with it.
    pub note: String,
}

pub(crate) struct Closing<'a> {
    pub started: DateTime<Utc>,
    pub ended: DateTime<Utc>,
    pub actor: Option<i64>,
    pub note: &'a str,
}

pub(crate) fn close_step(db: &Db, release_id: i64, seq: i64, c: Closing) -> Result<()> {
    db.execute(
        "INSERT INTO step_timings (release_id, step_seq, started_at, ended_at, actor_id, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (release_id, step_seq) DO UPDATE SET ended_at = excluded.ended_at,
            actor_id = excluded.actor_id, note = excluded.note",
        args![
            release_id,
            seq,
            timefmt::to_db(c.started),
            timefmt::to_db(c.ended),
            c.actor,
            c.note
        ],
    )?;
    Ok(())
}

/// Opens a step: its clock starts at `at`, unless it was opened before (a step reopened keeps
/// its row, restarted by `reopen_from`).
pub(crate) fn open_step(db: &Db, release_id: i64, seq: i64, at: DateTime<Utc>) -> Result<()> {
    db.execute(
        "INSERT INTO step_timings (release_id, step_seq, started_at) VALUES (?1, ?2, ?3)
         ON CONFLICT DO NOTHING",
        args![release_id, seq, timefmt::to_db(at)],
    )?;
    Ok(())
}

pub(crate) fn started_at(db: &Db, release_id: i64, seq: i64) -> Result<Option<DateTime<Utc>>> {
    let started: Option<String> = db.query_opt(
        "SELECT started_at FROM step_timings WHERE release_id = ?1 AND step_seq = ?2",
        args![release_id, seq],
        |r| r.get(0),
    )?;
    started.as_deref().map(timefmt::from_db).transpose()
}

/// A return to the sender pauses the open step's clock ...
pub(crate) fn pause(db: &Db, release_id: i64, at: DateTime<Utc>) -> Result<()> {
    db.execute(
        "UPDATE step_timings SET waiting_since = ?1
         WHERE release_id = ?2 AND ended_at IS NULL AND waiting_since IS NULL",
        args![timefmt::to_db(at), release_id],
    )?;
    Ok(())
}

/// ... and the resubmission starts it again, adding the wait up apart from handling time.
pub(crate) fn resume(db: &Db, release_id: i64, at: DateTime<Utc>) -> Result<()> {
    let waiting: Option<(i64, String)> = db.query_opt(
        "SELECT step_seq, waiting_since FROM step_timings
         WHERE release_id = ?1 AND waiting_since IS NOT NULL",
        args![release_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if let Some((seq, since)) = waiting {
        let waited = (at - timefmt::from_db(&since)?).num_seconds().max(0);
        db.execute(
            "UPDATE step_timings SET waiting_since = NULL, waited_secs = waited_secs + ?1
             WHERE release_id = ?2 AND step_seq = ?3",
            args![waited, release_id, seq],
        )?;
    }
    Ok(())
}

/// Whether the release is back with its sender (returned and not yet resubmitted).
pub(crate) fn waiting_on_sender(db: &Db, release_id: i64) -> Result<bool> {
    db.exists(
        "SELECT 1 FROM step_timings WHERE release_id = ?1 AND waiting_since IS NOT NULL",
        args![release_id],
    )
}

/// A withdrawn release leaves the SOP: the steps it had not finished are not measured.
pub(crate) fn drop_open(db: &Db, release_id: i64) -> Result<()> {
    db.execute(db.pick(&DROP_OPEN), args![release_id])?;
    Ok(())
}

/// The removals of timings: a desk's login on the server has no DELETE, and the server's own
/// functions remove the same rows.
const DROP_OPEN: Both = Both {
    sqlite: "DELETE FROM step_timings WHERE release_id = ?1 AND ended_at IS NULL",
    postgres: "SELECT remove_open_timings(?1)",
};
const DROP_AFTER: Both = Both {
    sqlite: "DELETE FROM step_timings WHERE release_id = ?1 AND step_seq > ?2",
    postgres: "SELECT remove_timings_after(?1, ?2)",
};

/// Handling time of a step: from its start to its end (or `now`), less the time it waited on
/// the sender.
pub(crate) fn handling_secs(
    started: DateTime<Utc>,
    ended: Option<DateTime<Utc>>,
    waited_secs: i64,
    waiting_since: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> i64 {
    let end = ended.unwrap_or(now);
    let waiting = waiting_since.map_or(0, |w| (end - w).num_seconds().max(0));
    ((end - started).num_seconds() - waited_secs - waiting).max(0)
}

/// After a revocation the release is back at step `seq`: that step starts again now and the
/// later ones have not started. (The audit trail keeps the history of the earlier round.)
pub(crate) fn reopen_from(db: &Db, release_id: i64, seq: i64, at: DateTime<Utc>) -> Result<()> {
    db.execute(
        "UPDATE step_timings SET started_at = ?1, ended_at = NULL, actor_id = NULL,
            waiting_since = NULL, waited_secs = 0
         WHERE release_id = ?2 AND step_seq = ?3",
        args![timefmt::to_db(at), release_id, seq],
    )?;
    db.execute(db.pick(&DROP_AFTER), args![release_id, seq])?;
    Ok(())
}

/// The responsible person took the open step up: the first take-up counts.
pub(crate) fn take_up(
    db: &Db,
    release_id: i64,
    seq: i64,
    by: Option<i64>,
    at: DateTime<Utc>,
) -> Result<bool> {
    let n = db.execute(
        "UPDATE step_timings SET taken_up_at = ?1, taken_up_by = ?2
         WHERE release_id = ?3 AND step_seq = ?4 AND ended_at IS NULL AND taken_up_at IS NULL",
        args![timefmt::to_db(at), by, release_id, seq],
    )?;
    Ok(n > 0)
}

/// One step's recorded times, as stored.
pub(crate) struct Recorded {
    pub seq: i64,
    pub started: DateTime<Utc>,
    pub taken_up: Option<DateTime<Utc>>,
    pub ended: Option<DateTime<Utc>>,
    pub waited_secs: i64,
    pub waiting_since: Option<DateTime<Utc>>,
}

/// How one step measures against its standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Measure {
    pub handling_secs: i64,
    /// In the queue before the take-up, and back with the sender.
    pub waiting_secs: i64,
    pub due: Option<DateTime<Utc>>,
    /// `None` for a step without a standard.
    pub within: Option<bool>,
}

/// Measures a step: handling from its take-up (else its start) to its end (or `now`) less the
/// waits on the sender, against its standard. A span (minutes, hours) bounds the handling; days
/// and months run from the take-up in the office's calendar, waits added; an event deadline is
/// fixed.
pub(crate) fn measure(
    rec: &Recorded,
    standard: TimeStandard,
    event_date: Option<NaiveDate>,
    tz: TimeZone,
    cal: &Calendar,
    now: DateTime<Utc>,
) -> Measure {
    let from = rec.taken_up.unwrap_or(rec.started);
    let end = rec.ended.unwrap_or(now);
    let handling = handling_secs(from, rec.ended, rec.waited_secs, rec.waiting_since, now);
    let sender_wait = rec.waited_secs
        + rec
            .waiting_since
            .map_or(0, |w| (end - w).num_seconds().max(0));
    let queued = (from - rec.started).num_seconds().max(0);
    let due = standard.due(from, event_date, tz, cal).map(|due| {
        if standard.is_deadline() {
            due
        } else {
            due + chrono::Duration::seconds(sender_wait)
        }
    });
    let within = match (standard.span_secs(), due) {
        (Some(limit), _) => Some(handling <= limit),
        (None, Some(due)) => Some(end <= due),
        (None, None) => None,
    };
    Measure {
        handling_secs: handling,
        waiting_secs: queued + sender_wait,
        due,
        within,
    }
}

/// A recorded step with who did it, who took it up, and the note.
type Row = (Recorded, Option<String>, Option<String>, String);

/// Every recorded step of a release.
pub(crate) fn recorded(db: &Db, release_id: i64) -> Result<Vec<Row>> {
    let time = |s: Option<String>| s.as_deref().map(timefmt::from_db).transpose();
    db.query(
        "SELECT t.step_seq, t.started_at, t.taken_up_at, t.ended_at, t.waited_secs,
                t.waiting_since, u.name, k.name, t.note
         FROM step_timings t LEFT JOIN users u ON u.id = t.actor_id
         LEFT JOIN users k ON k.id = t.taken_up_by WHERE t.release_id = ?1",
        args![release_id],
    )?
    .iter()
    .map(|r| {
        Ok((
            Recorded {
                seq: r.get(0)?,
                started: timefmt::from_db(&r.get::<String>(1)?)?,
                taken_up: time(r.get(2)?)?,
                ended: time(r.get(3)?)?,
                waited_secs: r.get(4)?,
                waiting_since: time(r.get(5)?)?,
            },
            r.get(6)?,
            r.get(7)?,
            r.get(8)?,
        ))
    })
    .collect()
}

/// The timeline of every step of the template, measured against `now` for open steps.
pub(crate) fn timeline(
    db: &Db,
    release_id: i64,
    sop: &SopTemplate,
    event_date: Option<NaiveDate>,
    tz: TimeZone,
    now: DateTime<Utc>,
) -> Result<Vec<StepTiming>> {
    let cal = Calendar::load(db)?;
    let recorded = recorded(db, release_id)?;
    let mut out = Vec::new();
    for step in sop.record_steps() {
        let mut timing = blank(step);
        if let Some((rec, actor, taker, note)) = recorded.iter().find(|r| r.0.seq == step.seq) {
            timing.note = note.clone();
            let m = measure(rec, step.standard, event_date, tz, &cal, now);
            timing.waited_secs = m.waiting_secs;
            timing.queued_secs = (rec.taken_up.unwrap_or(rec.started) - rec.started)
                .num_seconds()
                .max(0);
            timing.waited_label =
                (m.waiting_secs > 0).then(|| timefmt::show_duration(m.waiting_secs));
            timing.waiting = rec.waiting_since.is_some();
            if timing.waiting {
                timing.waiting_reason = db.query_opt(
                    "SELECT reason FROM checks WHERE release_id = ?1 AND outcome = 'returned'
                         ORDER BY id DESC LIMIT 1",
                    args![release_id],
                    |r| r.get(0),
                )?;
            }
            timing.started_at = Some(timefmt::to_db(rec.started));
            timing.started_display = Some(timefmt::show_datetime(rec.started, tz));
            timing.taken_up_display = rec.taken_up.map(|t| timefmt::show_datetime(t, tz));
            timing.taken_up_by = taker.clone();
            timing.ended_display = rec.ended.map(|e| timefmt::show_datetime(e, tz));
            timing.elapsed_secs = Some(m.handling_secs);
            timing.elapsed_label = Some(timefmt::show_duration(m.handling_secs));
            timing.running = rec.ended.is_none() && rec.waiting_since.is_none();
            timing.within_standard = m.within;
            timing.due_display = m
                .due
                .filter(|_| step.standard.span_secs().is_none())
                .map(|d| timefmt::show_datetime(d, tz));
            timing.actor = actor.clone();
        }
        out.push(timing);
    }
    Ok(out)
}

fn blank(step: &SopStep) -> StepTiming {
    StepTiming {
        seq: step.seq,
        name: step.name.clone(),
        time_standard_secs: step.time_standard_secs,
        standard_label: step.standard_label.clone(),
        started_at: None,
        taken_up_display: None,
        taken_up_by: None,
        queued_secs: 0,
        due_display: None,
        started_display: None,
        ended_display: None,
        elapsed_secs: None,
        elapsed_label: None,
        running: false,
        within_standard: None,
        actor: None,
        waited_secs: 0,
        waited_label: None,
        waiting: false,
        waiting_reason: None,
        note: String::new(),
    }
}
