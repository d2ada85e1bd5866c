//! The `pd:` URI scheme: serves thumbnails (`thumb/<sha256>`) and stored photos
//! (`file/<sha256>`, images only) to the signed-in user. Nothing else on disk is reachable
//! through it.

use std::borrow::Cow;

use pressdesk_core::files::is_sha256;
use pressdesk_core::permissions::{require_or_first_run, Action};
use tauri::http::{header, Request, Response, StatusCode};
use tauri::{Manager, Runtime, UriSchemeContext, UriSchemeResponder};

use crate::session::Session;
use crate::Shared;

pub fn handle<R: Runtime>(
    ctx: UriSchemeContext<'_, R>,
    request: Request<Vec<u8>>,
    responder: UriSchemeResponder,
) {
    let store = Shared::clone(&ctx.app_handle().state::<Shared>());
    let actor = ctx.app_handle().state::<Session>().actor().ok();
    let path = percent_encoding::percent_decode_str(request.uri().path())
        .decode_utf8_lossy()
        .into_owned();
    std::thread::spawn(move || {
        // Photos are records too: shown only to a signed-in user (or to the first-run form).
        let allowed = require_or_first_run(&store, actor.as_ref(), Action::Read);
        let response = match allowed {
            Ok(()) => serve(&store, &path),
            Err(_) => status(StatusCode::FORBIDDEN),
        };
        responder.respond(response)
    });
}

fn serve(store: &Shared, path: &str) -> Response<Cow<'static, [u8]>> {
    let (kind, sha) = path
        .trim_start_matches('/')
        .split_once('/')
        .unwrap_or(("", ""));
    if !is_sha256(sha) {
        return status(StatusCode::NOT_FOUND);
    }
    let (file, mime) = match kind {
        "thumb" => (store.files().thumb_path(sha), Some("image/jpeg")),
        "file" => (store.files().file_path(sha), image_mime(store, sha)),
        _ => return status(StatusCode::NOT_FOUND),
    };
    let (Ok(file), Some(mime)) = (file, mime) else {
        return status(StatusCode::NOT_FOUND);
    };
    // A symlink planted in the data folder is never followed out of it.
    let Ok(file) = pressdesk_core::paths::regular_file_inside(store.dir(), &file) else {
        return status(StatusCode::NOT_FOUND);
    };
    match std::fs::read(file) {
        Ok(bytes) => Response::builder()
            .header(header::CONTENT_TYPE, mime)
            // Content-addressed: the bytes behind a name never change.
            .header(header::CACHE_CONTROL, "max-age=31536000, immutable")
            .body(Cow::Owned(bytes))
            .unwrap_or_else(|_| status(StatusCode::INTERNAL_SERVER_ERROR)),
        Err(_) => status(StatusCode::NOT_FOUND),
    }
}

fn image_mime(store: &Shared, sha: &str) -> Option<&'static str> {
    let mime = store
        .with_conn(|c| pressdesk_core::evidence::mime_of(c, sha))
        .ok()?;
    ["image/jpeg", "image/png", "image/webp"]
        .into_iter()
        .find(|m| *m == mime)
}

fn status(code: StatusCode) -> Response<Cow<'static, [u8]>> {
    let mut response = Response::new(Cow::Borrowed(&[][..]));
    *response.status_mut() = code;
    response
}
