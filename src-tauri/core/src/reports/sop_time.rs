//! The SOP time report: for each step of the SOP, per month and per person, how many closed
//! steps there were, their median and 90th-percentile handling time, the share within the
//! standard, and the median time the step waited (in the queue before it was taken up, and on
//! the sender) apart from handling.

use std::collections::BTreeMap;

use chrono::Datelike;
use serde::Serialize;
use ts_rs::TS;

use crate::calendar::Calendar;
use crate::db::Store;
use crate::error::Result;
use crate::model::Actor;
use crate::period::Period;
use crate::permissions::{require, Action};
use crate::workflow::{template, timing, SopTemplate};
use crate::{args, office, timefmt};

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
    /// Median waiting (queue and sender), apart from handling.
    pub median_waiting_secs: Option<i64>,
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
    pub standard_label: String,
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
    /// The template versions the period's steps were done under ("versi 1, versi 2").
    pub versions: String,
    pub steps: Vec<SopStepReport>,
    /// Releases returned to their sender by the Kasi's check in the period ...
    pub returns: i64,
    /// ... sent to the check again after the sender's fix ...
    pub resubmissions: i64,
    /// ... and withdrawn by their sender.
    pub withdrawals: i64,
}

/// One closed step: its SOP step, local month, who closed it, how long it was handled, whether
/// within its standard, and how long it waited.
struct Timing {
    seq: i64,
    month: u32,
    actor: Option<i64>,
    name: String,
    secs: i64,
    within: Option<bool>,
    waiting: i64,
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
    let (template, versions, timings, [returns, resubmissions, withdrawals]) =
        store.with_db(|db| {
            let tz = office::timezone_on(db)?;
            let cal = Calendar::load(db)?;
            let (from, to) = period.bounds(tz)?;
            let template = template::office_sop(db)?;
            let template_id = template.id;
            // Collected first: each row may need its template version read from the store.
            let rows = db.query(
                "SELECT t.step_seq, t.started_at, t.taken_up_at, t.ended_at, t.actor_id, u.name,
                    t.waited_secs, r.sop_version_id, r.event_date
             FROM step_timings t JOIN releases r ON r.id = t.release_id
             LEFT JOIN users u ON u.id = t.actor_id
             WHERE t.ended_at IS NOT NULL AND t.ended_at >= ?1 AND t.ended_at < ?2
               AND r.template_id = ?3",
                args![from, to, template_id],
            )?;
            let mut timings = Vec::new();
            let mut versions: BTreeMap<i64, SopTemplate> = BTreeMap::new();
            for r in &rows {
                let time = |i: usize| -> Result<Option<_>> {
                    r.get::<Option<String>>(i)?
                        .as_deref()
                        .map(timefmt::from_db)
                        .transpose()
                };
                let rec = timing::Recorded {
                    seq: r.get(0)?,
                    started: timefmt::from_db(&r.get::<String>(1)?)?,
                    taken_up: time(2)?,
                    ended: time(3)?,
                    waited_secs: r.get(6)?,
                    waiting_since: None,
                };
                let version: i64 = r.get(7)?;
                if let std::collections::btree_map::Entry::Vacant(e) = versions.entry(version) {
                    e.insert(template::load_version(db, version)?);
                }
                let Some(step) = versions.get(&version).and_then(|v| v.step(rec.seq)) else {
                    continue;
                };
                let event = r
                    .get::<Option<String>>(8)?
                    .map(|d| timefmt::parse_date("event_date", &d))
                    .transpose()?;
                let ended = rec.ended.unwrap_or(rec.started);
                let m = timing::measure(&rec, step.standard, event, tz, &cal, ended);
                timings.push(Timing {
                    seq: rec.seq,
                    month: timefmt::local_date(ended, tz).month(),
                    actor: r.get(4)?,
                    name: r
                        .get::<Option<String>>(5)?
                        .unwrap_or_else(|| crate::tr!("console-no-user")),
                    secs: m.handling_secs,
                    within: m.within,
                    waiting: m.waiting_secs,
                });
            }
            let versions = versions
                .values()
                .map(|v| crate::tr!("sop-version-n", n = v.version))
                .collect::<Vec<_>>()
                .join(", ");
            let count = |sql: &str| -> Result<i64> {
                db.query_row(sql, args![from, to, template_id], |r| r.get(0))
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
            Ok((template, versions, timings, events))
        })?;
    let months: Vec<u32> = match month {
        Some(m) => vec![m],
        None => (1..=12).collect(),
    };
    let steps = template
        .record_steps()
        .map(|step| {
            let mine: Vec<&Timing> = timings.iter().filter(|t| t.seq == step.seq).collect();
            let standard = step.time_standard_secs;
            let stats_of =
                |pick: &dyn Fn(&Timing) -> bool| stats(mine.iter().copied().filter(|t| pick(t)));
            let mut people: BTreeMap<(String, Option<i64>), Vec<&Timing>> = BTreeMap::new();
            for t in &mine {
                people.entry((t.name.clone(), t.actor)).or_default().push(t);
            }
            SopStepReport {
                seq: step.seq,
                name: step.name.clone(),
                time_standard_secs: standard,
                standard_label: step.standard_label.clone(),
                overall: stats_of(&|_| true),
                months: months
                    .iter()
                    .map(|&m| SopMonth {
                        month: m,
                        label: format!("{} {year}", timefmt::show_month(m)),
                        stats: stats_of(&|t| t.month == m),
                    })
                    .collect(),
                people: people
                    .into_iter()
                    .map(|((name, actor_id), secs)| SopPerson {
                        actor_id,
                        name,
                        stats: stats(secs.into_iter()),
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
        versions,
        steps,
        returns,
        resubmissions,
        withdrawals,
    })
}

/// Median (the mean of the two middle values for an even count) and the nearest-rank 90th
/// percentile of the handling times; the share within the standard; the median wait.
fn stats<'a>(timings: impl Iterator<Item = &'a Timing>) -> SopStats {
    let timings: Vec<&Timing> = timings.collect();
    let mut v: Vec<i64> = timings.iter().map(|t| t.secs).collect();
    let mut waits: Vec<i64> = timings.iter().map(|t| t.waiting).collect();
    if v.is_empty() {
        return SopStats::default();
    }
    let within = timings.iter().filter(|t| t.within == Some(true)).count();
    let measured = timings.iter().filter(|t| t.within.is_some()).count();
    SopStats {
        count: v.len() as i64,
        median_secs: median(&mut v),
        p90_secs: {
            let rank = (v.len() * 9).div_ceil(10).max(1);
            Some(v[rank - 1])
        },
        within_count: within as i64,
        within_share: (measured > 0).then(|| within as f64 / measured as f64),
        median_waiting_secs: median(&mut waits),
    }
}

fn median(v: &mut [i64]) -> Option<i64> {
    v.sort_unstable();
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some((v[n / 2 - 1] + v[n / 2] + 1) / 2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timing(secs: i64, within: Option<bool>) -> Timing {
        Timing {
            seq: 1,
            month: 11,
            actor: None,
            name: String::new(),
            secs,
            within,
            waiting: secs / 10,
        }
    }

    #[test]
    fn median_percentile_and_share_within() {
        let t: Vec<Timing> = [300, 100, 200, 400, 500, 600, 700, 800, 900, 1000]
            .into_iter()
            .map(|s| timing(s, Some(s <= 420)))
            .collect();
        let s = stats(t.iter());
        assert_eq!(
            (s.count, s.median_secs, s.p90_secs),
            (10, Some(550), Some(900))
        );
        assert_eq!(s.within_count, 4);
        assert_eq!(s.median_waiting_secs, Some(55));
        let one = [timing(42, Some(true))];
        let one = stats(one.iter());
        assert_eq!(
            (one.median_secs, one.p90_secs, one.within_share),
            (Some(42), Some(42), Some(1.0))
        );
        assert_eq!(stats(std::iter::empty()).count, 0);
        let unmeasured = [timing(42, None)];
        assert_eq!(stats(unmeasured.iter()).within_share, None);
    }
}
