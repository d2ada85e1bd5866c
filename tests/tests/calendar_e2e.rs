//! Pengaturan → Hari dan jam kerja through the app in WebKit: the Admin opens Saturday
//! mornings, is told next to the field when a closing comes before the opening, adds and
//! removes a holiday, and imports a CSV of holidays (a bad file adds nothing and names its
//! lines). The command line reads the same store.

use pressdesk_core::model::TimeZone;
use pressdesk_core::timefmt;
use pressdesk_tests::e2e::{skip_without_display, temp_data_dir, App};
use pressdesk_tests::steps::{cli, shot, sign_in_as};

const ADMIN: &str = "198001012005011001";

fn day(n: u8) -> String {
    format!("[data-testid=\"hours-row\"][data-day=\"{n}\"]")
}

#[tokio::test]
async fn the_admin_sets_the_week_and_the_holidays_of_the_year_in_settings() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    cli(data.path(), &["demo", "--releases", "3"]);
    let year = timefmt::local_date(timefmt::now(), TimeZone::WITA)
        .format("%Y")
        .to_string();
    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    sign_in_as(&app, ADMIN).await;
    app.click("#nav-settings").await;
    // Pengaturan → Tentang says where the support log is; the app writes its file there.
    let logs = data.path().join("logs");
    app.wait_text(r#"[data-testid="about-log"]"#, &logs.display().to_string())
        .await;
    let files: Vec<String> = std::fs::read_dir(&logs)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        files
            .iter()
            .any(|f| f.starts_with("pressdesk.") && f.ends_with(".log")),
        "{files:?}"
    );

    // Saturday becomes a working morning.
    app.click(&format!("{} [data-testid=\"hours-off\"]", day(6)))
        .await;
    app.fill("#hours-open-6", "08.00").await;
    app.fill("#hours-close-6", "12.00").await;
    app.click(&format!("{} [data-testid=\"hours-save\"]", day(6)))
        .await;
    app.wait_text("[data-testid=\"hours-saved\"]", "Jam kerja Sabtu disimpan")
        .await;
    assert!(cli(data.path(), &["office", "hours"]).contains("Sabtu    08.00–12.00"));

    // A closing before the opening is named next to the field.
    app.fill("#hours-close-1", "07.00").await;
    app.click(&format!("{} [data-testid=\"hours-save\"]", day(1)))
        .await;
    app.wait_text("[data-testid=\"error-close\"]", "harus sesudah jam masuk")
        .await;

    // One holiday added, then removed.
    app.fill("#holiday-date", &format!("25/12/{year}")).await;
    app.fill("#holiday-name", "Hari Raya Natal").await;
    app.click("#holiday-add").await;
    let natal = format!("[data-testid=\"holiday-row\"][data-date=\"{year}-12-25\"]");
    app.wait_text(&natal, "Hari Raya Natal").await;
    shot(&app, "calendar-01-settings").await;
    let listed = cli(data.path(), &["office", "holiday", "list", "--year", &year]);
    assert!(listed.contains("Hari Raya Natal"), "{listed}");
    app.click(&format!("{natal} [data-testid=\"holiday-remove\"]"))
        .await;
    app.click("[data-testid=\"holiday-remove-confirm\"]").await;
    app.wait_for("[data-testid=\"holiday-empty\"]").await;

    // A CSV with bad lines adds nothing and names them; a good one adds every line.
    let bad = format!("tanggal,nama\n{year}-01-01,Tahun Baru\n{year}-02-30,Salah\n{year}-08-17,\n");
    app.drop_files(
        "#holiday-file",
        &[("libur.csv", bad.as_bytes(), "text/csv")],
    )
    .await;
    app.wait_text("[data-testid=\"holiday-import-error\"]", "Baris 3:")
        .await;
    app.wait_text("[data-testid=\"holiday-import-error\"]", "Baris 4:")
        .await;
    app.wait_for("[data-testid=\"holiday-empty\"]").await;
    let good = format!("{year}-01-01,Tahun Baru\n{year}-08-17,Hari Kemerdekaan RI\n");
    app.drop_files(
        "#holiday-file",
        &[("libur.csv", good.as_bytes(), "text/csv")],
    )
    .await;
    app.wait_text("[data-testid=\"holiday-note\"]", "2 hari libur diimpor")
        .await;
    app.wait_text(
        &format!("[data-testid=\"holiday-row\"][data-date=\"{year}-08-17\"]"),
        "Hari Kemerdekaan RI",
    )
    .await;
    shot(&app, "calendar-02-imported").await;
    app.quit().await;
}
