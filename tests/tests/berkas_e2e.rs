//! The archive by the national rules through the app in WebKit: the Arsiparis numbers three
//! releases, opens a file (berkas) under a classification code, adds the three as its items
//! (an empty entry is refused under its field, a release of another code too), prints the
//! Daftar Isi Berkas and looks at it in the preview, then marks an item rahasia on its detail,
//! closes the file and records its move with its berita acara; the Admin sees the scheme in
//! Pengaturan; the command line's Daftar Isi Berkas of the year lists the three numbers.

use std::path::Path;

use pressdesk_tests::e2e::{temp_data_dir, App};
use pressdesk_tests::steps::{choose, cli, shot, sign_in_as, texts_of, wait_count};
use serde_json::Value;

const ARCHIVIST: &str = "198511202010011002";
const ADMIN: &str = "198001012005011001";

/// The ids of the releases the CLI lists with `status`.
fn listed(data: &Path, status: &str) -> Vec<String> {
    let out = cli(
        data,
        &["list", "--status", status, "--limit", "500", "--json"],
    );
    let page: Value = serde_json::from_str(&out).expect("list prints JSON");
    page["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_archivist_files_three_releases_in_a_berkas_and_previews_its_daftar_isi_berkas() {
    let data = temp_data_dir();
    cli(data.path(), &["demo", "--releases", "60"]);
    // Published releases wait in "Siap diarsipkan".
    let mut ready = listed(data.path(), "Published");
    assert!(ready.len() >= 3, "the demo leaves three published releases");
    ready.truncate(3);

    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    app.wait_for("[data-testid=\"signin-user\"]").await;
    sign_in_as(&app, ARCHIVIST).await;
    app.click("#nav-archive").await;
    for id in &ready {
        app.click(&format!(
            "[data-testid=\"archive-row\"][data-id=\"{id}\"] [data-testid=\"archive-select\"]"
        ))
        .await;
    }
    app.wait_text("[data-testid=\"archive-selected\"]", "3 dipilih")
        .await;
    app.click("#archive-submit").await;
    wait_count(&app, "[data-testid=\"archive-result\"]", 3).await;
    let numbers = texts_of(&app, "[data-testid=\"archive-no\"]").await;
    assert_eq!(numbers.len(), 3);

    // A new file under the scheme's first code.
    app.click("#tab-berkas").await;
    app.wait_for("#berkas-code option[value=\"PR.01.01\"]")
        .await;
    app.fill(
        "#berkas-description",
        "Siaran pers kegiatan pembangunan daerah",
    )
    .await;
    app.click("#berkas-open").await;
    app.wait_text("[data-testid=\"berkas-opened\"]", "dibuka")
        .await;
    app.wait_for("[data-testid=\"berkas-detail\"]").await;

    // An empty entry is refused under its field; then the three become items 1, 2, 3.
    app.click("#berkas-add").await;
    app.wait_for("[data-testid=\"error-release\"]").await;
    shot(&app, "berkas-01-empty-refused").await;
    // One file, one code: a release of another code is refused under its field; once the
    // archivist gives it the file's code it goes in.
    let recode = |n: &str, code: &str| {
        let pin = pressdesk_tests::steps::PIN;
        let args = [
            "class", "set", "--user", ARCHIVIST, "--pin", pin, "--code", code, n,
        ];
        cli(data.path(), &args);
    };
    recode(&numbers[0], "PR.01.01");
    recode(&numbers[1], "PR.01.01");
    recode(&numbers[2], "PR.03.02");
    app.fill("#berkas-release", &numbers[2]).await;
    app.click("#berkas-add").await;
    app.wait_text("[data-testid=\"error-release\"]", "berkode PR.03.02")
        .await;
    shot(&app, "berkas-01b-other-code-refused").await;
    recode(&numbers[2], "PR.01.01");
    for (i, n) in numbers.iter().enumerate() {
        app.fill("#berkas-release", n).await;
        app.click("#berkas-add").await;
        app.wait_text(
            "[data-testid=\"berkas-act-note\"]",
            &format!("Item {} ditambahkan", i + 1),
        )
        .await;
        wait_count(&app, "[data-testid=\"berkas-item\"]", i + 1).await;
    }
    app.wait_text("[data-testid=\"berkas-count\"]", "3 item")
        .await;
    shot(&app, "berkas-02-three-items").await;

    // The Daftar Isi Berkas of the year in the preview.
    app.click("#berkas-print-isi-berkas").await;
    app.wait_for("[data-testid=\"berkas-pdf-preview\"]").await;
    app.wait_for("canvas[data-testid=\"berkas-pdf-page\"][data-rendered=\"true\"]")
        .await;
    app.wait_for("#berkas-pdf-save").await;
    shot(&app, "berkas-03-isi-berkas-preview").await;
    app.click("#berkas-pdf-close").await;
    wait_count(&app, "[data-testid=\"berkas-pdf-preview\"]", 0).await;

    // An item's detail shows its code; while the file is open the archivist marks it rahasia.
    app.click("[data-testid=\"berkas-item\"] button.link").await;
    app.wait_for("[data-testid=\"release-class-code\"]").await;
    app.click("#class-edit").await;
    choose(&app, "#class-security", "rahasia").await;
    app.click("#class-save").await;
    app.wait_text("[data-testid=\"release-class-security\"]", "Rahasia")
        .await;
    shot(&app, "berkas-04-item-marked-rahasia").await;

    // At the end of its period the file is closed; its move is recorded with its berita
    // acara, refused first for a day before it is due (it becomes inactive three years on).
    app.click("#nav-archive").await;
    app.click("#tab-berkas").await;
    app.click("[data-testid=\"berkas-row\"] button.link").await;
    app.wait_for("#berkas-close").await;
    app.click("#berkas-close").await;
    app.wait_for("#berkas-done").await;
    app.fill("#berkas-ba", "01/BA-PINDAH/2029").await;
    app.fill("#berkas-done-on", "02/01/2028").await;
    app.click("#berkas-done").await;
    app.wait_text("[data-testid=\"error-done_on\"]", "baru jatuh tempo")
        .await;
    app.fill("#berkas-done-on", "02/01/2030").await;
    app.click("#berkas-done").await;
    app.wait_text(
        "[data-testid=\"berkas-done\"]",
        "Dipindahkan ke unit kearsipan",
    )
    .await;
    shot(&app, "berkas-04b-move-recorded").await;

    // The admin's Pengaturan: the scheme, the suggestions per news type, the access by role;
    // an empty import is refused under its field.
    sign_in_as(&app, ADMIN).await;
    app.click("#nav-settings").await;
    app.wait_for("[data-testid=\"class-codes\"]").await;
    app.click("#class-import").await;
    app.wait_for("[data-testid=\"error-csv\"]").await;
    let scroll = "document.getElementById('s-class').scrollIntoView({block: 'start'})";
    app.driver().execute(scroll, vec![]).await.unwrap();
    app.wait_for("[data-testid=\"access-rahasia\"]").await;
    shot(&app, "berkas-05-settings-scheme").await;
    let access = "document.querySelector('[data-testid=\"access-rahasia\"]')\
                  .scrollIntoView({block: 'end'})";
    app.driver().execute(access, vec![]).await.unwrap();
    shot(&app, "berkas-06-settings-access").await;
    app.quit().await;

    let year = numbers[0].rsplit('/').next().unwrap().to_owned();
    let out = data.path().join("isi-berkas.xlsx");
    let said = cli(
        data.path(),
        &[
            "print",
            "isi-berkas",
            "--year",
            &year,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(said.contains("(3 baris)"), "{said}");
}
