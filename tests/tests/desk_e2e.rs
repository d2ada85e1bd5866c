//! A week at the desk, found when the app was tried as a new office would: the Kasi submits a
//! form with several mistakes and sees them all at once, scrolls the long form down with the
//! mouse wheel, registers, and sees the agenda number at once, in the view; the admin of a new
//! office is sent to add users; an archive number is found while typing; the Kasi checks the
//! complete releases of her queue as one batch; the archivist who makes a new folder while
//! filing is brought back to the releases she was filing.

use std::process::Command;

use pressdesk_tests::e2e::{skip_without_display, temp_data_dir, App};
use pressdesk_tests::steps::{
    choose, cli, count, shot, sign_in_as, sign_in_with, value_of, wait_count,
};

const KASI: &str = "198207092006041003";

/// Turns the mouse wheel `clicks` notches down over the point (x, y) of the screen, as a user
/// does (the window sits at 0,0 under Xvfb).
fn wheel_down(x: u32, y: u32, clicks: u32) {
    let status = Command::new("xdotool")
        .args(["mousemove", &x.to_string(), &y.to_string()])
        .args([
            "click",
            "--repeat",
            &clicks.to_string(),
            "--delay",
            "30",
            "5",
        ])
        .status()
        .expect("xdotool (package xdotool) is installed");
    assert!(status.success());
}

/// Where the element is against the window: (top, bottom, window height).
async fn placement(app: &App, css: &str) -> (f64, f64, f64) {
    let script = "const r = document.querySelector(arguments[0]).getBoundingClientRect(); \
                  return [r.top, r.bottom, window.innerHeight];";
    let ret = app
        .driver()
        .execute(script, vec![css.into()])
        .await
        .unwrap();
    let v: Vec<f64> = ret.convert().unwrap();
    (v[0], v[1], v[2])
}

/// How far the content area and the document itself are scrolled.
async fn scrolls(app: &App) -> (f64, f64) {
    let script = "return [document.querySelector('main.main').scrollTop, \
                  document.scrollingElement.scrollTop];";
    let ret = app.driver().execute(script, Vec::new()).await.unwrap();
    let v: Vec<f64> = ret.convert().unwrap();
    (v[0], v[1])
}

#[tokio::test]
async fn the_kasi_sees_every_mistake_at_once_and_the_agenda_number_after_scrolling_the_form() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    cli(data.path(), &["demo", "--releases", "12"]);
    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    sign_in_as(&app, KASI).await;
    app.click("#nav-intake").await;
    app.wait_for("[data-testid=\"intake-timer\"]").await;

    // Nothing typed: the sender and the title are both named, in the order of the form, and
    // the first one has the focus.
    app.fill("#f-letter-date", "31/02/2026").await;
    app.click("#intake-submit").await;
    app.wait_text(
        "[data-testid=\"error-sender_org\"]",
        "Instansi pengirim wajib diisi",
    )
    .await;
    app.wait_text("[data-testid=\"error-letter_date\"]", "21/11/2026")
        .await;
    app.wait_text("[data-testid=\"error-title\"]", "Judul wajib diisi")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    let focused = app
        .driver()
        .execute("return document.activeElement.id;", Vec::new())
        .await
        .unwrap();
    assert_eq!(focused.convert::<String>().unwrap(), "f-sender-org");
    let (top, _, height) = placement(&app, "#f-sender-org").await;
    assert!(
        top > 0.0 && top < height,
        "the first wrong field is in view ({top})"
    );
    shot(&app, "desk-01-every-error-at-once").await;

    // A long title shows its length as it is typed.
    app.fill("#f-title", &"Rapat koordinasi ".repeat(24)).await;
    app.wait_text("[data-testid=\"title-count\"]", "407/500")
        .await;
    shot(&app, "desk-02-title-count").await;

    app.fill("#f-sender-org", "Dinas Perhubungan").await;
    app.fill("#f-letter-date", "20/11/2026").await;
    app.fill(
        "#f-title",
        "Uji Coba Rute Baru Bus Trans Kaltara Tanjung Selor–Tarakan",
    )
    .await;
    app.fill("#f-event-place", "Terminal Tanjung Selor").await;
    app.click("#chk-kop").await;

    // The Kasi scrolls the long form down with the mouse wheel, then registers.
    // The Kasi scrolls the long form to its end with the mouse wheel, and on: the window
    // itself (sidebar, header) stays where it is.
    wheel_down(700, 500, 40);
    tokio::time::sleep(std::time::Duration::from_millis(900)).await;
    let (form, document) = scrolls(&app).await;
    assert!(form > 100.0, "the wheel scrolled the form ({form})");
    shot(&app, "desk-03-form-scrolled").await;
    assert_eq!(document, 0.0, "the window itself never scrolls");
    // She clicks "Daftarkan" (it stays at the bottom of the window) while the page still
    // glides from the last turn of the wheel.
    wheel_down(700, 500, 3);
    app.click("#intake-submit").await;
    app.wait_text("[data-testid=\"registered-agenda-no\"]", "/")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    let (top, bottom, height) = placement(&app, "[data-testid=\"registered-agenda-no\"]").await;
    assert!(
        top >= 0.0 && bottom <= height && bottom > top,
        "the agenda number is in the view: top {top}, bottom {bottom}, window {height}"
    );
    shot(&app, "desk-04-registered-in-view").await;
    app.quit().await;
}

#[tokio::test]
async fn after_the_first_run_the_admin_is_sent_to_add_users() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    cli(
        data.path(),
        &[
            "init",
            "--office",
            "Diskominfo Kaltara",
            "--unit",
            "DISKOMINFO",
            "--address",
            "Tanjung Selor",
            "--admin-name",
            "Siti Aminah",
            "--admin-nip",
            "198001012005011001",
            "--admin-pin",
            "246810",
        ],
    );
    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    sign_in_with(&app, "198001012005011001", "246810").await;
    app.wait_text("[data-testid=\"agenda-add-users\"]", "tambahkan pengguna")
        .await;
    shot(&app, "desk-05-empty-agenda-add-users").await;
    app.click("#empty-add-users").await;
    app.wait_for("#s-users").await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let focused = app
        .driver()
        .execute("return document.activeElement.id;", Vec::new())
        .await
        .unwrap();
    assert_eq!(focused.convert::<String>().unwrap(), "user-name");
    shot(&app, "desk-06-settings-users").await;
    app.quit().await;
}

#[tokio::test]
async fn the_kasi_checks_a_batch_and_anyone_finds_a_release_by_its_archive_number() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    cli(data.path(), &["demo", "--releases", "40"]);
    let archived = cli(data.path(), &["list", "--status", "Archived", "--json"]);
    let page: serde_json::Value = serde_json::from_str(&archived).unwrap();
    let id = page["rows"][0]["id"].as_str().unwrap().to_owned();
    let title = page["rows"][0]["title"].as_str().unwrap().to_owned();
    let shown: serde_json::Value =
        serde_json::from_str(&cli(data.path(), &["show", &id, "--json"])).unwrap();
    let number = shown["archive"]["archive_no"].as_str().unwrap().to_owned();

    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    sign_in_as(&app, KASI).await;

    // The archive number typed (or scanned) is the first hit while typing, no Enter needed.
    app.fill("#search", &number).await;
    wait_count(&app, "[data-testid=\"agenda-row\"]", 1).await;
    let first = app.wait_for("[data-testid=\"agenda-row\"]").await;
    let first = first.attr("data-id").await.unwrap();
    assert_eq!(
        first.as_deref(),
        Some(id.as_str()),
        "the release of {number} ({title})"
    );
    shot(&app, "desk-07-archive-number-search").await;

    // The check queue: only the complete ones, all ticked, checked as one batch.
    app.click("#nav-check").await;
    app.wait_for("[data-testid=\"check-batch\"]").await;
    choose(&app, "#cf-complete", "complete").await;
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    let complete = count(&app, "[data-testid=\"check-row\"]").await;
    assert!(complete >= 2, "complete releases waiting: {complete}");
    app.click("[data-testid=\"check-select-all\"]").await;
    app.wait_text(
        "[data-testid=\"check-selected\"]",
        &format!("{complete} dipilih"),
    )
    .await;
    shot(&app, "desk-08-check-batch").await;
    app.click("[data-testid=\"batch-complete\"]").await;
    app.wait_text(
        "[data-testid=\"check-result\"]",
        &format!("{complete} rilis lengkap"),
    )
    .await;
    wait_count(&app, "[data-testid=\"check-row\"]", 0).await;
    choose(&app, "#cf-complete", "all").await;
    app.wait_for("[data-testid=\"check-row\"]").await;
    shot(&app, "desk-09-check-after-batch").await;
    app.quit().await;
}

#[tokio::test]
async fn after_making_a_folder_the_archivist_is_back_at_the_releases_being_filed() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    cli(data.path(), &["demo", "--releases", "20"]);
    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    sign_in_as(&app, "198511202010011002").await;
    app.click("#nav-archive").await;
    let row = app.wait_for("[data-testid=\"archive-row\"]").await;
    let id = row.attr("data-id").await.unwrap().unwrap();
    app.click(&format!(
        "[data-testid=\"archive-row\"][data-id=\"{id}\"] [data-testid=\"archive-select\"]"
    ))
    .await;
    app.wait_text("[data-testid=\"archive-selected\"]", "1 dipilih")
        .await;
    // A new folder for it: "Buat map baru" opens the folders.
    app.click("#archive-new-folder").await;
    app.fill("#folder-code", "PR-BARU-01").await;
    app.click("#folder-add").await;
    // Back at the releases being filed: the same one ticked, the new folder chosen.
    app.wait_for("#panel-ready:not([hidden])").await;
    app.wait_text("[data-testid=\"archive-folder-room\"]", "PR-BARU-01")
        .await;
    app.wait_text("[data-testid=\"archive-selected\"]", "1 dipilih")
        .await;
    assert_eq!(value_of(&app, "#archive-folder").await, "PR-BARU-01");
    shot(&app, "desk-10-back-from-new-folder").await;
    app.quit().await;
}
