//! What a correction is made of: the fields the Kasi (or a write, verify or submit step) changes,
//! and the release as stored in the form's terms, which the change list compares against.

use serde::Deserialize;
use ts_rs::TS;

use super::{EvidenceInput, NewRelease};
use crate::model::Status;

/// What the Kasi corrects. A field left out stays as it is; an empty date clears it.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct ReleaseEdit {
    /// Local office time `YYYY-MM-DDTHH:MM`, within the agenda number's year.
    pub received_at: Option<String>,
    #[serde(alias = "sender")]
    pub sender_org: Option<String>,
    pub sender_contact: Option<String>,
    pub letter_no: Option<String>,
    pub letter_date: Option<String>,
    pub title: Option<String>,
    pub news_type_id: Option<i64>,
    pub news_type: Option<String>,
    pub event_date: Option<String>,
    pub event_place: Option<String>,
    pub body: Option<String>,
    pub checklist: Option<Vec<String>>,
    pub remarks: Option<String>,
    pub received_by: Option<i64>,
    /// Files staged as at registration, put on as evidence (or put back, if taken off before).
    pub add_evidence: Vec<EvidenceInput>,
    /// SHA-256 of evidence to take off; the file and its row stay, marked removed.
    pub remove_evidence: Vec<String>,
}

/// The release as stored, in the form's terms.
pub(super) struct Current {
    pub id: i64,
    pub uid: String,
    pub agenda_year: i64,
    pub agenda_seq: i64,
    pub status: Status,
    pub checked: bool,
    pub received_at: String,
    pub news_type_id: i64,
    pub form: NewRelease,
}
