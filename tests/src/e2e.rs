//! End-to-end harness: launches the real PressDesk desktop binary through tauri-driver and
//! WebKitWebDriver (under the current DISPLAY) and offers helpers to drive its UI.
//!
//! Only one `App` runs at a time on a slot of tauri-driver's ports; `App::launch` waits for
//! any other app on it, in this or another test binary, to quit first. A test of two desks
//! runs the second on the second slot (`App::launch_desk`).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{json, Map, Value};
use thirtyfour::prelude::*;
use thirtyfour::Capabilities;

use crate::driver_process::{wait_ports_free, DriverLock, DriverProcess};
pub use crate::driver_process::{Slot, FIRST, SECOND};
pub use crate::places::{
    app_binary, output_dir, skip_without_display, temp_data_dir, workspace_root,
};

/// How long the `wait_*` helpers and `click` poll before failing.
pub const WAIT_TIMEOUT: Duration = Duration::from_secs(15);
const POLL: Duration = Duration::from_millis(100);

/// A running PressDesk app under WebDriver control. Call [`App::quit`] when done; dropping
/// it without quitting still stops the driver, WebKitWebDriver and the app.
pub struct App {
    driver: Option<WebDriver>,
    process: DriverProcess,
    data_dir: PathBuf,
    _lock: DriverLock,
}

impl App {
    /// Launches the debug binary with `PRESSDESK_DATA_DIR=data_dir` and opens a session. WebKit
    /// draws through its composited (GL) path here: WebKitWebDriver's screenshots hang in the
    /// software drawing the app chooses for itself, which [`App::launch_as_shipped`] keeps.
    pub async fn launch(data_dir: &Path) -> App {
        let gl = Path::new("0");
        let envs = [
            ("WEBKIT_DISABLE_COMPOSITING_MODE", gl),
            ("WEBKIT_DISABLE_DMABUF_RENDERER", gl),
        ];
        App::launch_with(&FIRST, data_dir, &envs).await
    }

    /// Launches the app drawing as it does for its users (software drawing, no GL).
    pub async fn launch_as_shipped(data_dir: &Path) -> App {
        App::launch_with(&FIRST, data_dir, &[]).await
    }

    /// Launches another build of the app as it ships, e.g. the installed `/usr/bin/pressdesk`
    /// of the package test (the other launchers take [`app_binary`]).
    pub async fn launch_binary(binary: &Path, data_dir: &Path) -> App {
        App::launch_path(binary.to_owned(), &FIRST, data_dir, &[]).await
    }

    /// Launches one desk of the office's server (`PRESSDESK_DB_URL=url`) on `slot`, so that
    /// two desks can run at once.
    pub async fn launch_desk(slot: &Slot, data_dir: &Path, url: &str) -> App {
        let gl = Path::new("0");
        let envs = [
            ("WEBKIT_DISABLE_COMPOSITING_MODE", gl),
            ("WEBKIT_DISABLE_DMABUF_RENDERER", gl),
            ("PRESSDESK_DB_URL", Path::new(url)),
        ];
        App::launch_with(slot, data_dir, &envs).await
    }

    async fn launch_with(slot: &Slot, data_dir: &Path, envs: &[(&str, &Path)]) -> App {
        App::launch_path(app_binary(), slot, data_dir, envs).await
    }

    async fn launch_path(
        binary: PathBuf,
        slot: &Slot,
        data_dir: &Path,
        envs: &[(&str, &Path)],
    ) -> App {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "DISPLAY is not set: end-to-end tests need an X server (start Xvfb first)"
        );
        let lock = DriverLock::acquire(slot).await;
        wait_ports_free(slot, Duration::from_secs(10)).await;
        let out = output_dir();
        let envs: Vec<(&str, &Path)> = [("PRESSDESK_DATA_DIR", data_dir)]
            .into_iter()
            .chain(envs.iter().copied())
            .collect();
        let log = format!("tauri-driver-{}.log", slot.driver);
        let mut process = DriverProcess::spawn(slot, &envs, &out.join(log));
        process.wait_ready(Duration::from_secs(30)).await;

        let mut caps = Map::new();
        caps.insert("tauri:options".into(), json!({ "application": binary }));
        let url = format!("http://127.0.0.1:{}", slot.driver);
        let session = WebDriver::builder(url, Capabilities::from(caps))
            .request_timeout(Duration::from_secs(60))
            .await;
        let driver = session.unwrap_or_else(|e| {
            panic!(
                "cannot start a WebDriver session for {}: {e}\n{}",
                binary.display(),
                { process.log_tail() }
            )
        });
        App {
            driver: Some(driver),
            process,
            data_dir: data_dir.to_owned(),
            _lock: lock,
        }
    }

    /// Ends the session, then stops tauri-driver's process group (SIGTERM, SIGKILL after 10 s).
    pub async fn quit(mut self) {
        if let Some(driver) = self.driver.take() {
            if let Err(e) = driver.quit().await {
                eprintln!("ending the WebDriver session failed: {e}");
            }
        }
        self.process.stop();
    }

    /// The WebDriver session, for anything the helpers do not cover.
    pub fn driver(&self) -> &WebDriver {
        self.driver.as_ref().expect("session already ended")
    }

    /// The data folder the app was launched with.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Output of tauri-driver, WebKitWebDriver and the app since launch (last 8 kB).
    pub fn driver_log(&self) -> String {
        self.process.log_tail()
    }

    /// Saves a PNG of the window as `<output dir>/<name>.png` (see [`output_dir`]).
    pub async fn screenshot(&self, name: &str) {
        if let Err(e) = self.try_screenshot(name).await {
            panic!("{e}");
        }
    }

    async fn try_screenshot(&self, name: &str) -> Result<PathBuf, String> {
        let path = output_dir().join(format!("{name}.png"));
        let png = self.driver().screenshot_as_png().await;
        let png = png.map_err(|e| format!("screenshot {name} failed: {e}"))?;
        std::fs::write(&path, png).map_err(|e| format!("cannot write {path:?}: {e}"))?;
        Ok(path)
    }

    /// The page's visible text (`document.body.innerText`), or a note why it is unavailable.
    pub async fn page_text(&self) -> String {
        let script = "return document.body ? document.body.innerText : '(no body)'";
        match self.driver().execute(script, Vec::new()).await {
            Ok(ret) => ret
                .convert::<String>()
                .unwrap_or_else(|e| format!("(bad text: {e})")),
            Err(e) => format!("(cannot read page text: {e})"),
        }
    }

    /// Waits (up to [`WAIT_TIMEOUT`]) for an element matching `css` and returns it.
    pub async fn wait_for(&self, css: &str) -> WebElement {
        let deadline = Instant::now() + WAIT_TIMEOUT;
        loop {
            if let Ok(element) = self.driver().find(By::Css(css)).await {
                return element;
            }
            if Instant::now() > deadline {
                self.fail(&format!("no element matches `{css}`")).await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits (up to [`WAIT_TIMEOUT`]) until some element matching `css` contains `text`.
    pub async fn wait_text(&self, css: &str, text: &str) {
        let deadline = Instant::now() + WAIT_TIMEOUT;
        let mut seen = Vec::new();
        loop {
            seen.clear();
            for element in self
                .driver()
                .find_all(By::Css(css))
                .await
                .unwrap_or_default()
            {
                seen.push(self.inner_text(&element).await);
            }
            if seen.iter().any(|s| s.contains(text)) {
                return;
            }
            if Instant::now() > deadline {
                self.fail(&format!(
                    "no `{css}` contains {text:?} (texts seen: {seen:?})"
                ))
                .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits (up to [`WAIT_TIMEOUT`]) until the element with id `id` has the keyboard focus: a
    /// form that moves the focus after the next frame (`focusById`) has settled, so what is
    /// typed next goes where it is meant to.
    pub async fn wait_focus(&self, id: &str) {
        let deadline = Instant::now() + WAIT_TIMEOUT;
        loop {
            let focused = self
                .driver()
                .execute(
                    "return document.activeElement && document.activeElement.id",
                    vec![],
                )
                .await
                .ok()
                .and_then(|r| r.convert::<Option<String>>().ok())
                .flatten();
            if focused.as_deref() == Some(id) {
                return;
            }
            if Instant::now() > deadline {
                self.fail(&format!("#{id} never got the focus (it is on {focused:?})"))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Clicks the element matching `css`, retrying (up to [`WAIT_TIMEOUT`]) while it is
    /// missing or not clickable yet.
    pub async fn click(&self, css: &str) {
        let deadline = Instant::now() + WAIT_TIMEOUT;
        loop {
            let error = match self.driver().find(By::Css(css)).await {
                // Centre it first: a sticky header or footer must not hide it from the click.
                Ok(element) => match self.centre(&element).await.and(element.click().await) {
                    Ok(()) => return,
                    Err(e) => e,
                },
                Err(e) => e,
            };
            if Instant::now() > deadline {
                self.fail(&format!("cannot click `{css}`: {error}")).await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The element's rendered text. WebKitWebDriver's own "element text" leaves out text in
    /// line-clamped boxes, which a person does see; `innerText` does not.
    async fn inner_text(&self, element: &WebElement) -> String {
        let Ok(arg) = element.to_json() else {
            return String::new();
        };
        match self
            .driver()
            .execute("return arguments[0].innerText", vec![arg])
            .await
        {
            Ok(ret) => ret.convert::<String>().unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// Scrolls the element to the middle of the view and waits until it stops moving (three
    /// frames in the same place, at most a second): a smooth scroll still running, e.g. the
    /// page returning focus after a dialog closed, would move it away under the click.
    async fn centre(&self, element: &WebElement) -> WebDriverResult<()> {
        let script = "const [el, done] = [arguments[0], arguments[arguments.length - 1]]; \
            el.scrollIntoView({block: 'center', inline: 'nearest'}); \
            let last = '', same = 0; setTimeout(done, 1000); \
            const tick = () => { const r = el.getBoundingClientRect(); \
              const at = r.top + ',' + r.left; \
              if (at === last) { if (++same >= 3) return done(); } else { same = 0; last = at; } \
              requestAnimationFrame(tick); }; \
            requestAnimationFrame(tick);";
        self.driver()
            .execute_async(script, vec![element.to_json()?])
            .await
            .map(|_| ())
    }

    /// Clears the field matching `css` and types `value` into it.
    pub async fn fill(&self, css: &str, value: &str) {
        let element = self.wait_for(css).await;
        if let Err(e) = element.clear().await {
            self.fail(&format!("cannot clear `{css}`: {e}")).await;
        }
        if let Err(e) = element.send_keys(value).await {
            self.fail(&format!("cannot type into `{css}`: {e}")).await;
        }
    }

    /// Simulates dropping files onto the element matching `css`: dispatches `dragenter`,
    /// `dragover` and `drop` with a `DataTransfer` holding the files, or, for an
    /// `<input type=file>`, sets its `files` and dispatches `input` and `change`.
    /// Each file is `(name, bytes, mime type)`. This reaches DOM handlers only, not Tauri's
    /// native `tauri://drag-drop` event.
    pub async fn drop_files(&self, css: &str, files: &[(&str, &[u8], &str)]) {
        let element = self.wait_for(css).await;
        let b64 = base64::engine::general_purpose::STANDARD;
        let files: Vec<Value> = files
            .iter()
            .map(|(name, bytes, mime)| json!([name, b64.encode(bytes), mime]))
            .collect();
        let target = element.to_json().expect("element serialises");
        if let Err(e) = self
            .driver()
            .execute(DROP_SCRIPT, vec![target, Value::Array(files)])
            .await
        {
            self.fail(&format!("dropping files on `{css}` failed: {e}"))
                .await;
        }
    }

    async fn fail(&self, what: &str) -> ! {
        let shot = match self
            .try_screenshot(&format!("failure-{}", std::process::id()))
            .await
        {
            Ok(path) => format!("screenshot: {}", path.display()),
            Err(e) => e,
        };
        let text = self.page_text().await;
        panic!("{what}\n({shot})\n--- page text ---\n{text}")
    }
}

impl Drop for App {
    fn drop(&mut self) {
        // Not WebDriver's own synchronous drop: it reuses the HTTP connection pool of the
        // (now blocked) test runtime and hangs for the whole request timeout. Stopping the
        // driver group ends the session and the app anyway.
        if let Some(driver) = self.driver.take() {
            let _ = driver.leak();
        }
        self.process.stop();
    }
}

const DROP_SCRIPT: &str = r#"
const [el, files] = arguments;
const dt = new DataTransfer();
for (const [name, b64, mime] of files) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  dt.items.add(new File([bytes], name, { type: mime }));
}
if (el instanceof HTMLInputElement && el.type === 'file') {
  el.files = dt.files;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return;
}
for (const type of ['dragenter', 'dragover', 'drop']) {
  let ev;
  try {
    ev = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt });
  } catch (_) {
    ev = new Event(type, { bubbles: true, cancelable: true });
  }
  if (ev.dataTransfer !== dt) Object.defineProperty(ev, 'dataTransfer', { value: dt });
  el.dispatchEvent(ev);
}
"#;
