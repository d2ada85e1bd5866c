//! Steps 2 and 3 of the SOP: the Kasi's check, the Kadis's deciding paraf, the Kabid's
//! co-paraf (on screen or on paper, one release or a batch), revocation, and the groups.

mod act;
mod check;
mod check_batch;
mod groups;
mod initials;
mod paper;
mod returned;

use crate::error::{Error, Result};
use crate::model::Role;
use crate::sql::Db;
use crate::workflow::{open_step, state_label, template, ActKind, ReleaseState, SopTemplate};

pub use crate::release::paraf_types::{Decision, PaperReview, ParafEntry, ParafMedium, Revocation};
pub use crate::release::parafs::trail;
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

/// The paraf a release waits for, read from its SOP template: the `check_paraf` step is decided
/// by the last role it names (the Kadis), after the Kasi's check; the `co_paraf` step is
/// co-initialed by its other roles (the Kabid).
pub(crate) struct Pending {
    pub role: Role,
    pub deciding: bool,
}

pub(crate) fn pending(db: &Db, state: &ReleaseState) -> Result<Pending> {
    let sop = template::load_version(db, state.version_id)?;
    let no = &state.agenda_no;
    let decider = |sop: &SopTemplate| {
        sop.step_of(ActKind::CheckParaf)
            .and_then(|s| s.roles.last().copied())
            .ok_or_else(|| Error::Corrupt(crate::tr!("sop-no-deciding-paraf", code = sop.code)))
    };
    match open_step(&sop, state).map(|s| (s.act, s)) {
        Some((ActKind::CheckParaf, _)) if !state.checked => Err(Error::Conflict(crate::tr!(
            "err-rilis-belum-diperiksa-kasi-paraf",
            no = no
        ))),
        Some((ActKind::CheckParaf, _)) => Ok(Pending {
            role: decider(&sop)?,
            deciding: true,
        }),
        Some((ActKind::CoParaf, step)) => {
            let decider = decider(&sop)?;
            let role = step.roles.iter().copied().find(|r| *r != decider);
            Ok(Pending {
                role: role.unwrap_or(decider),
                deciding: false,
            })
        }
        _ => Err(Error::Conflict(crate::tr!(
            "err-rilis-sudah-tidak-menunggu-paraf",
            no = no,
            to_lowercase = state_label(&sop, state).to_lowercase()
        ))),
    }
}
