//! The `pd:` URI scheme and the loopback video server, as thin adapters: core's `serve` decides
//! what a path names, who may see it and which bytes a `Range` asks for (see
//! `pressdesk_core::serve`); here the request is read and the answer written.

use std::borrow::Cow;
use std::sync::Arc;

use pressdesk_core::loopback::Loopback;
use pressdesk_core::serve;
use pressdesk_core::Result;
use tauri::http::{header, Request, Response, StatusCode};
use tauri::{AppHandle, Manager, Runtime, UriSchemeContext, UriSchemeResponder};

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
    let range = request
        .headers()
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    std::thread::spawn(move || {
        let reply = serve::respond(&store, actor.as_ref(), &path, range.as_deref());
        let mut response = Response::builder().status(reply.status);
        for (name, value) in &reply.headers {
            response = response.header(*name, value);
        }
        let response = response
            .body(Cow::Owned(reply.body))
            .unwrap_or_else(|_| status(StatusCode::INTERNAL_SERVER_ERROR));
        responder.respond(response)
    });
}

fn status(code: StatusCode) -> Response<Cow<'static, [u8]>> {
    let mut response = Response::new(Cow::Borrowed(&[][..]));
    *response.status_mut() = code;
    response
}

/// The loopback server's base URL, for `<video>` (see `pressdesk_core::loopback`).
pub struct VideoBase(pub String);

/// Starts the video server; each request is answered for whoever is signed in at that moment.
pub fn start_video_server(app: &AppHandle) -> Result<VideoBase> {
    let app = app.clone();
    let server = Loopback::start(Arc::new(move |path: &str, range: Option<&str>| {
        let store = Shared::clone(&app.state::<Shared>());
        let actor = app.state::<Session>().actor().ok();
        serve::answer(&store, actor.as_ref(), path, range)
    }))?;
    Ok(VideoBase(server.base_url()))
}
