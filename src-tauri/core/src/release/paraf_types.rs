//! The paraf trail as it is shown and printed: who initialed, in which role, on screen or on
//! paper, with which decision, and whether it was later revoked.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Decision {
    /// setuju
    Approve,
    /// tidak setuju
    Reject,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Approve => "approve",
            Decision::Reject => "reject",
        }
    }

    /// "Tidak setuju", in the interface language (Indonesian on a print).
    pub fn label(self) -> &'static str {
        crate::i18n::label(match self {
            Decision::Approve => "decision-approve",
            Decision::Reject => "decision-reject",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ParafMedium {
    /// Written on the pad in PressDesk.
    Screen,
    /// Written on the paper release; the Kasi attached a scan.
    Paper,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Revocation {
    pub at_display: String,
    pub by: String,
    pub reason: String,
}

/// What the Kadis or Kabid said of a paper paraf recorded in their name.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PaperReview {
    /// Confirmed as theirs; otherwise disowned ("bukan paraf saya").
    pub confirmed: bool,
    pub reason: String,
    pub at_display: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ParafEntry {
    pub id: i64,
    pub step_seq: i64,
    pub user_name: String,
    pub user_nip: String,
    pub role: Role,
    pub role_label: String,
    pub decision: Decision,
    pub decision_label: String,
    pub note: String,
    pub medium: ParafMedium,
    /// PNG of the initials written on screen (content-addressed).
    pub initials_sha: Option<String>,
    /// The physical size the initials were written at, so they print at true size.
    pub initials_width_mm: Option<f64>,
    pub initials_height_mm: Option<f64>,
    /// Scan or photo of the initialed paper page.
    pub scan_sha: Option<String>,
    /// The Kasi who recorded a paper paraf.
    pub scanned_by: Option<String>,
    /// The official's word on a paper paraf; `None` while not yet given (and for screen ones).
    pub review: Option<PaperReview>,
    pub at: String,
    pub at_display: String,
    pub revoked: Option<Revocation>,
}
