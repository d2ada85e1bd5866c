//! The SOP as data in the app: the office's templates (list, show, choose, revise), the steps
//! of the other SOPs, the take-up of a step opened from a queue, and the duty roster. Each
//! delegates to core in the signed-in user's name.

use pressdesk_core::release::{self, ReleaseDetail, StepInput};
use pressdesk_core::sop::{self, DutyInput, Roster, SopDetail, SopRevision};
use pressdesk_core::workflow::template::SopSummary;
use pressdesk_core::workflow::SopTemplate;
use pressdesk_core::Result;
use tauri::State;

use crate::commands::as_user;
use crate::session::Session;
use crate::Shared;

#[tauri::command]
pub async fn list_sops(
    store: State<'_, Shared>,
    session: State<'_, Session>,
) -> Result<Vec<SopSummary>> {
    as_user(&store, &session, sop::list_sops).await
}

#[tauri::command]
pub async fn show_sop(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    code: String,
) -> Result<SopDetail> {
    as_user(&store, &session, move |s, a| sop::show_sop(s, a, &code)).await
}

#[tauri::command]
pub async fn choose_sop(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    code: String,
) -> Result<SopSummary> {
    as_user(&store, &session, move |s, a| sop::choose_sop(s, a, &code)).await
}

#[tauri::command]
pub async fn revise_sop(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    revision: SopRevision,
) -> Result<SopTemplate> {
    as_user(&store, &session, move |s, a| {
        sop::revise_sop(s, a, revision)
    })
    .await
}

#[tauri::command]
pub async fn complete_step(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: StepInput,
) -> Result<ReleaseDetail> {
    as_user(&store, &session, move |s, a| {
        release::complete_step(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn take_up_release(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    key: String,
) -> Result<bool> {
    as_user(&store, &session, move |s, a| {
        release::take_up_release(s, a, &key)
    })
    .await
}

#[tauri::command]
pub async fn set_duty(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: DutyInput,
) -> Result<Roster> {
    as_user(&store, &session, move |s, a| sop::set_duty(s, a, input)).await
}

#[tauri::command]
pub async fn duty_roster(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    year: i32,
    month: u32,
) -> Result<Roster> {
    as_user(&store, &session, move |s, a| {
        sop::duty_roster(s, a, year, month)
    })
    .await
}
