//! Commands of the archive by the national rules: the classification scheme, a release's
//! classification, files (berkas) and the retention lists, and who opens a restricted release.
//! Each delegates to `pressdesk_core::archive` or `pressdesk_core::access`.

use pressdesk_core::access::{self, AccessRule};
use pressdesk_core::archive::{
    self, Berkas, BerkasDetail, BerkasInput, BerkasItem, ClassCode, ClassifyInput, DisposalInput,
    DueKind, ImportReport, ListKind, ReleaseClass, Suggestion,
};
use pressdesk_core::{Error, Result};
use tauri::{AppHandle, State};

use crate::commands::as_user;
use crate::documents::save_through_dialog;
use crate::session::Session;
use crate::Shared;

#[tauri::command]
pub async fn list_class_codes(
    store: State<'_, Shared>,
    session: State<'_, Session>,
) -> Result<Vec<ClassCode>> {
    as_user(&store, &session, archive::list_codes).await
}

#[tauri::command]
pub async fn import_class_codes(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    csv: String,
) -> Result<ImportReport> {
    as_user(&store, &session, move |s, a| {
        archive::import_codes(s, a, &csv)
    })
    .await
}

#[tauri::command]
pub async fn class_suggestions(
    store: State<'_, Shared>,
    session: State<'_, Session>,
) -> Result<Vec<Suggestion>> {
    as_user(&store, &session, archive::suggestions).await
}

#[tauri::command]
pub async fn set_class_suggestion(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    news_type_id: i64,
    code: String,
) -> Result<()> {
    as_user(&store, &session, move |s, a| {
        archive::set_suggestion(s, a, news_type_id, &code)
    })
    .await
}

#[tauri::command]
pub async fn release_class(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    id: String,
) -> Result<ReleaseClass> {
    as_user(&store, &session, move |s, a| {
        archive::release_class(s, a, &id)
    })
    .await
}

#[tauri::command]
pub async fn classify_release(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: ClassifyInput,
) -> Result<ReleaseClass> {
    as_user(&store, &session, move |s, a| {
        archive::classify_release(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn open_berkas(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: BerkasInput,
) -> Result<Berkas> {
    as_user(&store, &session, move |s, a| {
        archive::open_berkas(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn close_berkas(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    number: String,
    period_end: Option<String>,
) -> Result<Berkas> {
    as_user(&store, &session, move |s, a| {
        archive::close_berkas(s, a, &number, period_end.as_deref())
    })
    .await
}

#[tauri::command]
pub async fn record_disposal(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: DisposalInput,
) -> Result<Berkas> {
    as_user(&store, &session, move |s, a| {
        archive::record_disposal(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn add_to_berkas(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    number: String,
    release_id: String,
) -> Result<BerkasItem> {
    as_user(&store, &session, move |s, a| {
        archive::add_to_berkas(s, a, &number, &release_id)
    })
    .await
}

#[tauri::command]
pub async fn list_berkas(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    year: Option<i32>,
) -> Result<Vec<Berkas>> {
    as_user(&store, &session, move |s, a| {
        archive::list_berkas(s, a, year)
    })
    .await
}

#[tauri::command]
pub async fn get_berkas(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    number: String,
) -> Result<BerkasDetail> {
    as_user(&store, &session, move |s, a| {
        archive::get_berkas(s, a, &number)
    })
    .await
}

#[tauri::command]
pub async fn retention_due(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    year: i32,
    kind: DueKind,
) -> Result<Vec<Berkas>> {
    as_user(&store, &session, move |s, a| {
        archive::retention_due(s, a, year, kind)
    })
    .await
}

#[tauri::command]
pub async fn access_setting(
    store: State<'_, Shared>,
    session: State<'_, Session>,
) -> Result<Vec<AccessRule>> {
    as_user(&store, &session, access::access_setting).await
}

#[tauri::command]
pub async fn set_access(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    rule: AccessRule,
) -> Result<AccessRule> {
    as_user(&store, &session, move |s, a| access::set_access(s, a, rule)).await
}

/// Asks where to save a list of `year` as XLSX (`list`: daftar_berkas, isi_berkas or retensi
/// with `due`), with the rows the user may see; `None` when cancelled.
#[tauri::command]
pub async fn export_archive_list(
    app: AppHandle,
    store: State<'_, Shared>,
    session: State<'_, Session>,
    year: i32,
    list: String,
    due: Option<DueKind>,
) -> Result<Option<String>> {
    let kind = match (list.as_str(), due) {
        ("daftar_berkas", _) => ListKind::DaftarBerkas,
        ("isi_berkas", _) => ListKind::IsiBerkas,
        ("retensi", Some(due)) => ListKind::Retensi(due),
        _ => return Err(Error::invalid("list", "Daftar itu tidak dikenal.")),
    };
    let bytes = as_user(&store, &session, move |s, a| {
        archive::archive_list_xlsx(&archive::archive_list(s, a, year, kind)?)
    })
    .await?;
    let name = format!("{}-{year}.xlsx", kind.slug());
    save_through_dialog(&app, &name, ("Excel", "xlsx"), bytes).await
}
