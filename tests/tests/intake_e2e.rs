//! The Kasi's first day, through the real app in WebKit: the administrator sets up the office
//! (with a PIN) and adds the Kasi with a PIN; the Kasi signs in, registers a release with two
//! photos through the form, sees it in the agenda with its number and thumbnails, finds it by
//! search and by number; the app is closed, reopened, and the release is still there.

use pressdesk_tests::e2e::{skip_without_display, temp_data_dir, App};
use pressdesk_tests::steps::{count, sign_in_with, wait_count};

const TITLE: &str = "Vaksinasi Campak dan Rubela Serentak di Puskesmas Tanjung Selor";
const SENDER: &str = "Dinas Kesehatan";
const KASI: &str = "Rahmat Hidayat";
const KASI_NIP: &str = "198207092006041003";
const KASI_PIN: &str = "135790";

fn photo(seed: u8) -> Vec<u8> {
    let img = image::RgbImage::from_fn(1600, 1000, |x, y| {
        image::Rgb([seed.wrapping_add((x / 7) as u8), (y / 5) as u8, 150])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    out
}

#[tokio::test]
async fn a_kasi_registers_a_release_with_photos_and_finds_it_again_after_a_restart() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;

    // First run: the office profile and the first admin.
    app.wait_for("#office-name").await;
    app.fill(
        "#office-name",
        "Dinas Komunikasi dan Informatika Provinsi Kalimantan Utara",
    )
    .await;
    app.fill("#office-unit", "DISKOMINFO").await;
    app.fill(
        "#office-address",
        "Jl. Kolonel Soetadji No. 1, Tanjung Selor",
    )
    .await;
    app.fill("#admin-name", "Siti Aminah").await;
    app.fill("#admin-nip", "12345").await;
    app.fill("#admin-position", "Pengelola Sistem Informasi")
        .await;
    app.fill("#admin-pin", "246810").await;
    app.fill("#admin-pin2", "246810").await;
    app.click("#firstrun-submit").await;
    app.wait_text("[data-testid=\"error-nip\"]", "NIP harus 18 angka")
        .await;
    app.fill("#admin-nip", "198001012005011001").await;
    app.fill("#admin-pin2", "246811").await;
    app.click("#firstrun-submit").await;
    app.wait_text("[data-testid=\"error-pin2\"]", "tidak sama")
        .await;
    app.fill("#admin-pin2", "246810").await;
    app.screenshot("01-first-run").await;
    app.click("#firstrun-submit").await;

    // The administrator is signed in at once; the admin's menu has no registration.
    app.wait_text("[data-testid=\"current-user\"]", "Siti Aminah")
        .await;
    app.wait_for("#nav-settings").await;
    assert_eq!(
        count(&app, "#nav-intake").await,
        0,
        "an admin does not register"
    );
    app.screenshot("02-agenda-empty").await;

    // Settings: the admin adds the Kasi with a first PIN, then sets a new one for him.
    app.click("#nav-settings").await;
    app.fill("#user-name", KASI).await;
    app.fill("#user-nip", KASI_NIP).await;
    app.fill("#user-position", "Kepala Seksi Media").await;
    app.fill("#user-pin", "12").await;
    app.click("#user-add").await;
    app.wait_text("[data-testid=\"error-pin\"]", "PIN").await;
    app.fill("#user-pin", "111111").await;
    app.click("#user-add").await;
    app.wait_text("[data-testid=\"user-row\"]", KASI).await;
    app.click(&format!(
        "[data-testid=\"user-row\"][data-nip=\"{KASI_NIP}\"] [data-testid=\"user-reset-pin\"]"
    ))
    .await;
    app.fill("#reset-pin", KASI_PIN).await;
    app.click("#reset-pin-submit").await;
    app.wait_text("[data-testid=\"reset-pin-done\"]", KASI)
        .await;
    app.screenshot("02b-settings-users").await;
    // Websites: the admin switches "Media Center" off; the operator will no longer see it.
    let media_center = "[data-testid=\"site-row\"]:nth-child(2)";
    app.wait_text(media_center, "Media Center").await;
    app.click(&format!("{media_center} label.switch")).await;
    app.wait_for(&format!("{media_center}.inactive")).await;
    app.screenshot("02e-settings-site-off").await;
    // Pengaturan → Cadangan: the button (the save dialog is the system's, not driven here).
    app.wait_for("#backup").await;
    let scroll = "document.getElementById('s-backup').scrollIntoView({block: 'center'})";
    app.driver().execute(scroll, Vec::new()).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    app.wait_text("#s-backup", "Cadangan").await;
    app.screenshot("02d-settings-backup").await;

    // Switch user: the Kasi signs in; a wrong PIN is refused next to the field.
    app.click("#switch-user").await;
    app.wait_for("[data-testid=\"signin-user\"]").await;
    app.screenshot("02c-sign-in").await;
    app.click(&format!(
        "[data-testid=\"signin-user\"][data-nip=\"{KASI_NIP}\"]"
    ))
    .await;
    app.fill("#signin-pin", "111111").await;
    app.click("#signin-submit").await;
    app.wait_text("[data-testid=\"error-pin\"]", "PIN salah")
        .await;
    app.fill("#signin-pin", KASI_PIN).await;
    app.click("#signin-submit").await;
    app.wait_text("[data-testid=\"current-user\"]", KASI).await;
    app.wait_for("#nav-intake").await;
    app.wait_for("#nav-check").await;

    // The intake form: a missing title is named next to the field, nothing is lost.
    app.click("#nav-intake").await;
    app.wait_for("[data-testid=\"intake-timer\"]").await;
    app.fill("#f-sender-org", SENDER).await;
    app.click("#intake-submit").await;
    app.wait_text("[data-testid=\"error-title\"]", "Judul wajib diisi")
        .await;

    app.fill("#f-title", TITLE).await;
    app.fill("#f-sender-contact", "dr. Ratna Sari Dewi").await;
    app.fill("#f-letter-no", "440/123/DINKES/XI/2026").await;
    app.fill("#f-event-place", "Puskesmas Tanjung Selor").await;
    app.fill(
        "#f-body",
        "Imunisasi campak dan rubela bagi anak usia sekolah.",
    )
    .await;
    app.click("#chk-kop").await;
    app.click("#chk-nomor").await;
    app.click("#chk-foto").await;
    let (a, b) = (photo(10), photo(90));
    app.drop_files(
        "[data-testid=\"dropzone\"]",
        &[
            ("kegiatan-1.jpg", &a, "image/jpeg"),
            ("kegiatan-2.jpg", &b, "image/jpeg"),
        ],
    )
    .await;
    wait_count(
        &app,
        "[data-testid=\"staged-item\"] img[data-testid=\"staged-thumb\"]",
        2,
    )
    .await;
    app.screenshot("03-intake-form").await;
    // Dates are typed day first whatever the computer's language; 31 February is refused.
    app.fill("#f-letter-date", "31/02/2026").await;
    app.click("#intake-submit").await;
    app.wait_text(
        "[data-testid=\"error-letter_date\"]",
        "tulis seperti 21/11/2026",
    )
    .await;
    app.fill("#f-letter-date", "20/11/2026").await;
    app.click("#intake-submit").await;
    app.wait_text("[data-testid=\"registered-agenda-no\"]", "001/")
        .await;
    app.screenshot("04-registered").await;

    // The agenda book shows it with its number and both thumbnails.
    app.click("#nav-agenda").await;
    app.wait_text("[data-testid=\"agenda-row\"]", TITLE).await;
    app.wait_text("[data-testid=\"agenda-no\"]", "001/").await;
    wait_count(
        &app,
        "[data-testid=\"agenda-row\"] img[data-testid=\"row-thumb\"]",
        2,
    )
    .await;
    app.screenshot("05-agenda").await;

    // Search by a word, then open it by its letter number.
    app.fill("#search", "rubela").await;
    app.wait_text("[data-testid=\"agenda-row\"]", TITLE).await;
    app.fill("#search", "banjir").await;
    wait_count(&app, "[data-testid=\"agenda-row\"]", 0).await;
    app.fill("#search", "440/123/DINKES/XI/2026").await;
    let search = app.wait_for("#search").await;
    search.send_keys(thirtyfour::Key::Enter).await.unwrap();
    app.wait_text("[data-testid=\"detail-title\"]", TITLE).await;
    wait_count(&app, "img[data-testid=\"evidence-thumb\"]", 2).await;
    app.wait_for("[data-testid=\"audit-row\"]").await;
    app.wait_for("[data-testid=\"timeline-step\"]").await;
    let detail = app.page_text().await;
    assert!(
        detail.contains(KASI),
        "the receiving officer is recorded:\n{detail}"
    );
    assert!(detail.contains("440/123/DINKES/XI/2026"));
    app.screenshot("06-detail").await;
    app.quit().await;

    // Closed and reopened: no one is signed in any more, and the record is still there.
    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    sign_in_with(&app, KASI_NIP, KASI_PIN).await;
    app.wait_text("[data-testid=\"agenda-row\"]", TITLE).await;
    app.screenshot("07-after-restart").await;
    app.quit().await;
}
