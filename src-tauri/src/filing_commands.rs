//! Commands for steps 4 and 5: sites and publications, archive number series, folders,
//! archiving, voiding and moving. Each delegates to `pressdesk_core::filing`.

use pressdesk_core::filing::{
    self, ArchiveInput, ArchiveResult, ArchiveSeries, FolderInfo, IndexFolder, NewFolder,
    SeriesInput,
};
use pressdesk_core::print::{self, LabelStock};
use pressdesk_core::publication::{self, PublishInput, Site};
use pressdesk_core::release::ReleaseDetail;
use pressdesk_core::Result;
use tauri::State;

use crate::commands::as_user;
use crate::session::Session;
use crate::Shared;

#[tauri::command]
pub async fn list_sites(
    store: State<'_, Shared>,
    session: State<'_, Session>,
) -> Result<Vec<Site>> {
    as_user(&store, &session, publication::list_sites).await
}

#[tauri::command]
pub async fn add_site(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    name: String,
) -> Result<Site> {
    as_user(&store, &session, move |s, a| {
        publication::add_site(s, a, name)
    })
    .await
}

#[tauri::command]
pub async fn set_site_active(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    id: i64,
    active: bool,
) -> Result<Site> {
    as_user(&store, &session, move |s, a| {
        publication::set_site_active(s, a, id, active)
    })
    .await
}

#[tauri::command]
pub async fn record_publication(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: PublishInput,
) -> Result<ReleaseDetail> {
    as_user(&store, &session, move |s, a| {
        publication::record_publication(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn mark_not_published(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    release_id: String,
    reason: String,
) -> Result<ReleaseDetail> {
    as_user(&store, &session, move |s, a| {
        publication::mark_not_published(s, a, release_id, reason)
    })
    .await
}

#[tauri::command]
pub async fn list_series(
    store: State<'_, Shared>,
    session: State<'_, Session>,
) -> Result<Vec<ArchiveSeries>> {
    as_user(&store, &session, filing::list_series).await
}

#[tauri::command]
pub async fn update_series(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: SeriesInput,
) -> Result<ArchiveSeries> {
    as_user(&store, &session, move |s, a| {
        filing::update_series(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn list_folders(
    store: State<'_, Shared>,
    session: State<'_, Session>,
) -> Result<Vec<FolderInfo>> {
    as_user(&store, &session, filing::list_folders).await
}

#[tauri::command]
pub async fn add_folder(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: NewFolder,
) -> Result<FolderInfo> {
    as_user(&store, &session, move |s, a| {
        filing::add_folder(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn archive_release(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: ArchiveInput,
) -> Result<ArchiveResult> {
    as_user(&store, &session, move |s, a| {
        filing::archive_release(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn void_archive_no(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    number: String,
    reason: String,
) -> Result<()> {
    as_user(&store, &session, move |s, a| {
        filing::void_archive_no(s, a, &number, &reason)
    })
    .await
}

#[tauri::command]
pub async fn move_release(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    release_id: String,
    folder: String,
) -> Result<ArchiveResult> {
    as_user(&store, &session, move |s, a| {
        filing::move_release(s, a, &release_id, &folder)
    })
    .await
}

#[tauri::command]
pub async fn filing_index(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    year: i32,
) -> Result<Vec<IndexFolder>> {
    as_user(&store, &session, move |s, a| {
        filing::filing_index(s, a, year)
    })
    .await
}

#[tauri::command]
pub async fn list_stocks() -> Result<Vec<LabelStock>> {
    Ok(print::builtin_stocks())
}
