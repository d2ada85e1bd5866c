//! A real week at the Kasi's desk through the app in WebKit: a release registered with a typo
//! in its title is corrected on its detail page (the audit trail shows before and after, the
//! agenda number stays); an incomplete one is returned with a reason from the check queue,
//! corrected, sent to the check again and checked complete.

use std::path::Path;

use pressdesk_tests::e2e::{skip_without_display, temp_data_dir, App};
use pressdesk_tests::steps::{cli, count, shot, sign_in_as, text_of};

const KASI: &str = "198207092006041003";

/// Registers a release through the CLI with one photo and the given checklist; its id.
fn register(data: &Path, title: &str, checklist: &[&str], seed: u8) -> String {
    let json = serde_json::json!({
        "sender_org": "Dinas Pariwisata",
        "letter_no": format!("556/{seed}/DISPAR/2026"),
        "title": title,
        "checklist": checklist,
    });
    let file = data.join(format!("release-{seed}.json"));
    std::fs::write(&file, json.to_string()).unwrap();
    let img = image::RgbImage::from_fn(800, 600, |x, y| {
        image::Rgb([seed.wrapping_add((x / 5) as u8), (y / 4) as u8, 90])
    });
    let jpg = data.join(format!("foto-{seed}.jpg"));
    img.save(&jpg).unwrap();
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
    detail["summary"]["id"].as_str().unwrap().to_owned()
}

fn row(id: &str, inner: &str) -> String {
    format!("[data-testid=\"check-row\"][data-id=\"{id}\"] [data-testid=\"{inner}\"]")
}

#[tokio::test]
async fn the_kasi_corrects_a_typo_and_brings_a_returned_release_back_to_the_check() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    cli(data.path(), &["demo", "--releases", "3"]);
    let all = [
        "kop",
        "nomor",
        "perihal",
        "isi",
        "ttd",
        "foto",
        "narahubung",
    ];
    let typo = register(
        data.path(),
        "Festival Budaya Irau Malinau Dibka Gubernur",
        &all,
        1,
    );
    let short = register(data.path(), "Lomba Perahu Naga Sungai Kayan", &["kop"], 2);

    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    sign_in_as(&app, KASI).await;

    // The typo: opened from the check queue, corrected on the detail page.
    app.click("#nav-check").await;
    app.click(&format!(
        "[data-testid=\"check-row\"][data-id=\"{typo}\"] .link"
    ))
    .await;
    let number = text_of(&app, "[data-testid=\"detail-agenda-no\"]").await;
    app.click("#edit-open").await;
    app.fill("#e-title", "Festival Budaya Irau Malinau Dibuka Gubernur")
        .await;
    shot(&app, "corrections-01-edit-form").await;
    app.click("#edit-save").await;
    app.wait_text("[data-testid=\"correction-result\"]", "Perbaikan tersimpan")
        .await;
    app.wait_text("[data-testid=\"detail-title\"]", "Dibuka Gubernur")
        .await;
    assert_eq!(
        text_of(&app, "[data-testid=\"detail-agenda-no\"]").await,
        number
    );
    let changes = text_of(&app, "[data-testid=\"audit-changes\"]").await;
    assert!(
        changes.contains("Dibka") && changes.contains("Dibuka"),
        "{changes}"
    );
    shot(&app, "corrections-02-corrected").await;

    // The incomplete one: returned with a reason, corrected, sent again, checked.
    app.click("#nav-check").await;
    app.click(&row(&short, "check-return")).await;
    app.fill("#return-reason", "Tanpa tanda tangan pejabat")
        .await;
    app.click("#return-submit").await;
    app.wait_text(
        &row(&short, "check-returned"),
        "menunggu perbaikan pengirim",
    )
    .await;
    assert_eq!(count(&app, &row(&short, "check-complete")).await, 0);
    shot(&app, "corrections-03-returned").await;
    app.click(&row(&short, "check-fix")).await;
    app.wait_text(
        "[data-testid=\"returned-note\"]",
        "Tanpa tanda tangan pejabat",
    )
    .await;
    app.click("#edit-open").await;
    for key in &all[1..] {
        app.click(&format!("#e-chk-{key}")).await;
    }
    app.click("#edit-save").await;
    app.wait_text("[data-testid=\"correction-result\"]", "Perbaikan tersimpan")
        .await;
    app.click("#resubmit").await;
    app.wait_text("[data-testid=\"correction-result\"]", "dikirim ulang")
        .await;
    shot(&app, "corrections-04-resubmitted").await;
    app.click("#nav-check").await;
    app.click(&row(&short, "check-complete")).await;
    app.wait_text("body", "lengkap dan dikirim ke antrean paraf Kadis")
        .await;

    let shown = cli(data.path(), &["show", &short]);
    assert!(
        shown.contains("Dikembalikan") && shown.contains("Dikirim ulang"),
        "{shown}"
    );
    assert!(shown.contains("Tanpa tanda tangan pejabat"), "{shown}");
    app.quit().await;
}
