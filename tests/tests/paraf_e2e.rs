//! Steps 2–3 of the SOP through the real app in WebKit. The command line prepares an office
//! with demo data and four fresh releases the Kasi has checked; then the Kadis signs in, writes
//! his initials on the pad, approves three releases as one batch and rejects the fourth with
//! his saved initials; the Kabid co-initials all four; the groups count them; the Kasi opens an
//! approved release, finds it immutable, and previews its release sheet; the Kadis revokes the
//! rejected one's paraf, which stays in the trail struck through.

use std::path::Path;

use pressdesk_tests::e2e::{output_dir, skip_without_display, temp_data_dir, App};
use pressdesk_tests::steps::{
    cli, count, draw_initials, shot, sign_in_as, text_of, wait_count, PIN,
};
use thirtyfour::prelude::*;

const KADIS: &str = "196805121993031004";
const KABID: &str = "197503172000032002";
const KASI: &str = "198207092006041003";

const TITLES: [&str; 4] = [
    "Festival Budaya Irau Malinau Dibuka Gubernur",
    "Pelatihan Jurnalistik bagi Humas Perangkat Daerah",
    "Peresmian Pasar Rakyat Tanjung Selor",
    "Lomba Perahu Naga Sungai Kayan",
];

fn photo(seed: u8) -> Vec<u8> {
    let img = image::RgbImage::from_fn(1200, 800, |x, y| {
        image::Rgb([seed.wrapping_add((x / 5) as u8), (y / 4) as u8, 120])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    out
}

/// Registers the four releases (complete checklist, one photo each) and has the Kasi check
/// them, so they wait in the Kadis's queue. Returns their ids in `TITLES` order.
fn prepare(data: &Path, scratch: &Path) -> Vec<String> {
    cli(data, &["demo", "--releases", "12"]);
    let mut ids = Vec::new();
    for (i, title) in TITLES.iter().enumerate() {
        let json = serde_json::json!({
            "received_at": null,
            "sender_org": "Dinas Pariwisata",
            "sender_contact": "Budi Santoso 0812 5500 1234",
            "letter_no": format!("556/{}/DISPAR/XI/2026", 40 + i),
            "letter_date": null,
            "title": title,
            "news_type_id": null,
            "news_type": null,
            "event_date": null,
            "event_place": "Malinau",
            "body": "Kegiatan dihadiri pejabat daerah dan masyarakat setempat.",
            "checklist": ["kop", "nomor", "perihal", "isi", "ttd", "foto", "narahubung"],
            "remarks": "",
            "received_by": null,
            "evidence": [],
            "intake_started_at": null,
        });
        let file = scratch.join(format!("release-{i}.json"));
        std::fs::write(&file, json.to_string()).unwrap();
        let jpg = scratch.join(format!("kegiatan-{i}.jpg"));
        std::fs::write(&jpg, photo(40 * i as u8)).unwrap();
        let out = cli(
            data,
            &[
                "register",
                "--json",
                file.to_str().unwrap(),
                "--attach",
                jpg.to_str().unwrap(),
            ],
        );
        let detail: serde_json::Value = serde_json::from_str(&out).expect("register prints JSON");
        let id = detail["summary"]["id"].as_str().unwrap().to_owned();
        cli(data, &["check", &id, "--user", KASI, "--pin", PIN]);
        ids.push(id);
    }
    ids
}

async fn number(app: &App, css: &str) -> u32 {
    let text = text_of(app, css).await;
    text.trim()
        .replace('.', "")
        .parse()
        .unwrap_or_else(|_| panic!("{css} is not a number: {text:?}"))
}

fn row(id: &str) -> String {
    format!("[data-testid=\"paraf-row\"][data-id=\"{id}\"]")
}

async fn select(app: &App, id: &str) {
    app.click(&format!("{} [data-testid=\"paraf-select\"]", row(id)))
        .await;
}

#[tokio::test]
async fn the_kadis_and_kabid_initial_a_batch_and_the_release_becomes_immutable() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    let scratch = tempfile::tempdir().unwrap();
    let ids = prepare(data.path(), scratch.path());
    let listed = cli(data.path(), &["list", "--status", "Registered", "--json"]);
    for id in &ids {
        assert!(listed.contains(id.as_str()), "{id} waits as Registered");
    }

    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    app.wait_for("[data-testid=\"signin-user\"]").await;
    shot(&app, "paraf-01-sign-in").await;

    // The Kadis lands on his queue; the four checked releases are in it.
    sign_in_as(&app, KADIS).await;
    app.wait_text("[data-testid=\"current-user\"]", "Kadis")
        .await;
    assert_eq!(
        count(&app, "#nav-intake").await,
        0,
        "a Kadis does not register"
    );
    app.click("#nav-paraf").await;
    for id in &ids {
        app.wait_for(&row(id)).await;
    }

    // Select three (the queue shows the newest first); the review shows the one just ticked,
    // and ←/→ or the buttons walk it through the selection.
    for id in &ids[..3] {
        select(&app, id).await;
    }
    app.wait_text("[data-testid=\"paraf-selected\"]", "3 dipilih")
        .await;
    app.wait_text("[data-testid=\"paraf-position\"]", "Rilis 1 dari 3")
        .await;
    app.wait_text("[data-testid=\"review-title\"]", TITLES[2])
        .await;
    app.driver()
        .action_chain()
        .send_keys(Key::Right)
        .perform()
        .await
        .unwrap();
    app.wait_text("[data-testid=\"paraf-position\"]", "Rilis 2 dari 3")
        .await;
    app.wait_text("[data-testid=\"review-title\"]", TITLES[1])
        .await;
    app.click("#paraf-next").await;
    app.wait_text("[data-testid=\"review-title\"]", TITLES[0])
        .await;
    app.click("#paraf-prev").await;
    app.wait_text("[data-testid=\"paraf-position\"]", "Rilis 2 dari 3")
        .await;
    app.wait_for("img[data-testid=\"review-thumb\"]").await;
    app.wait_text("#paraf-review", "3 rilis").await;

    // No decision is preselected; an empty pad is refused before anything is sent. The batch
    // shows its count per decision before the PIN is asked; a wrong PIN is refused.
    app.click("#paraf-review").await;
    app.wait_text("[data-testid=\"error-decision\"]", "Pilih keputusan")
        .await;
    app.click("#decision-approve").await;
    app.click("#paraf-review").await;
    app.wait_text("[data-testid=\"error-initials\"]", "kosong")
        .await;
    assert_eq!(
        count(&app, "#paraf-pin").await,
        0,
        "no PIN before the batch is confirmed"
    );
    draw_initials(&app).await;
    app.click("#save-initials").await;
    app.click("#paraf-review").await;
    app.wait_text("[data-testid=\"paraf-confirm\"]", "3 rilis akan diparaf")
        .await;
    app.wait_text("[data-testid=\"confirm-approve\"]", "Setuju: 3")
        .await;
    app.wait_text("[data-testid=\"confirm-reject\"]", "Tidak setuju: 0")
        .await;
    app.wait_text("#paraf-submit", "Paraf 3 rilis").await;
    app.fill("#paraf-pin", "999999").await;
    shot(&app, "paraf-02-kadis-review").await;
    app.click("#paraf-submit").await;
    app.wait_text("[data-testid=\"error-pin\"]", "PIN salah")
        .await;

    // Approve the three as one batch.
    app.fill("#paraf-pin", PIN).await;
    app.fill("#paraf-note", "Layak tayang.").await;
    app.click("#paraf-submit").await;
    app.wait_text("[data-testid=\"paraf-result\"]", "3 rilis diparaf")
        .await;
    for id in &ids[..3] {
        wait_count(&app, &row(id), 0).await;
    }
    shot(&app, "paraf-03-kadis-approved").await;

    // Reject the fourth with the initials just saved.
    select(&app, &ids[3]).await;
    app.click("#decision-reject").await;
    app.fill("#paraf-note", "Foto tidak sesuai dengan kegiatan.")
        .await;
    app.click("#use-saved").await;
    app.wait_for("[data-testid=\"saved-initials\"] img").await;
    app.fill("#paraf-pin", PIN).await;
    app.wait_text("#paraf-submit", "Paraf 1 rilis").await;
    shot(&app, "paraf-04-kadis-reject").await;
    app.click("#paraf-submit").await;
    app.wait_text("[data-testid=\"paraf-result\"]", "tidak setuju")
        .await;
    wait_count(&app, &row(&ids[3]), 0).await;

    // The groups before the Kabid's paraf.
    app.click("#nav-groups").await;
    app.wait_for("[data-testid=\"group-approved\"]").await;
    app.wait_for("[data-testid=\"group-rejected\"]").await;
    let approved_before = number(&app, "[data-testid=\"group-approved-count\"]").await;
    let rejected_before = number(&app, "[data-testid=\"group-rejected-count\"]").await;

    // The Kabid co-initials all four: three approved, one rejected by the Kadis.
    sign_in_as(&app, KABID).await;
    app.click("#nav-paraf").await;
    for id in &ids {
        app.wait_for(&row(id)).await;
    }
    app.wait_text(&format!("{} .mark", row(&ids[3])), "Kadis: Tidak setuju")
        .await;
    for id in &ids {
        select(&app, id).await;
    }
    draw_initials(&app).await;
    app.click("#decision-approve").await;
    app.click("#paraf-review").await;
    app.wait_text("[data-testid=\"confirm-approve\"]", "Setuju: 4")
        .await;
    app.wait_text(
        "[data-testid=\"confirm-kadis\"]",
        "setuju 3, tidak setuju 1",
    )
    .await;
    app.fill("#paraf-pin", PIN).await;
    shot(&app, "paraf-05-kabid").await;
    app.click("#paraf-submit").await;
    app.wait_text("[data-testid=\"paraf-result\"]", "4 rilis diparaf")
        .await;

    // Kelompok: three more approved, one more not approved, and a row for today.
    app.click("#nav-groups").await;
    app.wait_text("[data-testid=\"group-approved\"]", TITLES[0])
        .await;
    app.wait_text("[data-testid=\"group-rejected\"]", TITLES[3])
        .await;
    assert_eq!(
        number(&app, "[data-testid=\"group-approved-count\"]").await,
        approved_before + 3
    );
    assert_eq!(
        number(&app, "[data-testid=\"group-rejected-count\"]").await,
        rejected_before + 1
    );
    app.wait_for("[data-testid=\"group-day\"]").await;
    shot(&app, "paraf-06-groups").await;

    // The Kasi: the check queue, then an approved release, immutable, and its sheet.
    sign_in_as(&app, KASI).await;
    app.click("#nav-check").await;
    app.wait_for("[data-testid=\"check-row\"]").await;
    shot(&app, "paraf-07-kasi-check").await;

    // A release still waiting for the check goes back with a reason.
    app.click("[data-testid=\"check-row\"] [data-testid=\"check-return\"]")
        .await;
    app.click("#return-submit").await;
    app.wait_for("[data-testid=\"error-reason\"]").await;
    app.fill("#return-reason", "Surat pengantar belum ditandatangani.")
        .await;
    app.click("#return-submit").await;
    app.wait_text("[data-testid=\"check-result\"]", "dikembalikan")
        .await;

    // A paraf written on paper: the Kasi attaches the scan for the official it waits for.
    app.click("[data-testid=\"paper-row\"] [data-testid=\"paper-open\"]")
        .await;
    app.wait_for("#paper-official").await;
    let scan = photo(200);
    app.drop_files("#paper-scan", &[("paraf-kertas.jpg", &scan, "image/jpeg")])
        .await;
    app.wait_for("img[data-testid=\"paper-scan-thumb\"]").await;
    app.fill("#paper-note", "Diparaf pada lembar cetak.").await;
    shot(&app, "paraf-07b-kasi-paper").await;
    app.click("#paper-submit").await;
    app.wait_text("[data-testid=\"check-result\"]", "Paraf kertas")
        .await;
    app.click("#nav-groups").await;
    app.click(&format!(
        "[data-testid=\"group-approved\"] [data-testid=\"group-row\"][data-id=\"{}\"]",
        ids[0]
    ))
    .await;
    app.wait_text("[data-testid=\"detail-title\"]", TITLES[0])
        .await;
    app.wait_text(
        "[data-testid=\"immutable-note\"]",
        "Rilis ini sudah diparaf dan tidak dapat diubah. Hanya Kadis yang dapat mencabut parafnya.",
    )
    .await;
    wait_count(&app, "[data-testid=\"paraf-entry\"]", 2).await;
    wait_count(&app, "img[data-testid=\"paraf-initials\"]", 2).await;
    let trail = text_of(&app, "[aria-labelledby=\"d-paraf\"]").await;
    assert!(
        trail.contains("Kadis") && trail.contains("Kabid"),
        "{trail}"
    );
    assert!(trail.contains("Layak tayang."), "{trail}");
    assert_eq!(
        count(&app, "#revoke-open").await,
        0,
        "only the Kadis revokes"
    );
    for form in ["input:not([type=\"search\"])", "textarea", "select"] {
        assert_eq!(
            count(&app, &format!(".detail {form}")).await,
            0,
            "nothing to change on an initialed release ({form})"
        );
    }
    shot(&app, "paraf-08-kasi-immutable").await;

    app.click("#sheet-open").await;
    app.wait_for("[data-testid=\"sheet-preview\"]").await;
    app.wait_for("canvas[data-testid=\"sheet-page\"][data-rendered=\"true\"]")
        .await;
    app.wait_for("#sheet-save").await;
    app.wait_for("#sheet-print").await;
    shot(&app, "paraf-09-sheet").await;
    app.click("#sheet-close").await;
    wait_count(&app, "[data-testid=\"sheet-preview\"]", 0).await;

    // The Kadis revokes his paraf on the rejected one: it stays in the trail, struck through,
    // and the release waits for him again.
    sign_in_as(&app, KADIS).await;
    app.click("#nav-groups").await;
    app.click(&format!(
        "[data-testid=\"group-rejected\"] [data-testid=\"group-row\"][data-id=\"{}\"]",
        ids[3]
    ))
    .await;
    app.click("#revoke-open").await;
    app.fill("#revoke-reason", "Foto pengganti sudah diterima.")
        .await;
    app.fill("#revoke-pin", PIN).await;
    app.click("#revoke-submit").await;
    app.wait_text("[data-testid=\"revoke-result\"]", "dicabut")
        .await;
    wait_count(
        &app,
        "[data-testid=\"paraf-entry\"][data-revoked=\"true\"]",
        2,
    )
    .await;
    app.wait_text(
        "[data-testid=\"paraf-revoked\"]",
        "Dicabut: Foto pengganti sudah diterima.",
    )
    .await;
    wait_count(&app, "[data-testid=\"immutable-note\"]", 0).await;
    shot(&app, "paraf-10-revoked").await;
    app.click("#nav-paraf").await;
    app.wait_for(&row(&ids[3])).await;

    eprintln!("screenshots in {}", output_dir().display());
    app.quit().await;
}
