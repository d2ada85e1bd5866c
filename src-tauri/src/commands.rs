//! One async command per core operation, named like it. Each runs core on a blocking thread:
//! SQLite, image decoding and hashing must never stall the UI thread.

use pressdesk_core::auth;
use pressdesk_core::catalog::{self, NewsType};
use pressdesk_core::evidence::{self, StagedFile};
use pressdesk_core::model::{Actor, User};
use pressdesk_core::office::{self, AppSetup, FirstRun, Office};
use pressdesk_core::paraf::{
    self, ActResult, CheckInput, DisownedPaperParaf, Groups, Initials, PaperParafInput,
    PaperParafToConfirm, PaperReviewInput, ParafInput, RevokeInput,
};
use pressdesk_core::release::{self, ListPage, ListQuery, NewRelease, ReleaseDetail};
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::verify::{self as verifier, VerifyReport};
use pressdesk_core::{Error, Result, Store};
use tauri::ipc::{InvokeBody, Request};
use tauri::State;

use crate::session::Session;
use crate::Shared;

/// Like [`blocking`], for operations done in the name of the signed-in user.
pub(crate) async fn as_user<T: Send + 'static>(
    store: &State<'_, Shared>,
    session: &State<'_, Session>,
    f: impl FnOnce(&Store, &Actor) -> Result<T> + Send + 'static,
) -> Result<T> {
    let actor = session.actor()?;
    blocking(store, move |s| f(s, &actor)).await
}

pub(crate) async fn blocking<T: Send + 'static>(
    store: &State<'_, Shared>,
    f: impl FnOnce(&Store) -> Result<T> + Send + 'static,
) -> Result<T> {
    let store = Shared::clone(store);
    // The command's name for the log: the closure's type is named after the function.
    let what = std::any::type_name_of_val(&f).trim_end_matches("::{{closure}}");
    let result = tauri::async_runtime::spawn_blocking(move || f(&store))
        .await
        .unwrap_or_else(|join| Err(crate::dialogs::joined(join)));
    if let Err(err) = &result {
        pressdesk_core::logging::refused(what, err);
    }
    result
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
pub async fn update_office(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    office: Office,
) -> Result<Office> {
    as_user(&store, &session, move |s, a| {
        office::update_office(s, a, office)
    })
    .await
}

#[tauri::command]
pub async fn add_user(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: NewUser,
) -> Result<User> {
    as_user(&store, &session, move |s, a| users::add_user(s, a, input)).await
}

#[tauri::command]
pub async fn set_user_active(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    id: i64,
    active: bool,
) -> Result<User> {
    as_user(&store, &session, move |s, a| {
        users::set_user_active(s, a, id, active)
    })
    .await
}

#[tauri::command]
pub async fn reset_pin(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    id: i64,
    pin: String,
) -> Result<()> {
    as_user(&store, &session, move |s, a| {
        auth::reset_pin(s, a, id, &pin)
    })
    .await
}

#[tauri::command]
pub async fn add_news_type(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    name: String,
) -> Result<NewsType> {
    as_user(&store, &session, move |s, a| {
        catalog::add_news_type(s, a, name)
    })
    .await
}

#[tauri::command]
pub async fn set_news_type_active(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    id: i64,
    active: bool,
) -> Result<()> {
    as_user(&store, &session, move |s, a| {
        catalog::set_news_type_active(s, a, id, active)
    })
    .await
}

#[tauri::command]
pub async fn register_release(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: NewRelease,
) -> Result<ReleaseDetail> {
    as_user(&store, &session, move |s, a| {
        release::register_release(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn list_releases(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    query: ListQuery,
) -> Result<ListPage> {
    as_user(&store, &session, move |s, a| {
        release::list_releases(s, a, query)
    })
    .await
}

#[tauri::command]
pub async fn find_exact(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    text: String,
) -> Result<Option<String>> {
    as_user(&store, &session, move |s, a| {
        release::find_exact(s, a, &text)
    })
    .await
}

#[tauri::command]
pub async fn get_release(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    key: String,
) -> Result<ReleaseDetail> {
    as_user(&store, &session, move |s, a| {
        release::get_release(s, a, &key)
    })
    .await
}

#[tauri::command]
pub async fn verify(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    check_files: bool,
) -> Result<VerifyReport> {
    as_user(&store, &session, move |s, a| {
        verifier::verify(s, a, check_files)
    })
    .await
}

/// A start-up mark for the app benchmark; does nothing unless `PRESSDESK_BENCH_START` is set.
#[tauri::command]
pub async fn bench_mark(what: String) -> Result<()> {
    pressdesk_core::startmark::record(&what)
}

#[tauri::command]
pub async fn check_release(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: CheckInput,
) -> Result<ReleaseDetail> {
    as_user(&store, &session, move |s, a| {
        paraf::check_release(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn paraf_releases(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: ParafInput,
) -> Result<ActResult> {
    as_user(&store, &session, move |s, a| {
        paraf::paraf_releases(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn record_paper_paraf(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: PaperParafInput,
) -> Result<ActResult> {
    as_user(&store, &session, move |s, a| {
        paraf::record_paper_paraf(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn revoke_paraf(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: RevokeInput,
) -> Result<ActResult> {
    as_user(&store, &session, move |s, a| {
        paraf::revoke_paraf(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn save_initials(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    pin: String,
    initials: Initials,
) -> Result<()> {
    as_user(&store, &session, move |s, a| {
        paraf::save_initials(s, a, &pin, initials)
    })
    .await
}

/// The paper parafs recorded in the signed-in Kadis's or Kabid's name, waiting for their word.
#[tauri::command]
pub async fn paper_parafs_to_confirm(
    store: State<'_, Shared>,
    session: State<'_, Session>,
) -> Result<Vec<PaperParafToConfirm>> {
    as_user(&store, &session, paraf::paper_parafs_to_confirm).await
}

#[tauri::command]
pub async fn confirm_paper_paraf(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: PaperReviewInput,
) -> Result<ActResult> {
    as_user(&store, &session, move |s, a| {
        paraf::confirm_paper_paraf(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn disown_paper_paraf(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: PaperReviewInput,
) -> Result<ActResult> {
    as_user(&store, &session, move |s, a| {
        paraf::disown_paper_paraf(s, a, input)
    })
    .await
}

/// Paper parafs disowned by their official, on releases still waiting: for the Kasi to correct.
#[tauri::command]
pub async fn disowned_paper_parafs(
    store: State<'_, Shared>,
    session: State<'_, Session>,
) -> Result<Vec<DisownedPaperParaf>> {
    as_user(&store, &session, paraf::disowned_paper_parafs).await
}

#[tauri::command]
pub async fn paraf_groups(store: State<'_, Shared>, session: State<'_, Session>) -> Result<Groups> {
    as_user(&store, &session, paraf::paraf_groups).await
}

/// The only way into a session: a user and the PIN that Argon2 verifies.
#[tauri::command]
pub async fn sign_in(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    user_id: i64,
    pin: String,
) -> Result<User> {
    let actor = blocking(&store, move |s| auth::sign_in(s, user_id, &pin)).await?;
    let user = actor.person()?.clone();
    // The user's own language from now on: messages, errors and dates on screen.
    pressdesk_core::i18n::set_lang(user.lang);
    session.set(Some(actor));
    Ok(user)
}

/// The sign-in screen's language switch: this window's messages (a wrong PIN, say) until
/// someone signs in with a language of their own.
#[tauri::command]
pub async fn set_lang(lang: pressdesk_core::i18n::Lang) -> Result<()> {
    pressdesk_core::i18n::set_lang(lang);
    Ok(())
}

/// The signed-in user's language, kept for their next sign-in (the switch, Pengaturan).
#[tauri::command]
pub async fn set_user_lang(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    lang: pressdesk_core::i18n::Lang,
) -> Result<User> {
    as_user(&store, &session, move |s, a| {
        users::set_user_lang(s, a, lang)
    })
    .await
}

#[tauri::command]
pub async fn sign_out(session: State<'_, Session>) -> Result<()> {
    session.set(None);
    Ok(())
}

/// The file's bytes arrive as the raw request body (no JSON number arrays), its name in the
/// `x-file-name` header, percent-encoded.
#[tauri::command]
pub async fn stage_file(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    request: Request<'_>,
) -> Result<StagedFile> {
    let (name, bytes) = raw_file(&request)?;
    // No one signed in is allowed only before the office exists (the first-run logo).
    let actor = session.actor().ok();
    blocking(&store, move |s| {
        evidence::stage_file(s, actor.as_ref(), &name, &bytes)
    })
    .await
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
