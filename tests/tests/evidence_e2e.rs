//! Every kind of evidence opens, through the real app in WebKit. The command line prepares a
//! demo office and registers a release with two photos (one turned by EXIF), a video and the
//! sender's PDF letter. The Operator Website opens it: the video plays in the app (the player
//! gets its duration and seeks), the letter opens in the PDF viewer, the turned photo shows its
//! upright size, and "Simpan semua" writes every original into a folder under its own name;
//! a second time nothing is overwritten and the operator is told.
//!
//! The folder dialog is the system's, which WebDriver cannot drive: the app is started with
//! `PRESSDESK_TEST_SAVE_DIR` (test only), which the save commands use instead of asking.

use std::path::Path;
use std::time::Duration;

use pressdesk_tests::e2e::{skip_without_display, temp_data_dir, App};
use pressdesk_tests::steps::{cli, shot, sign_in_as, text_of, wait_count};
use serde_json::Value;
use thirtyfour::Key;

const OPERATOR: &str = "199001152015032001";
const VIDEO: &[u8] = include_bytes!("../../src-tauri/core/tests/fixtures/kegiatan.mp4");
const LETTER: &[u8] = include_bytes!("../../src-tauri/core/tests/fixtures/surat-pengantar.pdf");
const LETTER_NO: &str = "440/777/DINKES/XII/2026";

fn jpeg(w: u32, h: u32, seed: u8) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([seed.wrapping_add((x / 5) as u8), (y / 4) as u8, 140])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    out
}

/// The JPEG with an EXIF segment saying "rotate 90° clockwise" (orientation 6), as a phone
/// held upright writes it.
fn turned(jpeg: &[u8]) -> Vec<u8> {
    let mut tiff = b"II*\0".to_vec();
    tiff.extend_from_slice(&8u32.to_le_bytes());
    tiff.extend_from_slice(&1u16.to_le_bytes());
    tiff.extend_from_slice(&0x0112u16.to_le_bytes());
    tiff.extend_from_slice(&3u16.to_le_bytes());
    tiff.extend_from_slice(&1u32.to_le_bytes());
    tiff.extend_from_slice(&6u16.to_le_bytes());
    tiff.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// Polls `script` (returning a boolean) until true, for up to 15 s.
async fn until(app: &App, what: &str, script: &str) {
    for _ in 0..150 {
        let ok = app.driver().execute(script, Vec::new()).await;
        if ok.ok().and_then(|v| v.convert::<bool>().ok()) == Some(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{what} did not happen\n{}", app.page_text().await);
}

async fn number(app: &App, script: &str) -> f64 {
    app.driver()
        .execute(script, Vec::new())
        .await
        .unwrap()
        .convert::<f64>()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_operator_plays_a_video_reads_the_letter_and_saves_all_originals() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    cli(data.path(), &["demo", "--releases", "5"]);
    let files = tempfile::tempdir().unwrap();
    let (upright, landscape) = (turned(&jpeg(500, 741, 20)), jpeg(1200, 800, 90));
    let attach: [(&str, &[u8]); 4] = [
        ("foto-tegak.jpg", &upright),
        ("foto-lebar.jpg", &landscape),
        ("kegiatan.mp4", VIDEO),
        ("surat-pengantar.pdf", LETTER),
    ];
    let mut args = vec!["register".to_owned(), "--json".to_owned()];
    let json = files.path().join("rilis.json");
    let input = serde_json::json!({
        "title": "Vaksinasi Campak dan Rubela Serentak di Puskesmas Tanjung Selor",
        "sender": "Dinas Kesehatan",
        "letter_no": LETTER_NO,
    });
    std::fs::write(&json, input.to_string()).unwrap();
    args.push(json.display().to_string());
    for (name, bytes) in attach {
        let path = files.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        args.extend(["--attach".to_owned(), path.display().to_string()]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let detail: Value = serde_json::from_str(&cli(data.path(), &args)).unwrap();
    let agenda_no = detail["summary"]["agenda_no"].as_str().unwrap().to_owned();

    // Test only: the save commands write here instead of opening the system's dialog. The
    // driver (and through it the app) inherits this process's environment.
    let out = tempfile::tempdir().unwrap();
    std::env::set_var("PRESSDESK_TEST_SAVE_DIR", out.path());

    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"signin-user\"]").await;
    sign_in_as(&app, OPERATOR).await;
    app.click("#nav-agenda").await;
    app.fill("#search", LETTER_NO).await;
    let search = app.wait_for("#search").await;
    search.send_keys(Key::Enter).await.unwrap();
    app.wait_text("[data-testid=\"detail-title\"]", "Vaksinasi")
        .await;
    wait_count(&app, "img[data-testid=\"evidence-thumb\"]", 2).await;
    wait_count(&app, "[data-testid=\"evidence-file\"]", 2).await;
    let evidence = "document.getElementById('d-evidence').scrollIntoView({block: 'start'})";
    app.driver().execute(evidence, Vec::new()).await.unwrap();
    shot(&app, "evidence-01-gallery").await;

    // The video plays in the app: the player reads its duration, then seeks near the end.
    app.click("[data-testid=\"evidence-file\"][data-kind=\"video\"] button")
        .await;
    app.wait_for("video[data-testid=\"video\"]").await;
    let video = "document.querySelector('video[data-testid=\"video\"]')";
    until(
        &app,
        "the video's metadata",
        &format!("const v = {video}; return !!v && v.readyState >= 1 && v.duration > 0;"),
    )
    .await;
    let duration = number(&app, &format!("return {video}.duration;")).await;
    assert!((duration - 3.0).abs() < 0.2, "duration {duration}");
    app.wait_text("[data-testid=\"video-meta\"]", "0:03").await;
    app.driver()
        .execute(&format!("{video}.currentTime = 2.5;"), Vec::new())
        .await
        .unwrap();
    until(
        &app,
        "the seek",
        &format!(
            "const v = {video}; return !v.seeking && v.currentTime > 2.0 && v.readyState >= 2;"
        ),
    )
    .await;
    shot(&app, "evidence-02-video").await;
    app.click("#video-close").await;
    wait_count(&app, "[data-testid=\"video-player\"]", 0).await;

    // The sender's letter opens in the PDF viewer.
    app.click("[data-testid=\"evidence-file\"][data-kind=\"letter\"] button")
        .await;
    app.wait_for("[data-testid=\"letter-preview\"]").await;
    app.wait_for("canvas[data-testid=\"letter-page\"][data-rendered=\"true\"]")
        .await;
    app.wait_text("#letter-title", "surat-pengantar.pdf").await;
    shot(&app, "evidence-03-letter").await;
    app.click("#letter-close").await;
    wait_count(&app, "[data-testid=\"letter-preview\"]", 0).await;

    // The photo taken upright shows large, with its upright size.
    app.click("button[aria-label=\"Buka foto-tegak.jpg\"]")
        .await;
    app.wait_for("[data-testid=\"lightbox-image\"]").await;
    app.wait_text("[data-testid=\"lightbox\"]", "741×500 px")
        .await;
    until(
        &app,
        "the photo loaded",
        "const i = document.querySelector('[data-testid=\"lightbox-image\"]'); \
         return !!i && i.complete && i.naturalWidth > 0;",
    )
    .await;
    shot(&app, "evidence-04-photo").await;
    app.click("[data-testid=\"lightbox-close\"]").await;

    // All originals into the folder, under their own names, byte for byte.
    app.click("#evidence-save-all").await;
    app.wait_text("[data-testid=\"evidence-save-note\"]", "4 berkas disimpan")
        .await;
    shot(&app, "evidence-05-saved").await;
    for (name, bytes) in attach {
        let saved = std::fs::read(out.path().join(name))
            .unwrap_or_else(|e| panic!("{name} was not saved: {e}"));
        assert_eq!(saved, bytes, "{name} is the original");
    }
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 4);

    // Again: nothing is overwritten, and the operator is told so.
    std::fs::write(out.path().join("foto-lebar.jpg"), b"edited for the website").unwrap();
    app.click("#evidence-save-all").await;
    app.wait_text("[data-testid=\"evidence-save-note\"]", "tidak ditimpa")
        .await;
    let note = text_of(&app, "[data-testid=\"evidence-save-note\"]").await;
    assert!(note.starts_with("Tidak ada berkas baru"), "{note}");
    assert_eq!(
        std::fs::read(out.path().join("foto-lebar.jpg")).unwrap(),
        b"edited for the website"
    );
    shot(&app, "evidence-06-not-overwritten").await;
    app.quit().await;

    // The command line saves the same originals (here: only the photos).
    let photos = tempfile::tempdir().unwrap();
    let printed = cli(
        data.path(),
        &[
            "evidence",
            "save",
            &agenda_no,
            "--out",
            &photos.path().display().to_string(),
            "--kind",
            "photo",
        ],
    );
    assert!(printed.contains("2 berkas disimpan"), "{printed}");
    assert_eq!(
        std::fs::read(Path::new(photos.path()).join("foto-tegak.jpg")).unwrap(),
        upright
    );
}
