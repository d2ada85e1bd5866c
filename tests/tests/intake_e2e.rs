//! The Kasi's first day, through the real app in WebKit: set up the office, register a release
//! with two photos through the form, see it in the agenda with its number and thumbnails, find
//! it by search and by number, close the app, reopen it, and find it still there.

use pressdesk_tests::e2e::{temp_data_dir, App};

const TITLE: &str = "Vaksinasi Campak dan Rubela Serentak di Puskesmas Tanjung Selor";
const SENDER: &str = "Dinas Kesehatan";

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

async fn count(app: &App, css: &str) -> usize {
    app.driver()
        .find_all(thirtyfour::By::Css(css))
        .await
        .map(|v| v.len())
        .unwrap_or(0)
}

async fn wait_count(app: &App, css: &str, n: usize) {
    for _ in 0..150 {
        if count(app, css).await == n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!(
        "expected {n} × {css}, found {}\n{}",
        count(app, css).await,
        app.page_text().await
    );
}

#[tokio::test]
async fn a_kasi_registers_a_release_with_photos_and_finds_it_again_after_a_restart() {
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
    app.fill("#admin-name", "Rahmat Hidayat").await;
    app.fill("#admin-nip", "12345").await;
    app.fill("#admin-position", "Kepala Seksi Media").await;
    app.click("#firstrun-submit").await;
    app.wait_text("[data-testid=\"error-nip\"]", "NIP harus 18 angka")
        .await;
    app.fill("#admin-nip", "198207092006041003").await;
    app.screenshot("01-first-run").await;
    app.click("#firstrun-submit").await;
    app.wait_for("#nav-intake").await;
    app.screenshot("02-agenda-empty").await;

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
        detail.contains("Rahmat Hidayat"),
        "the receiving officer is recorded:\n{detail}"
    );
    assert!(detail.contains("440/123/DINKES/XI/2026"));
    app.screenshot("06-detail").await;
    app.quit().await;

    // Closed and reopened: the record is still there.
    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    app.wait_text("[data-testid=\"agenda-row\"]", TITLE).await;
    app.screenshot("07-after-restart").await;
    app.quit().await;
}
