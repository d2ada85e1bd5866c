//! Steps the end-to-end stories share: running the CLI on the test's data folder, counting and
//! reading elements, signing in as a demo user, and screenshots taken once the page has painted.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use thirtyfour::prelude::*;

use crate::e2e::{workspace_root, App};

/// The PIN of every demo user.
pub const PIN: &str = "123456";

/// The CLI binary next to the app binary: `$PRESSDESK_CLI`, else `<target>/debug/pressdesk-cli`.
pub fn cli_binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("PRESSDESK_CLI") {
        return workspace_root().join(bin);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"));
    let path = workspace_root()
        .join(target)
        .join("debug")
        .join("pressdesk-cli");
    assert!(
        path.is_file(),
        "{} does not exist: run `cargo build -p pressdesk-cli` first",
        path.display()
    );
    path
}

/// Runs the CLI on `data`; panics with its output when it fails. Returns stdout.
pub fn cli(data: &Path, args: &[&str]) -> String {
    let out = Command::new(cli_binary())
        .env("PRESSDESK_LANG", "id")
        .arg("--data")
        .arg(data)
        .args(args)
        .output()
        .expect("the CLI runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "pressdesk-cli {args:?} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

pub async fn count(app: &App, css: &str) -> usize {
    app.driver()
        .find_all(By::Css(css))
        .await
        .map(|v| v.len())
        .unwrap_or(0)
}

/// Waits (up to 15 s) until exactly `n` elements match `css`.
pub async fn wait_count(app: &App, css: &str, n: usize) {
    for _ in 0..150 {
        if count(app, css).await == n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "expected {n} × {css}, found {}\n{}",
        count(app, css).await,
        app.page_text().await
    );
}

/// The text a user sees in the first element matching `css` (waiting for it).
pub async fn text_of(app: &App, css: &str) -> String {
    let element = app.wait_for(css).await;
    inner_text(app, &element).await
}

/// The text a user sees in every element matching `css`.
pub async fn texts_of(app: &App, css: &str) -> Vec<String> {
    let mut out = Vec::new();
    for element in app.driver().find_all(By::Css(css)).await.unwrap() {
        out.push(inner_text(app, &element).await);
    }
    out
}

async fn inner_text(app: &App, element: &WebElement) -> String {
    let arg = element.to_json().unwrap();
    app.driver()
        .execute("return arguments[0].innerText", vec![arg])
        .await
        .unwrap()
        .convert::<String>()
        .unwrap()
}

pub async fn value_of(app: &App, css: &str) -> String {
    let element = app.wait_for(css).await;
    element.prop("value").await.unwrap().unwrap_or_default()
}

/// From anywhere, as a demo user: "Ganti pengguna" (when someone is signed in), pick the card,
/// type the demo PIN.
pub async fn sign_in_as(app: &App, nip: &str) {
    sign_in_with(app, nip, PIN).await;
}

/// `sign_in_as` with the user's own PIN.
pub async fn sign_in_with(app: &App, nip: &str, pin: &str) {
    if count(app, "#switch-user").await > 0 {
        app.click("#switch-user").await;
    }
    app.click(&format!(
        "[data-testid=\"signin-user\"][data-nip=\"{nip}\"]"
    ))
    .await;
    app.fill("#signin-pin", pin).await;
    app.click("#signin-submit").await;
    app.wait_for("[data-testid=\"current-user\"]").await;
}

/// A screenshot once the page has painted what the last wait saw.
pub async fn shot(app: &App, name: &str) {
    tokio::time::sleep(Duration::from_millis(400)).await;
    app.screenshot(name).await;
}

/// Picks the option `value` of the select `css`, as a click on the option does.
pub async fn choose(app: &App, css: &str, value: &str) {
    app.click(&format!("{css} option[value=\"{value}\"]")).await;
}

/// Sets an input's value and tells the page, as typing does; for date inputs, whose typed
/// form follows the machine's locale.
pub async fn set_value(app: &App, css: &str, value: &str) {
    let element = app.wait_for(css).await;
    let script = "arguments[0].value = arguments[1]; \
                  arguments[0].dispatchEvent(new Event('input', { bubbles: true })); \
                  arguments[0].dispatchEvent(new Event('change', { bubbles: true }));";
    app.driver()
        .execute(script, vec![element.to_json().unwrap(), value.into()])
        .await
        .unwrap();
}

/// Writes a looping paraf on the pad with the pointer, as a hand would.
pub async fn draw_initials(app: &App) {
    let pad = app.wait_for("#paraf-pad").await;
    pad.scroll_into_view().await.unwrap();
    let mut chain = app
        .driver()
        .action_chain()
        .move_to_element_with_offset(&pad, -110, 10)
        .click_and_hold();
    for (dx, dy) in [
        (12, -22),
        (14, -18),
        (10, 16),
        (8, 24),
        (12, 6),
        (16, -20),
        (14, -16),
        (10, 20),
        (12, 18),
        (18, -8),
        (20, -4),
        (24, 2),
    ] {
        chain = chain.move_by_offset(dx, dy);
    }
    chain.release().perform().await.expect("drawing on the pad");
}
