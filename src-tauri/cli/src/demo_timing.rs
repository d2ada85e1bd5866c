//! Demo step times as an office has them. The demo acts in a blink, at the moment it runs; an
//! office acts on the day a release arrives. So every step of a release is laid out after its
//! received time (step 1 starts when it arrived, each next step when the one before ended),
//! each taking a few minutes (most within the SOP's 7 minutes, some over), and the records
//! that carry a time of their own (check, paraf, publication, filing) follow their step. The
//! SOP report of an earlier month then has that month's releases in it. The audit chain keeps
//! when the demo really ran: its times are hashed and stay true.

use chrono::{DateTime, Duration, Utc};
use pressdesk_core::{timefmt, Result, Store};

/// Seconds a demo step took: 1½ to 12 minutes, spread by release and step, about one in five
/// over the 7-minute standard.
fn demo_secs(release: i64, step: i64) -> i64 {
    let mix = (release * 7919 + step * 104_729) % 1000;
    if mix < 200 {
        430 + mix * 3 / 2
    } else {
        90 + (mix - 200) * 330 / 800
    }
}

/// When step `seq` of a release started, in the demo's timeline.
fn step_start(release: i64, received: DateTime<Utc>, seq: i64) -> DateTime<Utc> {
    received + Duration::seconds((1..seq).map(|s| demo_secs(release, s)).sum())
}

/// When step `seq` of a release ended, in the demo's timeline: the filing uses it to date the
/// archive number before [`spread`] moves the step itself.
pub fn step_end(release: i64, received: DateTime<Utc>, seq: i64) -> DateTime<Utc> {
    step_start(release, received, seq + 1)
}

pub fn spread(store: &Store) -> Result<()> {
    store.with_tx(|tx| {
        let steps: Vec<(i64, i64, String)> = tx
            .prepare(
                "SELECT t.release_id, t.step_seq, r.received_at
                 FROM step_timings t JOIN releases r ON r.id = t.release_id",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<std::result::Result<_, _>>()?;
        let mut update = tx.prepare(
            "UPDATE step_timings SET started_at = ?3,
                ended_at = CASE WHEN ended_at IS NULL THEN NULL ELSE ?4 END
             WHERE release_id = ?1 AND step_seq = ?2",
        )?;
        for (release, step, received) in steps {
            let received = timefmt::from_db(&received)?;
            update.execute((
                release,
                step,
                timefmt::to_db(step_start(release, received, step)),
                timefmt::to_db(step_end(release, received, step)),
            ))?;
        }
        // The records of each step carry the time its step ended; the check comes a minute
        // before the Kadis's paraf closes step 2.
        let ended = "(SELECT t.ended_at FROM step_timings t WHERE t.release_id = x.release_id
                      AND t.step_seq = {seq} AND t.ended_at IS NOT NULL)";
        let step = |seq: &str| ended.replace("{seq}", seq);
        for sql in [
            format!(
                "UPDATE parafs AS x SET at = COALESCE({}, at)",
                step("x.step_seq")
            ),
            // A returned release has no end of step 2: its check came two minutes in.
            "UPDATE checks AS x SET at = COALESCE(
                strftime('%Y-%m-%dT%H:%M:%SZ', (SELECT t.ended_at FROM step_timings t
                    WHERE t.release_id = x.release_id AND t.step_seq = 2), '-60 seconds'),
                strftime('%Y-%m-%dT%H:%M:%SZ', (SELECT t.started_at FROM step_timings t
                    WHERE t.release_id = x.release_id AND t.step_seq = 2), '+120 seconds'),
                at)"
            .to_owned(),
            format!(
                "UPDATE publications AS x SET published_at = COALESCE({0}, published_at),
                    recorded_at = COALESCE({0}, recorded_at)",
                step("4")
            ),
            format!(
                "UPDATE filings AS x SET filed_at = COALESCE({}, filed_at)",
                step("5")
            ),
            format!(
                "UPDATE archive_numbers AS x SET allocated_at = COALESCE({}, allocated_at)",
                step("5")
            ),
        ] {
            tx.execute(&sql, [])?;
        }
        Ok(())
    })
}
