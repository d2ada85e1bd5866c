//! Demo step times as an office has them: the demo acts in a blink, so each closed step is
//! given a start a few minutes before its end (most within the SOP's 7 minutes, some over).

use chrono::Duration;
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

pub fn spread(store: &Store) -> Result<()> {
    store.with_tx(|tx| {
        let closed: Vec<(i64, i64, String)> = tx
            .prepare(
                "SELECT release_id, step_seq, ended_at FROM step_timings
                 WHERE ended_at IS NOT NULL",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<std::result::Result<_, _>>()?;
        let mut update = tx.prepare(
            "UPDATE step_timings SET started_at = ?3 WHERE release_id = ?1 AND step_seq = ?2",
        )?;
        for (release, step, ended) in closed {
            let started = timefmt::from_db(&ended)? - Duration::seconds(demo_secs(release, step));
            update.execute((release, step, timefmt::to_db(started)))?;
        }
        Ok(())
    })
}
