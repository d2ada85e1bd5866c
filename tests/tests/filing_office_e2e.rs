//! The filing set-up of a real office through the app in WebKit. The Arsiparis closes a folder
//! (it is no longer suggested) and reopens it; label stocks and printer offsets left in the web
//! view's local storage by an earlier version move into the store on first load, and a shift
//! saved for a named printer is read back by the command line (so it is in the store, the same
//! for every account). The Admin sets the Kadis's rank in Pengaturan → Pengguna; the ledger
//! the command line prints carries it and the audit-chain head, which Pengaturan → Keutuhan
//! data finds in the chain.

use std::process::Command;

use pressdesk_core::model::TimeZone;
use pressdesk_core::timefmt;
use pressdesk_tests::e2e::{output_dir, skip_without_display, temp_data_dir, App};
use pressdesk_tests::steps::{choose, cli, set_value, shot, sign_in_as, value_of};

const ARCHIVIST: &str = "198511202010011002";
const ADMIN: &str = "198001012005011001";
const KADIS: &str = "196805121993031004";
const PRINTER: &str = "Epson L3110 ruang arsip";
const RANK: &str = "Pembina Utama (IV/e)";

fn row(code: &str) -> String {
    format!("[data-testid=\"folder-row\"][data-code=\"{code}\"]")
}

#[tokio::test]
async fn folders_close_and_reopen_label_setup_lives_in_the_store_and_the_ledger_shows_rank_and_head(
) {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    cli(data.path(), &["demo", "--releases", "20"]);
    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    app.wait_for("[data-testid=\"signin-user\"]").await;
    // What an earlier version kept in this web view: one stock, one shift (there before the
    // archivist signs in and lands on Arsip, as on an upgraded computer).
    let legacy = r#"
        localStorage.setItem('pressdesk.customStocks', JSON.stringify([{ name: 'Lama 3x7',
            label_w: 63, label_h: 38, cols: 3, rows: 7, margin_left: 7, margin_top: 15,
            gap_x: 2.5, gap_y: 0 }]));
        localStorage.setItem('pressdesk.printOffset.L7163', JSON.stringify({ x: 2, y: -1 }));"#;
    app.driver().execute(legacy, vec![]).await.unwrap();
    sign_in_as(&app, ARCHIVIST).await;

    // A closed folder is no longer suggested; reopened, it is again.
    app.click("#nav-archive").await;
    app.click("#tab-folders").await;
    let first = row("PR-2026-01");
    app.wait_for(&format!("{first} [data-testid=\"folder-suggested\"]"))
        .await;
    app.click(&format!("{first} [data-testid=\"folder-close\"]"))
        .await;
    app.fill("#folder-close-reason", "Map rusak, diganti").await;
    app.click("[data-testid=\"folder-close-confirm\"]").await;
    app.wait_text(
        "[data-testid=\"folder-closed-note\"]",
        "Map PR-2026-01 ditutup",
    )
    .await;
    app.wait_for(&format!("{first}.closed [data-testid=\"folder-reopen\"]"))
        .await;
    // The next open folder with room (the demo's folder of not-approved releases) is.
    app.wait_for(&format!(
        "{} [data-testid=\"folder-suggested\"]",
        row("PR-TL-2026-01")
    ))
    .await;
    shot(&app, "filing-office-01-folder-closed").await;
    app.click(&format!("{first} [data-testid=\"folder-reopen\"]"))
        .await;
    app.wait_text("[data-testid=\"folder-closed-note\"]", "dibuka kembali")
        .await;
    app.wait_for(&format!("{first} [data-testid=\"folder-suggested\"]"))
        .await;

    // The old stock and shift are in the store now, and gone from local storage.
    app.click("#tab-print").await;
    app.wait_for("#print-stock option[value=\"Lama 3x7\"]")
        .await;
    let left = app
        .driver()
        .execute(
            "return [localStorage.getItem('pressdesk.customStocks'), \
             localStorage.getItem('pressdesk.printOffset.L7163')];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(left.json(), &serde_json::json!([null, null]));
    choose(&app, "#print-stock", "L7163").await;
    assert_eq!(value_of(&app, "#print-printer").await, "Printer utama");
    assert_eq!(value_of(&app, "#offset-x").await, "2");
    assert_eq!(value_of(&app, "#offset-y").await, "-1");

    // Another printer has its own shift, saved as it is typed.
    set_value(&app, "#print-printer", PRINTER).await;
    assert_eq!(value_of(&app, "#offset-x").await, "0");
    set_value(&app, "#offset-x", "1.5").await;
    app.wait_text(
        "[data-testid=\"offset-saved\"]",
        &format!("Geser {PRINTER} untuk L7163 tersimpan"),
    )
    .await;
    shot(&app, "filing-office-02-printer-offset").await;

    // The Admin gives the Kadis a new rank.
    sign_in_as(&app, ADMIN).await;
    app.click("#nav-settings").await;
    let kadis = format!("[data-testid=\"user-row\"][data-nip=\"{KADIS}\"]");
    app.click(&format!("{kadis} [data-testid=\"user-edit-rank\"]"))
        .await;
    app.fill("#rank-input", RANK).await;
    app.click("#rank-submit").await;
    app.wait_text(&format!("{kadis} [data-testid=\"user-rank\"]"), RANK)
        .await;
    shot(&app, "filing-office-03-rank").await;

    // The ledger printed now carries the rank and the chain's head, which the app finds.
    let year = timefmt::local_date(timefmt::now(), TimeZone::WITA)
        .format("%Y")
        .to_string();
    let pdf = output_dir().join("filing-office-ledger.pdf");
    cli(
        data.path(),
        &["ledger", "--year", &year, "--out", pdf.to_str().unwrap()],
    );
    let text = Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains(RANK), "the rank under the Kadis's name");
    let head = text
        .split("Kepala rantai audit: ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the head in the footer")
        .to_owned();
    assert_eq!(head.len(), 64, "{head}");
    app.fill("#printed-head", &head[..16]).await;
    app.click("#printed-head-check").await;
    app.wait_text(
        "[data-testid=\"printed-head-found\"]",
        "Tercatat di rantai audit",
    )
    .await;
    let found = app.wait_for("[data-testid=\"printed-head-found\"]").await;
    found.scroll_into_view().await.unwrap();
    shot(&app, "filing-office-04-printed-head").await;
    eprintln!("screenshots in {}", output_dir().display());
    app.quit().await;

    // The command line reads the same set-up from the store.
    let labels = output_dir().join("filing-office-labels.pdf");
    let out = cli(
        data.path(),
        &[
            "labels",
            "--year",
            &year,
            "--stock",
            "Lama 3x7",
            "--printer",
            PRINTER,
            "--out",
            labels.to_str().unwrap(),
        ],
    );
    assert!(out.contains("label ditulis"), "{out}");
}
