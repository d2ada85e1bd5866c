//! Paper parafs through the real app: the Kasi (CLI) records two paper parafs in the Kadis's
//! name; at his next sign-in the Kadis sees both with their scans, confirms one and marks the
//! other "Bukan paraf saya" with a reason, which sends that release back to his queue; the
//! Kasi is shown what to correct; then a day's groups are previewed as their printed page.

use std::path::Path;

use pressdesk_tests::e2e::{skip_without_display, temp_data_dir, App};
use pressdesk_tests::steps::{cli, shot, sign_in_as, wait_count, PIN};

const KADIS: &str = "196805121993031004";
const KASI: &str = "198207092006041003";

fn jpeg(w: u32, h: u32, page: bool) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        if page {
            let initials = x > w * 2 / 3
                && (y as f64 - h as f64 * 0.85 - (x as f64 / 9.0).sin() * 12.0).abs() < 3.0;
            if initials {
                image::Rgb([25, 35, 150])
            } else if y % 26 < 5 && x > 40 && x < w - 40 && y < h * 3 / 4 {
                image::Rgb([90, 90, 90])
            } else {
                image::Rgb([248, 248, 244])
            }
        } else {
            image::Rgb([(x / 5) as u8, (y / 4) as u8, 120])
        }
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    out
}

/// Two checked releases, each with a paper paraf of the Kadis recorded by the Kasi.
fn prepare(data: &Path, scratch: &Path) -> Vec<String> {
    cli(data, &["demo", "--releases", "12"]);
    let scan = scratch.join("pindaian.jpg");
    std::fs::write(&scan, jpeg(620, 877, true)).unwrap();
    let mut ids = Vec::new();
    for (i, title) in ["Rapat Koordinasi Bencana", "Pameran UMKM Bulungan"]
        .iter()
        .enumerate()
    {
        let json = scratch.join(format!("r{i}.json"));
        let body = serde_json::json!({
            "title": title, "sender": "Dinas Sosial",
            "checklist": ["kop", "nomor", "perihal", "isi", "ttd", "foto", "narahubung"],
        });
        std::fs::write(&json, body.to_string()).unwrap();
        let photo = scratch.join(format!("foto-{i}.jpg"));
        std::fs::write(&photo, jpeg(800, 600, false)).unwrap();
        let out = cli(
            data,
            &[
                "register",
                "--json",
                json.to_str().unwrap(),
                "--attach",
                photo.to_str().unwrap(),
            ],
        );
        let detail: serde_json::Value = serde_json::from_str(&out).unwrap();
        let id = detail["summary"]["id"].as_str().unwrap().to_owned();
        cli(data, &["check", &id, "--user", KASI, "--pin", PIN]);
        cli(
            data,
            &[
                "paraf",
                "paper",
                &id,
                "--user",
                KASI,
                "--pin",
                PIN,
                "--official",
                KADIS,
                "--decision",
                "setuju",
                "--scan",
                scan.to_str().unwrap(),
            ],
        );
        ids.push(id);
    }
    ids
}

#[tokio::test]
async fn the_kadis_confirms_one_paper_paraf_and_disowns_the_other_at_sign_in() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    let scratch = tempfile::tempdir().unwrap();
    let ids = prepare(data.path(), scratch.path());

    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    sign_in_as(&app, KADIS).await;
    app.wait_text(
        "[data-testid=\"paper-confirm\"]",
        "Paraf kertas atas nama Anda (2)",
    )
    .await;
    wait_count(&app, "[data-testid=\"paper-item\"] img", 2).await;
    shot(&app, "paper-01-kadis-sees-paper-parafs").await;

    // Confirm the first; the PIN is asked.
    let first = "[data-testid=\"paper-item\"]:first-child";
    app.click(&format!("{first} [data-testid=\"confirm-paper\"]"))
        .await;
    app.wait_text("[data-testid=\"paper-confirm\"]", "Masukkan PIN")
        .await;
    app.fill("#paper-pin", PIN).await;
    app.click(&format!("{first} [data-testid=\"confirm-paper\"]"))
        .await;
    app.wait_text("[data-testid=\"paper-confirm\"]", "dikonfirmasi")
        .await;
    wait_count(&app, "[data-testid=\"paper-item\"]", 1).await;

    // The other is not his: a reason is needed.
    app.click("[data-testid=\"disown-paper\"]").await;
    app.click("[data-testid=\"disown-submit\"]").await;
    app.wait_text("[data-testid=\"paper-confirm\"]", "Alasan")
        .await;
    app.fill(
        "textarea[id^=\"disown-reason-\"]",
        "Saya sedang dinas luar kota.",
    )
    .await;
    shot(&app, "paper-02-disown-with-reason").await;
    app.click("[data-testid=\"disown-submit\"]").await;
    app.wait_text("[data-testid=\"paper-confirm\"]", "bukan paraf Anda")
        .await;
    wait_count(&app, "[data-testid=\"paper-item\"]", 0).await;
    shot(&app, "paper-03-after-review").await;

    let first_state = cli(data.path(), &["show", &ids[0], "--json"]);
    assert!(first_state.contains("\"Initialed\""), "{first_state}");
    let second_state = cli(data.path(), &["show", &ids[1], "--json"]);
    assert!(
        second_state.contains("\"Registered\""),
        "back in the Kadis's queue"
    );
    assert!(second_state.contains("Bukan paraf saya"), "{second_state}");

    // The Kasi is told which paper paraf to correct.
    sign_in_as(&app, KASI).await;
    app.click("#nav-check").await;
    app.wait_text(
        "[data-testid=\"disowned-paper\"]",
        "Saya sedang dinas luar kota.",
    )
    .await;
    shot(&app, "paper-04-kasi-told-to-correct").await;

    // A day's groups, as printed.
    app.click("#nav-groups").await;
    app.click("[data-testid=\"group-day-print\"]").await;
    app.wait_for("canvas[data-testid=\"kelompok-page\"][data-page=\"1\"][data-rendered=\"true\"]")
        .await;
    shot(&app, "paper-05-groups-page").await;
    app.quit().await;
}
