//! One async command per core operation, named like it. Each runs core on a blocking thread:
//! SQLite, image decoding and hashing must never stall the UI thread.

use pressdesk_core::catalog::{self, NewsType};
use pressdesk_core::evidence::{self, StagedFile};
use pressdesk_core::office::{self, AppSetup, FirstRun, Office};
use pressdesk_core::release::{self, ListPage, ListQuery, NewRelease, ReleaseDetail};
use pressdesk_core::users::{self, NewUser, User};
use pressdesk_core::verify::{self as verifier, VerifyReport};
use pressdesk_core::{Error, Result, Store};
use tauri::ipc::{InvokeBody, Request};
use tauri::State;

use crate::Shared;

async fn blocking<T: Send + 'static>(
    store: &State<'_, Shared>,
    f: impl FnOnce(&Store) -> Result<T> + Send + 'static,
) -> Result<T> {
    let store = Shared::clone(store);
    tauri::async_runtime::spawn_blocking(move || f(&store))
        .await
        .unwrap_or_else(|join| Err(Error::Internal(join.to_string())))
}

#[tauri::command]
pub async fn get_setup(store: State<'_, Shared>) -> Result<AppSetup> {
    blocking(&store, office::get_setup).await
}

#[tauri::command]
pub async fn setup_office(store: State<'_, Shared>, input: FirstRun) -> Result<AppSetup> {
    blocking(&store, move |s| office::setup_office(s, input)).await
}

#[tauri::command]
pub async fn update_office(store: State<'_, Shared>, office: Office) -> Result<Office> {
    blocking(&store, move |s| office::update_office(s, office)).await
}

#[tauri::command]
pub async fn add_user(store: State<'_, Shared>, input: NewUser) -> Result<User> {
    blocking(&store, move |s| users::add_user(s, input)).await
}

#[tauri::command]
pub async fn set_user_active(store: State<'_, Shared>, id: i64, active: bool) -> Result<User> {
    blocking(&store, move |s| users::set_user_active(s, id, active)).await
}

#[tauri::command]
pub async fn add_news_type(store: State<'_, Shared>, name: String) -> Result<NewsType> {
    blocking(&store, move |s| catalog::add_news_type(s, name)).await
}

#[tauri::command]
pub async fn set_news_type_active(store: State<'_, Shared>, id: i64, active: bool) -> Result<()> {
    blocking(&store, move |s| {
        catalog::set_news_type_active(s, id, active)
    })
    .await
}

/// The file's bytes arrive as the raw request body (no JSON number arrays), its name in the
/// `x-file-name` header, percent-encoded.
#[tauri::command]
pub async fn stage_file(store: State<'_, Shared>, request: Request<'_>) -> Result<StagedFile> {
    let (name, bytes) = raw_file(&request)?;
    blocking(&store, move |s| evidence::stage_file(s, &name, &bytes)).await
}

#[tauri::command]
pub async fn register_release(
    store: State<'_, Shared>,
    input: NewRelease,
) -> Result<ReleaseDetail> {
    blocking(&store, move |s| release::register_release(s, input)).await
}

#[tauri::command]
pub async fn list_releases(store: State<'_, Shared>, query: ListQuery) -> Result<ListPage> {
    blocking(&store, move |s| release::list_releases(s, query)).await
}

#[tauri::command]
pub async fn find_exact(store: State<'_, Shared>, text: String) -> Result<Option<String>> {
    blocking(&store, move |s| release::find_exact(s, &text)).await
}

#[tauri::command]
pub async fn get_release(store: State<'_, Shared>, key: String) -> Result<ReleaseDetail> {
    blocking(&store, move |s| release::get_release(s, &key)).await
}

#[tauri::command]
pub async fn verify(store: State<'_, Shared>, check_files: bool) -> Result<VerifyReport> {
    blocking(&store, move |s| verifier::verify(s, check_files)).await
}

fn raw_file(request: &Request<'_>) -> Result<(String, Vec<u8>)> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(Error::invalid("evidence", "Isi berkas tidak terkirim."));
    };
    let name = request
        .headers()
        .get("x-file-name")
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            percent_encoding::percent_decode_str(v)
                .decode_utf8_lossy()
                .into_owned()
        })
        .unwrap_or_default();
    Ok((name, bytes.clone()))
}
