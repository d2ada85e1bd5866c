//! Steps 4–5 of the SOP through the real app in WebKit. The command line prepares an office
//! with demo data (releases in every state, among them approved ones not yet online and
//! published ones not yet filed). The Operator Website copies an approved release's text, is
//! refused a bad address, then records where it went online; the Arsiparis numbers and files it
//! together with another published release, picks label 5 of a used L7160 sheet, previews the
//! archive number labels and the Daftar Arsip, and finds the number on the release's detail.
//! The command line confirms both releases are archived.

use std::path::Path;

use pressdesk_tests::e2e::{output_dir, skip_without_display, temp_data_dir, App};
use pressdesk_tests::steps::{cli, count, shot, sign_in_as, texts_of, value_of, wait_count};
use serde_json::Value;

const OPERATOR: &str = "199001152015032001";
const ARCHIVIST: &str = "198511202010011002";
const ADMIN: &str = "198001012005011001";
const GOOD_URL: &str = "https://diskominfo.kaltaraprov.go.id/berita/uji-penayangan-e2e";

/// The rows (`id`, `title`) the CLI lists with `status`.
fn listed(data: &Path, status: &str) -> Vec<(String, String)> {
    let out = cli(
        data,
        &["list", "--status", status, "--limit", "500", "--json"],
    );
    let page: Value = serde_json::from_str(&out).expect("list prints JSON");
    page["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_owned(),
                r["title"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Waits until the preview has drawn at least one page, screenshots it, and closes it.
async fn preview(app: &App, name: &str) {
    app.wait_for("[data-testid=\"pdf-preview\"]").await;
    app.wait_for("canvas[data-testid=\"pdf-page\"][data-rendered=\"true\"]")
        .await;
    app.wait_for("#pdf-save").await;
    app.wait_for("#pdf-print").await;
    shot(app, name).await;
    app.click("#pdf-close").await;
    wait_count(app, "[data-testid=\"pdf-preview\"]", 0).await;
}

#[tokio::test]
async fn the_operator_publishes_and_the_archivist_numbers_files_and_prints() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    cli(data.path(), &["demo", "--releases", "20"]);
    let approved = listed(data.path(), "Approved");
    let published = listed(data.path(), "Published");
    assert!(!approved.is_empty(), "the demo leaves an approved release");
    assert!(!published.is_empty(), "the demo leaves a published release");
    let (to_publish, to_publish_title) = approved[0].clone();
    let (other, _) = published[0].clone();

    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    app.wait_for("[data-testid=\"signin-user\"]").await;

    // The Operator Website: Penayangan is in the menu, the approved release is in the queue.
    sign_in_as(&app, OPERATOR).await;
    app.wait_text("[data-testid=\"current-user\"]", "Operator Website")
        .await;
    assert_eq!(
        count(&app, "#nav-archive").await,
        0,
        "the operator files nothing"
    );
    app.click("#nav-publish").await;
    let row = format!("[data-testid=\"publish-row\"][data-id=\"{to_publish}\"]");
    app.click(&format!("{row} button")).await;
    app.wait_text("[data-testid=\"publish-title\"]", &to_publish_title)
        .await;
    app.wait_text("[data-testid=\"publish-text\"]", &to_publish_title)
        .await;
    app.click("#copy-text").await;
    app.wait_for("[data-testid=\"copy-feedback\"]").await;
    assert!(
        !value_of(&app, "#publish-at").await.is_empty(),
        "the time defaults to now"
    );
    shot(&app, "filing-01-publish-queue").await;

    // A bad address is refused next to the field; a good one is recorded.
    app.fill("#publish-url", "diskominfo kaltara/berita").await;
    app.click("#publish-submit").await;
    app.wait_text(
        "[data-testid=\"error-url\"]",
        "bukan URL http atau https yang sah",
    )
    .await;
    shot(&app, "filing-02-publish-bad-url").await;
    app.fill("#publish-url", GOOD_URL).await;
    app.click("#publish-submit").await;
    app.wait_text("[data-testid=\"publish-result\"]", "tercatat tayang")
        .await;
    app.wait_text("[data-testid=\"publication\"]", GOOD_URL)
        .await;
    wait_count(&app, &row, 0).await;
    app.wait_text(
        &format!("[data-testid=\"published-row\"][data-id=\"{to_publish}\"]"),
        GOOD_URL,
    )
    .await;
    shot(&app, "filing-03-published").await;

    // The Arsiparis: both releases wait in "Siap diarsipkan"; number them in one go.
    sign_in_as(&app, ARCHIVIST).await;
    app.wait_text("[data-testid=\"current-user\"]", "Arsiparis")
        .await;
    assert_eq!(
        count(&app, "#nav-publish").await,
        0,
        "the archivist publishes nothing"
    );
    app.click("#nav-archive").await;
    for id in [&to_publish, &other] {
        app.click(&format!(
            "[data-testid=\"archive-row\"][data-id=\"{id}\"] [data-testid=\"archive-select\"]"
        ))
        .await;
    }
    app.wait_text("[data-testid=\"archive-selected\"]", "2 dipilih")
        .await;
    assert!(
        !value_of(&app, "#archive-folder").await.is_empty(),
        "a folder is suggested"
    );
    assert!(!value_of(&app, "#archive-date").await.is_empty());
    shot(&app, "filing-04-archive-ready").await;
    app.click("#archive-submit").await;
    wait_count(&app, "[data-testid=\"archive-result\"]", 2).await;
    let numbers = texts_of(&app, "[data-testid=\"archive-no\"]").await;
    assert_eq!(numbers.len(), 2);
    for n in &numbers {
        assert!(n.contains("/PR/DISKOMINFO/"), "archive number {n:?}");
    }
    assert_ne!(numbers[0], numbers[1], "two numbers, never the same");
    for id in [&to_publish, &other] {
        wait_count(
            &app,
            &format!("[data-testid=\"archive-row\"][data-id=\"{id}\"]"),
            0,
        )
        .await;
    }
    app.wait_text("[data-testid=\"archive-result\"]", "Lemari")
        .await;
    shot(&app, "filing-05-archived").await;

    // The other tabs: folders, number formats, the index on screen.
    app.click("#tab-folders").await;
    app.wait_for("[data-testid=\"folder-row\"]").await;
    app.wait_for("#folder-add").await;
    shot(&app, "filing-06-folders").await;
    app.click("#tab-numbers").await;
    app.wait_text("[data-testid=\"series-preview\"]", "/PR/DISKOMINFO/")
        .await;
    app.wait_for("#void-submit").await;
    shot(&app, "filing-07-numbers").await;
    app.click("#tab-index").await;
    app.wait_text("[data-testid=\"index-entry\"]", &numbers[0])
        .await;
    shot(&app, "filing-08-index").await;

    // Labels on a used L7160 sheet: a start beyond the sheet is refused, label 5 is taken.
    app.click("#tab-print").await;
    app.click("#print-stock option[value=\"L7160\"]").await;
    wait_count(&app, "[data-testid=\"start-cell\"]", 21).await;
    app.fill("#print-start", "30").await;
    app.click("#print-labels").await;
    app.wait_text("[data-testid=\"error-start\"]", "melebihi 21 label")
        .await;
    app.click("[data-testid=\"start-cell\"][data-n=\"5\"]")
        .await;
    assert_eq!(value_of(&app, "#print-start").await, "5");
    wait_count(&app, "[data-testid=\"error-start\"]", 0).await;
    wait_count(
        &app,
        "[data-testid=\"start-cell\"][aria-pressed=\"true\"][data-n=\"5\"]",
        1,
    )
    .await;
    shot(&app, "filing-09-print").await;
    app.click("#print-labels").await;
    preview(&app, "filing-10-labels-preview").await;
    app.click("#print-index").await;
    preview(&app, "filing-11-index-preview").await;

    // A user-defined stock: 2 × 5 labels of 100 × 50 mm, then its calibration sheet.
    app.click("#custom-stock-open").await;
    app.fill("#custom-stock-name", "Kantor 2x5").await;
    for (field, value) in [
        ("label_w", "100"),
        ("label_h", "50"),
        ("cols", "2"),
        ("rows", "5"),
        ("margin_left", "5"),
        ("margin_top", "20"),
    ] {
        app.fill(&format!("#custom-stock-{field}"), value).await;
    }
    app.click("#custom-stock-save").await;
    wait_count(&app, "[data-testid=\"start-cell\"]", 10).await;
    app.click("#print-calibration").await;
    preview(&app, "filing-11b-custom-stock-calibration").await;

    // The release's detail shows where it went online and its archive number.
    app.click("#tab-ready").await;
    app.click(&format!(
        "[data-testid=\"archive-result\"][data-id=\"{to_publish}\"] \
         [data-testid=\"archive-result-open\"]"
    ))
    .await;
    app.wait_text("[data-testid=\"detail-title\"]", &to_publish_title)
        .await;
    app.wait_text("[data-testid=\"detail-archive-no\"]", "/PR/DISKOMINFO/")
        .await;
    app.wait_text("[data-testid=\"detail-archive-location\"]", "Lemari")
        .await;
    app.wait_text("[data-testid=\"detail-publication\"]", GOOD_URL)
        .await;
    let filing = app.wait_for("[data-testid=\"detail-filing\"]").await;
    filing.scroll_into_view().await.unwrap();
    shot(&app, "filing-12-detail").await;

    // The Admin keeps the folders and number formats in Pengaturan: a new folder, a template
    // without {seq} refused, a four-digit sequence previewed.
    sign_in_as(&app, ADMIN).await;
    app.click("#nav-settings").await;
    app.fill("#folder-code", "PR-2026-03").await;
    app.fill("#folder-name", "Press release Desember 2026")
        .await;
    app.click("#folder-add").await;
    app.wait_for("[data-testid=\"folder-row\"][data-code=\"PR-2026-03\"]")
        .await;
    app.fill("#series-approved-template", "PR/{unit}/{year}")
        .await;
    app.click("#series-approved-save").await;
    app.wait_for("[data-testid=\"error-template\"]").await;
    app.fill(
        "#series-approved-template",
        "{seq:04}/PR/{unit}/{month_roman}/{year}",
    )
    .await;
    app.click("#series-approved-save").await;
    app.wait_text(
        "[data-testid=\"series-preview\"][data-code=\"approved\"]",
        "0010/PR/DISKOMINFO/",
    )
    .await;
    let series = app.wait_for("[aria-labelledby=\"s-folders\"]").await;
    series.scroll_into_view().await.unwrap();
    shot(&app, "filing-13-admin-settings").await;

    eprintln!("screenshots in {}", output_dir().display());
    app.quit().await;

    let archived: Vec<String> = listed(data.path(), "Archived")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    for id in [&to_publish, &other] {
        assert!(archived.contains(id), "{id} is archived");
    }
}
