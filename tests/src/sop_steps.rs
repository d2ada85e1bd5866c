//! Steps of the end-to-end stories of an office on any SOP: the first run choosing the SOP, the
//! admin adding users in Pengaturan, registering through the intake screen, opening a release
//! from "Antrean saya" and doing the step in the detail page's step panel.

use crate::e2e::App;
use crate::steps::{choose, count, shot, sign_in_with, PIN};

/// Scrolls the element matching `css` to the top of its screen, for a screenshot of it.
pub async fn scroll_to(app: &App, css: &str) {
    let element = app.wait_for(css).await;
    let arg = element.to_json().expect("element serialises");
    app.driver()
        .execute("arguments[0].scrollIntoView({block: 'start'})", vec![arg])
        .await
        .expect("the element scrolls into view");
}

/// The first admin's NIP and PIN.
pub const ADMIN: &str = "198001012005011001";
pub const ADMIN_PIN: &str = "246810";

/// The first run in the window with `sop` ("SOP-001") chosen; the admin is signed in after it.
pub async fn first_run(app: &App, sop: &str, prefix: &str) {
    app.wait_for("#office-name").await;
    app.fill(
        "#office-name",
        "Dinas Komunikasi dan Informatika Kota Palangka Raya",
    )
    .await;
    app.fill("#office-unit", "DISKOMINFO").await;
    app.fill("#office-address", "Jl. Tjilik Riwut Km. 5,5, Palangka Raya")
        .await;
    // SOP-004 is chosen until another is picked.
    app.wait_for("[data-testid=\"sop-option\"][data-code=\"SOP-004\"] input:checked")
        .await;
    app.click(&format!(
        "[data-testid=\"sop-option\"][data-code=\"{sop}\"] input"
    ))
    .await;
    app.fill("#admin-name", "Siti Aminah").await;
    app.fill("#admin-nip", ADMIN).await;
    app.fill("#admin-position", "Pengelola Sistem Informasi")
        .await;
    app.fill("#admin-pin", ADMIN_PIN).await;
    app.fill("#admin-pin2", ADMIN_PIN).await;
    app.wait_for(&format!(
        "[data-testid=\"sop-option\"][data-code=\"{sop}\"] input:checked"
    ))
    .await;
    shot(app, &format!("{prefix}-01-first-run-sop")).await;
    app.click("#firstrun-submit").await;
    app.wait_for("[data-testid=\"current-user\"]").await;
    app.wait_text("[data-testid=\"sidebar-sop\"]", &format!("{sop} · versi 1"))
        .await;
}

/// The signed-in admin adds a user with the demo PIN in Pengaturan → Pengguna.
pub async fn add_user(app: &App, name: &str, nip: &str, role: &str) {
    if count(app, "#user-name").await == 0 {
        app.click("#nav-settings").await;
    }
    app.fill("#user-name", name).await;
    app.fill("#user-nip", nip).await;
    choose(app, "#user-role", role).await;
    app.fill("#user-position", "Staf Diskominfo").await;
    app.fill("#user-pin", PIN).await;
    app.click("#user-add").await;
    app.wait_text(
        &format!("[data-testid=\"user-row\"][data-nip=\"{nip}\"]"),
        name,
    )
    .await;
    // The form empties and puts the focus back on the name after the next frame; the next user
    // is typed only then, or their NIP could land in the name.
    app.wait_focus("user-name").await;
}

/// Signs in as a user with the demo PIN.
pub async fn sign_in(app: &App, nip: &str) {
    sign_in_with(app, nip, PIN).await;
}

/// Whether the sidebar offers the screen `nav-<section>`.
pub async fn has_nav(app: &App, section: &str) -> bool {
    count(app, &format!("#nav-{section}")).await > 0
}

/// Registers a release through the intake screen and opens it; its agenda number.
pub async fn register(app: &App, sender: &str, title: &str, event_date: Option<&str>) -> String {
    app.click("#nav-intake").await;
    app.fill("#f-sender-org", sender).await;
    app.fill("#f-title", title).await;
    if let Some(day) = event_date {
        app.fill("#f-event-date", day).await;
    }
    app.click("#intake-submit").await;
    let no = app.wait_for("[data-testid=\"registered-agenda-no\"]").await;
    let no = no.text().await.unwrap_or_default();
    app.click("#open-registered").await;
    app.wait_for("[data-testid=\"detail-title\"]").await;
    no
}

/// Opens the release waiting at step `seq` from "Antrean saya", checking the step's standard.
pub async fn open_from_queue(app: &App, seq: u32, standard: &str) {
    app.click("#nav-queue").await;
    let step = format!("[data-testid=\"queue-step\"][data-seq=\"{seq}\"]");
    app.wait_text(
        &format!("{step} [data-testid=\"queue-standard\"]"),
        standard,
    )
    .await;
    app.wait_for(&format!("{step} [data-testid=\"queue-row\"]"))
        .await;
}

/// Clicks the release of step `seq` in the queue and waits for its step panel.
pub async fn take_from_queue(app: &App, seq: u32, act: &str) {
    app.click(&format!(
        "[data-testid=\"queue-step\"][data-seq=\"{seq}\"] [data-testid=\"queue-row\"]"
    ))
    .await;
    app.wait_for(&format!("[data-testid=\"step-panel\"][data-act=\"{act}\"]"))
        .await;
}

/// Does the open step with a note ("" for none) and waits for the state it reaches.
pub async fn do_step(app: &App, note: &str, reached: &str) {
    if !note.is_empty() {
        app.fill("#step-note", note).await;
    }
    app.click("#step-done").await;
    app.wait_text("[data-testid=\"step-result\"]", reached)
        .await;
}

/// The timeline's step `seq` shows `text`.
pub async fn timeline_shows(app: &App, seq: u32, text: &str) {
    app.wait_text(
        &format!("[data-testid=\"timeline-step\"][data-seq=\"{seq}\"]"),
        text,
    )
    .await;
}

/// Publishes the selected release on the Penayangan screen to the site `site_id`.
pub async fn publish_to(app: &App, release: &str, site_id: u32, url: &str) {
    app.click(&format!(
        "[data-testid=\"publish-row\"][data-id=\"{release}\"] .q-body, \
         [data-testid=\"published-row\"][data-id=\"{release}\"] .q-body"
    ))
    .await;
    app.wait_for(&format!(
        "[data-testid=\"publish-panel\"][data-id=\"{release}\"]"
    ))
    .await;
    choose(app, "#publish-site", &site_id.to_string()).await;
    app.fill("#publish-url", url).await;
    app.click("#publish-submit").await;
    app.wait_text("[data-testid=\"publish-result\"]", "tercatat tayang")
        .await;
}

/// The id of the release whose detail page is open.
pub async fn detail_id(app: &App) -> String {
    let ret = app
        .driver()
        .execute(
            "return document.querySelector('[data-testid=\"detail-release\"]').dataset.id",
            Vec::new(),
        )
        .await
        .expect("the detail page names its release");
    ret.convert::<String>().unwrap()
}
