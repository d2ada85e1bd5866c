//! The Laporan screen through the real app in WebKit, on demo data: the Kadis opens the year's
//! SOP time chart and the published releases, previews the Buku Agenda (and stops one being
//! made), previews the SOP report PDF, and is told next to the field when a range ends before it
//! begins.

use pressdesk_tests::e2e::{skip_without_display, temp_data_dir, App};
use pressdesk_tests::steps::{choose, cli, count, shot, sign_in_as, text_of, wait_count};

const KADIS: &str = "196805121993031004";

/// Clicks "Pratinjau dan cetak" and, as soon as the progress shows, "Batalkan", in one script
/// so that the cancel reaches the app while the ledger is being made.
const OPEN_AND_CANCEL: &str = "document.getElementById('ledger-open').click(); \
    const t = setInterval(() => { const b = document.getElementById('ledger-cancel'); \
    if (b) { b.click(); clearInterval(t); } }, 2);";

#[tokio::test(flavor = "multi_thread")]
async fn the_kadis_reads_the_reports_and_previews_the_agenda_book() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    cli(data.path(), &["demo", "--releases", "40"]);

    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"signin-user\"]").await;
    sign_in_as(&app, KADIS).await;
    app.click("#nav-reports").await;
    app.wait_text("h1", "Laporan").await;

    // The whole year: five SOP steps in the chart, the publications listed.
    choose(&app, "#period-kind", "year").await;
    app.wait_for("[data-testid=\"sop-chart\"]").await;
    wait_count(&app, "[data-testid=\"sop-step\"]", 5).await;
    assert!(
        text_of(&app, "[data-testid=\"sop-share\"]")
            .await
            .contains("tepat waktu"),
        "the first step has closed steps in the demo"
    );
    app.wait_text("[data-testid=\"published-count\"]", "penayangan")
        .await;
    assert!(count(&app, "[data-testid=\"published-row\"]").await > 0);
    shot(&app, "reports-01-year").await;

    // The Buku Agenda: previewed page by page, with its page count.
    app.click("#ledger-open").await;
    app.wait_for("canvas[data-testid=\"ledger-page\"][data-page=\"1\"][data-rendered=\"true\"]")
        .await;
    app.wait_text("[data-testid=\"ledger-preview\"]", "halaman")
        .await;
    shot(&app, "reports-02-ledger-preview").await;
    app.click("#ledger-close").await;
    wait_count(&app, "[data-testid=\"ledger-preview\"]", 0).await;

    // Stopped while being made: nothing shown, and it can be made again.
    app.driver()
        .execute(OPEN_AND_CANCEL, Vec::new())
        .await
        .unwrap();
    app.wait_for("[data-testid=\"ledger-cancelled\"]").await;
    assert_eq!(count(&app, "canvas[data-testid=\"ledger-page\"]").await, 0);
    shot(&app, "reports-03-ledger-cancelled").await;
    app.click("#ledger-retry").await;
    app.wait_for("canvas[data-testid=\"ledger-page\"][data-page=\"1\"][data-rendered=\"true\"]")
        .await;
    app.click("#ledger-close").await;

    // The SOP time report as a PDF.
    app.click("#sop-open").await;
    app.wait_for("canvas[data-testid=\"sop-page\"][data-rendered=\"true\"]")
        .await;
    shot(&app, "reports-04-sop-pdf").await;
    app.click("#sop-close").await;

    // A range that ends before it begins is refused under "Sampai tanggal".
    choose(&app, "#period-kind", "range").await;
    app.fill("#period-from", "30/11/2026").await;
    app.fill("#period-to", "01/11/2026").await;
    app.wait_text(
        "[data-testid=\"error-to\"]",
        "Tanggal akhir tidak boleh sebelum tanggal awal.",
    )
    .await;
    app.wait_for("[data-testid=\"sop-range-note\"]").await;
    shot(&app, "reports-05-bad-range").await;

    app.quit().await;
}
