//! Step timing: when each SOP step of a release started and ended, and how that compares with
//! the step's time standard (mutu baku). An open step is measured up to now.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use crate::catalog::SopTemplate;
use crate::error::Result;
use crate::model::TimeZone;
use crate::timefmt;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StepTiming {
    pub seq: i64,
    pub name: String,
    pub time_standard_secs: i64,
    pub started_at: Option<String>,
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
}

pub(crate) fn close_step(
    tx: &Transaction,
    release_id: i64,
    seq: i64,
    started: DateTime<Utc>,
    ended: DateTime<Utc>,
    actor: Option<i64>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO step_timings (release_id, step_seq, started_at, ended_at, actor_id)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (release_id, step_seq) DO UPDATE SET ended_at = excluded.ended_at,
            actor_id = excluded.actor_id",
        params![
            release_id,
            seq,
            timefmt::to_db(started),
            timefmt::to_db(ended),
            actor
        ],
    )?;
    Ok(())
}

pub(crate) fn open_step(
    tx: &Transaction,
    release_id: i64,
    seq: i64,
    at: DateTime<Utc>,
) -> Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO step_timings (release_id, step_seq, started_at) VALUES (?1, ?2, ?3)",
        params![release_id, seq, timefmt::to_db(at)],
    )?;
    Ok(())
}

pub(crate) fn started_at(
    conn: &Connection,
    release_id: i64,
    seq: i64,
) -> Result<Option<DateTime<Utc>>> {
    let started: Option<String> = conn
        .query_row(
            "SELECT started_at FROM step_timings WHERE release_id = ?1 AND step_seq = ?2",
            params![release_id, seq],
            |r| r.get(0),
        )
        .optional()?;
    started.as_deref().map(timefmt::from_db).transpose()
}

/// A return to the sender pauses the open step's clock ...
pub(crate) fn pause(tx: &Transaction, release_id: i64, at: DateTime<Utc>) -> Result<()> {
    tx.execute(
        "UPDATE step_timings SET waiting_since = ?1
         WHERE release_id = ?2 AND ended_at IS NULL AND waiting_since IS NULL",
        params![timefmt::to_db(at), release_id],
    )?;
    Ok(())
}

/// ... and the resubmission starts it again, adding the wait up apart from handling time.
pub(crate) fn resume(tx: &Transaction, release_id: i64, at: DateTime<Utc>) -> Result<()> {
    let waiting: Option<(i64, String)> = tx
        .query_row(
            "SELECT step_seq, waiting_since FROM step_timings
             WHERE release_id = ?1 AND waiting_since IS NOT NULL",
            [release_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((seq, since)) = waiting {
        let waited = (at - timefmt::from_db(&since)?).num_seconds().max(0);
        tx.execute(
            "UPDATE step_timings SET waiting_since = NULL, waited_secs = waited_secs + ?1
             WHERE release_id = ?2 AND step_seq = ?3",
            params![waited, release_id, seq],
        )?;
    }
    Ok(())
}

/// Whether the release is back with its sender (returned and not yet resubmitted).
pub(crate) fn waiting_on_sender(conn: &Connection, release_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM step_timings WHERE release_id = ?1 AND waiting_since IS NOT NULL",
        )?
        .exists([release_id])?)
}

/// A withdrawn release leaves the SOP: the steps it had not finished are not measured.
pub(crate) fn drop_open(tx: &Transaction, release_id: i64) -> Result<()> {
    tx.execute(
        "DELETE FROM step_timings WHERE release_id = ?1 AND ended_at IS NULL",
        [release_id],
    )?;
    Ok(())
}

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
pub(crate) fn reopen_from(
    tx: &Transaction,
    release_id: i64,
    seq: i64,
    at: DateTime<Utc>,
) -> Result<()> {
    tx.execute(
        "UPDATE step_timings SET started_at = ?1, ended_at = NULL, actor_id = NULL,
            waiting_since = NULL, waited_secs = 0
         WHERE release_id = ?2 AND step_seq = ?3",
        params![timefmt::to_db(at), release_id, seq],
    )?;
    tx.execute(
        "DELETE FROM step_timings WHERE release_id = ?1 AND step_seq > ?2",
        params![release_id, seq],
    )?;
    Ok(())
}

/// The timeline of every step of the template, measured against `now` for open steps.
pub(crate) fn timeline(
    conn: &Connection,
    release_id: i64,
    sop: &SopTemplate,
    tz: TimeZone,
    now: DateTime<Utc>,
) -> Result<Vec<StepTiming>> {
    let mut stmt = conn.prepare(
        "SELECT t.step_seq, t.started_at, t.ended_at, u.name, t.waited_secs, t.waiting_since
         FROM step_timings t LEFT JOIN users u ON u.id = t.actor_id WHERE t.release_id = ?1",
    )?;
    let recorded = stmt
        .query_map([release_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Vec::new();
    for step in &sop.steps {
        let mut timing = StepTiming {
            seq: step.seq,
            name: step.name.clone(),
            time_standard_secs: step.time_standard_secs,
            started_at: None,
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
        };
        let found = recorded.iter().find(|r| r.0 == step.seq);
        if let Some((_, started, ended, actor, waited, waiting_since)) = found {
            let start = timefmt::from_db(started)?;
            let end = ended.as_deref().map(timefmt::from_db).transpose()?;
            let since = waiting_since.as_deref().map(timefmt::from_db).transpose()?;
            let elapsed = handling_secs(start, end, *waited, since, now);
            let waited_all = *waited + since.map_or(0, |w| (now - w).num_seconds().max(0));
            timing.waited_secs = waited_all;
            timing.waited_label = (waited_all > 0).then(|| timefmt::format_duration(waited_all));
            timing.waiting = since.is_some();
            if timing.waiting {
                timing.waiting_reason = conn
                    .query_row(
                        "SELECT reason FROM checks WHERE release_id = ?1 AND outcome = 'returned'
                         ORDER BY id DESC LIMIT 1",
                        [release_id],
                        |r| r.get(0),
                    )
                    .optional()?;
            }
            timing.started_at = Some(started.clone());
            timing.started_display = Some(timefmt::format_datetime(start, tz));
            timing.ended_display = end.map(|e| timefmt::format_datetime(e, tz));
            timing.elapsed_secs = Some(elapsed);
            timing.elapsed_label = Some(timefmt::format_duration(elapsed));
            timing.running = end.is_none() && since.is_none();
            timing.within_standard = Some(elapsed <= step.time_standard_secs);
            timing.actor = actor.clone();
        }
        out.push(timing);
    }
    Ok(out)
}
