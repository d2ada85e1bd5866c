//! Helpers of the SOP tests: an office on a chosen SOP, a generic step done, a step begun some
//! hours ago, a publication, a step's verdict against its standard, the office's year.
#![allow(dead_code)]

use super::*;
use pressdesk_core::model::Actor;
use pressdesk_core::publication::{self, PublishInput};
use pressdesk_core::release::{self, ReleaseDetail, StepInput};
use pressdesk_core::sop;
use pressdesk_core::workflow::ActKind;
use pressdesk_core::{args, timefmt, Store};

pub fn office_on(code: &str) -> (tempfile::TempDir, Store) {
    let (dir, store) = store();
    sop::choose_sop(&store, &admin(&store), code).unwrap();
    (dir, store)
}

pub fn step(store: &Store, who: &Actor, id: &str, act: ActKind, note: &str) -> ReleaseDetail {
    let input = StepInput {
        release_id: id.into(),
        act,
        note: note.into(),
        assignee_id: None,
        approve: None,
        edit: None,
    };
    release::complete_step(store, who, input).unwrap()
}

/// The open step began `hours` ago (and was taken up then, if it was): as if it had been in
/// hand that long.
pub fn began_hours_ago(store: &Store, id: &str, hours: i64) {
    let at = timefmt::to_db(timefmt::now() - chrono::Duration::hours(hours));
    store
        .with_db_tx(|db| {
            db.execute(
                "UPDATE step_timings SET started_at = ?1,
                    taken_up_at = CASE WHEN taken_up_at IS NULL THEN NULL ELSE ?1 END
                 WHERE ended_at IS NULL
                 AND release_id = (SELECT id FROM releases WHERE uid = ?2)",
                args![at, id],
            )
        })
        .unwrap();
}

pub fn publish(store: &Store, who: &Actor, id: &str, site: i64) -> ReleaseDetail {
    let input = PublishInput {
        release_id: id.into(),
        site_id: site,
        url: format!("https://palangkaraya.go.id/berita/{site}"),
        published_at: None,
    };
    publication::record_publication(store, who, input).unwrap()
}

pub fn within(d: &ReleaseDetail, seq: i64) -> Option<bool> {
    d.timeline
        .iter()
        .find(|t| t.seq == seq)
        .unwrap()
        .within_standard
}

pub fn this_year() -> i32 {
    use chrono::Datelike;
    timefmt::local_date(timefmt::now(), pressdesk_core::model::TimeZone::WITA).year()
}
