//! Steps 2 and 3 of the SOP: the Kasi's check, the Kadis's deciding paraf, the Kabid's
//! co-paraf (on screen or on paper, one release or a batch), revocation, and the groups.

mod act;
mod check;
mod check_batch;
mod groups;
mod initials;
mod paper;
mod returned;
mod trail;
mod types;

use rusqlite::Connection;

use crate::catalog::{self, SopTemplate};
use crate::error::{Error, Result};
use crate::model::{Role, Status};

pub use act::{paraf_releases, record_paper_paraf, revoke_paraf};
pub use act::{ActResult, PaperParafInput, ParafInput, RevokeInput};
pub use check::{check_release, CheckInput};
pub use check_batch::{check_queue, check_releases, CheckBatchInput, CheckFilter, CheckItem};
pub use groups::{
    group_sheet, paraf_groups, GroupDay, GroupEntry, GroupOfficial, GroupSheet, Groups,
};
pub use initials::save_initials;
pub use initials::Initials;
pub use paper::{confirm_paper_paraf, disown_paper_paraf, disowned_paper_parafs};
pub use paper::{
    paper_parafs_to_confirm, DisownedPaperParaf, PaperParafToConfirm, PaperReviewInput,
};
pub use returned::resubmit_release;
pub use trail::trail;
pub use types::{Decision, PaperReview, ParafEntry, ParafMedium, Revocation};

pub(crate) use crate::release::{load_state, ReleaseState};

/// The paraf a release waits for, read from its SOP template: the step that reaches
/// `Initialed` is decided by the last role it names (the Kadis); the step that reaches
/// `Approved` is co-initialed by its other roles (the Kabid).
pub(crate) struct Pending {
    pub step_seq: i64,
    pub role: Role,
    pub deciding: bool,
}

pub(crate) fn pending(sop: &SopTemplate, state: &ReleaseState) -> Result<Pending> {
    let step = |reached: Status| {
        sop.steps
            .iter()
            .find(|s| s.state_reached == reached)
            .ok_or_else(|| {
                Error::Corrupt(format!(
                    "templat SOP {} tidak punya langkah {reached:?}",
                    sop.code
                ))
            })
    };
    let decide = step(Status::Initialed)?;
    let decider = *decide
        .roles
        .last()
        .ok_or_else(|| Error::Corrupt("langkah tanpa peran".into()))?;
    let no = &state.agenda_no;
    match state.status {
        Status::Registered if !state.checked => Err(Error::Conflict(format!(
            "Rilis {no} belum diperiksa Kasi; paraf menunggu pemeriksaan."
        ))),
        Status::Registered => Ok(Pending {
            step_seq: decide.seq,
            role: decider,
            deciding: true,
        }),
        Status::Initialed => {
            let group = step(Status::Approved)?;
            let role = group
                .roles
                .iter()
                .copied()
                .find(|r| *r != decider)
                .unwrap_or(decider);
            Ok(Pending {
                step_seq: group.seq,
                role,
                deciding: false,
            })
        }
        other => Err(Error::Conflict(format!(
            "Rilis {no} sudah {}; tidak menunggu paraf.",
            other.label().to_lowercase()
        ))),
    }
}

pub(crate) fn template(conn: &Connection, state: &ReleaseState) -> Result<SopTemplate> {
    catalog::sop_template(conn, state.template_id)
}
