//! The SOP time report: for each step of the SOP, per month and per person, how many closed
//! steps there were, their median and 90th-percentile time and the share within the standard.

use std::collections::BTreeMap;

use chrono::Datelike;
use serde::Serialize;
use ts_rs::TS;

use crate::catalog;
use crate::db::Store;
use crate::error::Result;
use crate::model::Actor;
use crate::period::Period;
use crate::permissions::{require, Action};
use crate::release::timing;
use crate::{office, timefmt};

/// Figures of a set of closed steps.
#[derive(Debug, Clone, Default, Serialize, TS)]
#[ts(export)]
pub struct SopStats {
    pub count: i64,
    pub median_secs: Option<i64>,
    pub p90_secs: Option<i64>,
    /// How many finished within the step's time standard.
    pub within_count: i64,
    /// `within_count / count`, 0–1; `None` without steps.
    pub within_share: Option<f64>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SopPerson {
    pub actor_id: Option<i64>,
    pub name: String,
    pub stats: SopStats,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SopMonth {
    pub month: u32,
    pub label: String,
    pub stats: SopStats,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SopStepReport {
    pub seq: i64,
    pub name: String,
    pub time_standard_secs: i64,
    pub overall: SopStats,
    /// Every month of the period, also those without steps.
    pub months: Vec<SopMonth>,
    pub people: Vec<SopPerson>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SopReport {
    pub year: i32,
    pub month: Option<u32>,
    /// "November 2026" or "Tahun 2026"
    pub period_label: String,
    pub template_code: String,
    pub template_title: String,
    pub steps: Vec<SopStepReport>,
    /// Releases returned to their sender by the Kasi's check in the period ...
    pub returns: i64,
    /// ... sent to the check again after the sender's fix ...
    pub resubmissions: i64,
    /// ... and withdrawn by their sender.
    pub withdrawals: i64,
}

/// One closed step: its SOP step, local month, who closed it and how long it took.
struct Timing {
    seq: i64,
    month: u32,
    actor: Option<i64>,
    name: String,
    secs: i64,
}

/// Closed steps (ended in the period, office zone) of releases on the default SOP template.
pub fn sop_time_report(
    store: &Store,
    actor: &Actor,
    year: i32,
    month: Option<u32>,
) -> Result<SopReport> {
    require(actor, Action::Read)?;
    sop_report(store, year, month)
}

/// [`sop_time_report`] for core's own use (the printed report).
pub(crate) fn sop_report(store: &Store, year: i32, month: Option<u32>) -> Result<SopReport> {
    let period = match month {
        Some(month) => Period::Month { year, month },
        None => Period::Year { year },
    };
    let period_label = period.label()?;
    let (template, timings, [returns, resubmissions, withdrawals]) = store.with_conn(|c| {
        let tz = office::timezone(c)?;
        let (from, to) = period.bounds(tz)?;
        let template_id = catalog::default_template_id(c)?;
        let template = catalog::sop_template(c, template_id)?;
        let mut stmt = c.prepare(
            "SELECT t.step_seq, t.started_at, t.ended_at, t.actor_id, u.name, t.waited_secs
             FROM step_timings t JOIN releases r ON r.id = t.release_id
             LEFT JOIN users u ON u.id = t.actor_id
             WHERE t.ended_at IS NOT NULL AND t.ended_at >= ?1 AND t.ended_at < ?2
               AND r.template_id = ?3",
        )?;
        let mut rows = stmt.query(rusqlite::params![from, to, template_id])?;
        let mut timings = Vec::new();
        while let Some(r) = rows.next()? {
            let started = timefmt::from_db(&r.get::<_, String>(1)?)?;
            let ended = timefmt::from_db(&r.get::<_, String>(2)?)?;
            timings.push(Timing {
                seq: r.get(0)?,
                month: timefmt::local_date(ended, tz).month(),
                actor: r.get(3)?,
                name: r
                    .get::<_, Option<String>>(4)?
                    .unwrap_or_else(|| "Konsol (tanpa pengguna)".into()),
                // Waiting on the sender after a return is not handling time.
                secs: timing::handling_secs(started, Some(ended), r.get(5)?, None, ended),
            });
        }
        let count = |sql: &str| -> Result<i64> {
            Ok(c.query_row(sql, rusqlite::params![from, to, template_id], |r| r.get(0))?)
        };
        let events = [
            count(
                "SELECT count(*) FROM checks k JOIN releases r ON r.id = k.release_id
                 WHERE k.outcome = 'returned' AND k.at >= ?1 AND k.at < ?2 AND r.template_id = ?3",
            )?,
            count(
                "SELECT count(*) FROM resubmissions k JOIN releases r ON r.id = k.release_id
                 WHERE k.at >= ?1 AND k.at < ?2 AND r.template_id = ?3",
            )?,
            count(
                "SELECT count(*) FROM releases r
                 WHERE r.withdrawn_at >= ?1 AND r.withdrawn_at < ?2 AND r.template_id = ?3",
            )?,
        ];
        Ok((template, timings, events))
    })?;
    let months: Vec<u32> = match month {
        Some(m) => vec![m],
        None => (1..=12).collect(),
    };
    let steps = template
        .steps
        .iter()
        .map(|step| {
            let mine: Vec<&Timing> = timings.iter().filter(|t| t.seq == step.seq).collect();
            let standard = step.time_standard_secs;
            let stats_of = |pick: &dyn Fn(&Timing) -> bool| {
                stats(mine.iter().filter(|t| pick(t)).map(|t| t.secs), standard)
            };
            let mut people: BTreeMap<(String, Option<i64>), Vec<i64>> = BTreeMap::new();
            for t in &mine {
                people
                    .entry((t.name.clone(), t.actor))
                    .or_default()
                    .push(t.secs);
            }
            SopStepReport {
                seq: step.seq,
                name: step.name.clone(),
                time_standard_secs: standard,
                overall: stats_of(&|_| true),
                months: months
                    .iter()
                    .map(|&m| SopMonth {
                        month: m,
                        label: format!("{} {year}", timefmt::month_name(m)),
                        stats: stats_of(&|t| t.month == m),
                    })
                    .collect(),
                people: people
                    .into_iter()
                    .map(|((name, actor_id), secs)| SopPerson {
                        actor_id,
                        name,
                        stats: stats(secs.into_iter(), standard),
                    })
                    .collect(),
            }
        })
        .collect();
    Ok(SopReport {
        year,
        month,
        period_label,
        template_code: template.code,
        template_title: template.title,
        steps,
        returns,
        resubmissions,
        withdrawals,
    })
}

/// Median (the mean of the two middle values for an even count) and the nearest-rank 90th
/// percentile.
fn stats(secs: impl Iterator<Item = i64>, standard: i64) -> SopStats {
    let mut v: Vec<i64> = secs.collect();
    v.sort_unstable();
    let n = v.len();
    if n == 0 {
        return SopStats::default();
    }
    let median = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2] + 1) / 2
    };
    let rank = (n * 9).div_ceil(10).max(1);
    let within = v.iter().filter(|&&s| s <= standard).count();
    SopStats {
        count: n as i64,
        median_secs: Some(median),
        p90_secs: Some(v[rank - 1]),
        within_count: within as i64,
        within_share: Some(within as f64 / n as f64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_percentile() {
        let s = stats(
            [300, 100, 200, 400, 500, 600, 700, 800, 900, 1000].into_iter(),
            420,
        );
        assert_eq!(
            (s.count, s.median_secs, s.p90_secs),
            (10, Some(550), Some(900))
        );
        assert_eq!(s.within_count, 4);
        let one = stats([42].into_iter(), 420);
        assert_eq!(
            (one.median_secs, one.p90_secs, one.within_share),
            (Some(42), Some(42), Some(1.0))
        );
        assert_eq!(stats(std::iter::empty(), 420).count, 0);
    }
}
