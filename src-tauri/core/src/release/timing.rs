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

/// After a revocation the release is back at step `seq`: that step starts again now and the
/// later ones have not started. (The audit trail keeps the history of the earlier round.)
pub(crate) fn reopen_from(
    tx: &Transaction,
    release_id: i64,
    seq: i64,
    at: DateTime<Utc>,
) -> Result<()> {
    tx.execute(
        "UPDATE step_timings SET started_at = ?1, ended_at = NULL, actor_id = NULL
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
        "SELECT t.step_seq, t.started_at, t.ended_at, u.name FROM step_timings t
         LEFT JOIN users u ON u.id = t.actor_id WHERE t.release_id = ?1",
    )?;
    let recorded = stmt
        .query_map([release_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<(i64, String, Option<String>, Option<String>)>>>()?;
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
        };
        if let Some((_, started, ended, actor)) = recorded.iter().find(|r| r.0 == step.seq) {
            let start = timefmt::from_db(started)?;
            let end = ended.as_deref().map(timefmt::from_db).transpose()?;
            let elapsed = (end.unwrap_or(now) - start).num_seconds().max(0);
            timing.started_at = Some(started.clone());
            timing.started_display = Some(timefmt::format_datetime(start, tz));
            timing.ended_display = end.map(|e| timefmt::format_datetime(e, tz));
            timing.elapsed_secs = Some(elapsed);
            timing.elapsed_label = Some(timefmt::format_duration(elapsed));
            timing.running = end.is_none();
            timing.within_standard = Some(elapsed <= step.time_standard_secs);
            timing.actor = actor.clone();
        }
        out.push(timing);
    }
    Ok(out)
}
