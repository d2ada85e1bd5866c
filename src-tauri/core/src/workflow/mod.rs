//! The SOP as data, and the one door every act goes through. A release is bound to the
//! template version it started under; `advance` moves it from step to step by that version's
//! rows; `timing` measures each step from when it was taken up against its time standard.
//! No other module writes a status or knows a step's number.

mod advance;
mod open;
mod permit;
pub(crate) mod sql;
mod state;
pub mod template;
pub(crate) mod timing;

pub use advance::{advance, reopen, Act, Outcome};
pub(crate) use advance::{expect_step, open_step, state_label, step_back};
pub use open::{waiting_at, OpenStep};
pub use permit::{require_act, require_edit};
pub use state::{load_state, ReleaseState};
pub use template::{ActKind, SopStep, SopTemplate};
pub use timing::StepTiming;

/// The state a release is written with before its first step closes.
pub(crate) const START: crate::model::Status = crate::model::Status::Registered;
