//! Press releases: the rows of the Buku Agenda with their evidence. `register` adds one,
//! `query` lists, searches and opens them, `timing` measures each SOP step against its standard.

mod correct;
mod correct_changes;
mod detail;
mod edit_input;
pub(crate) mod filed;
mod lookup;
pub mod paraf_types;
pub(crate) mod parafs;
mod query;
mod register;
mod search;
mod step_act;
mod summary;
mod withdraw;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{EvidenceKind, Status};
use crate::workflow::StepTiming;

pub use correct::edit_release;
pub(crate) use correct::missing_items;
pub(crate) use detail::detail;
pub use detail::get_release;
pub use edit_input::ReleaseEdit;
pub(crate) use lookup::resolve;
pub use lookup::{find_exact, find_exact_on};
pub use query::{list_releases, list_releases_on, ListQuery};
pub use register::register_release;
pub use search::index_release;
pub use step_act::{complete_step, take_up_release, StepInput};
pub(crate) use summary::summaries_where;
pub use summary::ListPage;
pub use withdraw::{withdraw_release, WithdrawInput};

/// What the intake form (or the CLI's JSON) sends. Only `title` and `sender_org` are required.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct NewRelease {
    /// Local office time `YYYY-MM-DDTHH:MM`; now when empty.
    pub received_at: Option<String>,
    #[serde(alias = "sender")]
    pub sender_org: String,
    pub sender_contact: String,
    pub letter_no: String,
    /// `YYYY-MM-DD`
    pub letter_date: Option<String>,
    pub title: String,
    pub news_type_id: Option<i64>,
    /// The news type by name, for the CLI; `news_type_id` wins when both are given.
    pub news_type: Option<String>,
    pub event_date: Option<String>,
    pub event_place: String,
    pub body: String,
    /// Keys of the format checklist that were found in order.
    pub checklist: Vec<String>,
    pub remarks: String,
    pub received_by: Option<i64>,
    pub evidence: Vec<EvidenceInput>,
    /// When the intake form was opened (UTC, RFC 3339): the start of SOP step 1.
    pub intake_started_at: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct EvidenceInput {
    pub sha256: String,
    pub kind: EvidenceKind,
    pub name: String,
}

/// One row of the agenda list.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ReleaseSummary {
    pub id: String,
    pub agenda_no: String,
    pub received_at: String,
    pub received_display: String,
    pub sender_org: String,
    pub letter_no: String,
    pub letter_date_display: Option<String>,
    pub title: String,
    pub news_type: String,
    pub status: Status,
    pub status_label: String,
    /// The act of the step it waits at (its queue); `None` when done or withdrawn.
    pub waiting_act: Option<crate::workflow::ActKind>,
    pub evidence_count: i64,
    /// Up to three photo thumbnails (by SHA-256) for the list; none when `restricted`.
    pub thumbs: Vec<String>,
    /// Its security classification: the higher of its code's and its own marking.
    pub security: crate::access::Security,
    /// True when the reader may not open it: the title is masked, no thumbnails, and the
    /// detail shows no body, remarks nor evidence (`crate::access`).
    pub restricted: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct EvidenceItem {
    pub sha256: String,
    pub kind: EvidenceKind,
    pub kind_label: String,
    pub name: String,
    pub mime: String,
    pub size_label: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub captured_at: Option<String>,
    pub has_thumb: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ReleaseDetail {
    pub summary: ReleaseSummary,
    pub sender_contact: String,
    pub letter_date: Option<String>,
    pub event_date: Option<String>,
    pub event_date_display: Option<String>,
    pub event_place: String,
    pub body: String,
    pub checklist: Vec<String>,
    pub remarks: String,
    pub received_by: Option<String>,
    /// For the correction form: the receiving officer's id, the news type's id and the
    /// received time as the office's local `YYYY-MM-DDTHH:MM`.
    pub received_by_id: Option<i64>,
    pub news_type_id: i64,
    pub received_local: String,
    /// Why the sender withdrew the release, when it is withdrawn.
    pub withdraw_reason: Option<String>,
    pub sop_code: String,
    pub sop_version: i64,
    /// The step the release waits at, and who acts on it.
    pub open_step: Option<crate::workflow::OpenStep>,
    /// The reporter the coverage is assigned to (SOP 001).
    pub assignee: Option<String>,
    pub evidence: Vec<EvidenceItem>,
    pub timeline: Vec<StepTiming>,
    pub parafs: Vec<paraf_types::ParafEntry>,
    pub publications: Vec<filed::Publication>,
    pub not_published_reason: Option<String>,
    pub archive: filed::ArchiveInfo,
    pub audit: Vec<crate::audit::AuditEntry>,
}
