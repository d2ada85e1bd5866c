//! Two desks on one office server (issue 15), each the real app in its own window with its own
//! data folder for its cache: the Kasi registers and checks a release at the front desk, and
//! it enters the Kadis's paraf list in his room within two seconds, without a refresh; the
//! Kadis initials it, and the Kasi's agenda shows the paraf. The server is a throwaway
//! PostgreSQL cluster set up by `server init`, each desk with its own login. And the server
//! going away under the front desk while the Kasi registers: the form is kept, and saved again
//! once the server is back.

use std::time::{Duration, Instant};

use pg_cluster::Cluster;
use pressdesk_core::model::{Role, TimeZone};
use pressdesk_core::office::{FirstRun, Office};
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{auth, server, Store};
use pressdesk_tests::e2e::{skip_without_display, temp_data_dir, App, FIRST, SECOND};
use pressdesk_tests::steps::{draw_initials, shot, sign_in_with, value_of, wait_count};

const ADMIN: &str = "198001012005011001";
const KASI: &str = "198207092006041003";
const KADIS: &str = "196805121993031004";
const PIN: &str = "246810";
const TITLE: &str = "Rapat Koordinasi Penanganan Banjir Kecamatan";

/// The office on the server with its Kasi and Kadis; the URLs of the two desks' logins.
fn office_on_server() -> (String, String) {
    let cluster = Cluster::shared();
    let db = cluster.create_database("desks").unwrap();
    let admin_url = cluster.superuser_url(&db);
    server::init(&admin_url, first_run_office()).unwrap();
    let url = |name: &str| {
        let desk = server::desk_add(&admin_url, name).unwrap();
        cluster.url(&desk.login, &desk.password, &db)
    };
    let (kasi_url, kadis_url) = (url("depan"), url("kadis"));
    let cache = tempfile::tempdir().unwrap();
    let store = Store::open_server(&kasi_url, cache.path()).unwrap();
    let admin = auth::sign_in_nip(&store, ADMIN, PIN).unwrap();
    let kasi = person("Sri Wahyuni", KASI, Role::Kasi, "Kepala Seksi");
    users::add_user(&store, &admin, kasi).unwrap();
    let kadis = person("Drs. Yusuf Hamdan", KADIS, Role::Kadis, "Kepala Dinas");
    users::add_user(&store, &admin, kadis).unwrap();
    (kasi_url, kadis_url)
}

/// How long until `css` shows `text` in `app`, polled without a reload.
async fn seen_within(app: &App, css: &str, text: &str) -> Duration {
    let start = Instant::now();
    app.wait_text(css, text).await;
    start.elapsed()
}

#[tokio::test]
async fn what_the_front_desk_registers_reaches_the_kadis_and_his_paraf_reaches_the_agenda() {
    if skip_without_display() {
        return;
    }
    // rust-postgres blocks: set up on a thread of its own, outside the test's runtime.
    let (kasi_url, kadis_url) = tokio::task::spawn_blocking(office_on_server).await.unwrap();
    let (kasi_dir, kadis_dir) = (temp_data_dir(), temp_data_dir());
    let kasi = App::launch_desk(&FIRST, kasi_dir.path(), &kasi_url).await;
    let kadis = App::launch_desk(&SECOND, kadis_dir.path(), &kadis_url).await;
    for app in [&kasi, &kadis] {
        app.wait_for("[data-testid=\"app-ready\"]").await;
        app.wait_for("[data-testid=\"signin-user\"]").await;
    }
    sign_in_with(&kasi, KASI, PIN).await;
    sign_in_with(&kadis, KADIS, PIN).await;
    kadis.click("#nav-paraf").await;
    kadis
        .wait_for("#paraf-pad, [data-testid=\"paraf-empty\"], [data-testid=\"paraf-row\"]")
        .await;
    shot(&kadis, "desks-01-kadis-waiting").await;

    // The front desk registers a complete release with a photo, and checks it.
    kasi.click("#nav-intake").await;
    kasi.fill("#f-sender-org", "Bagian Humas Setda").await;
    kasi.fill("#f-title", TITLE).await;
    kasi.fill("#f-sender-contact", "Rahmat, 0812-5555-0101")
        .await;
    kasi.fill("#f-letter-no", "B/45/HUMAS/XII/2026").await;
    kasi.fill("#f-letter-date", "05/12/2026").await;
    kasi.fill(
        "#f-body",
        "Rapat koordinasi lintas kecamatan menyiapkan posko banjir.",
    )
    .await;
    for key in [
        "kop",
        "nomor",
        "perihal",
        "isi",
        "ttd",
        "foto",
        "narahubung",
    ] {
        kasi.click(&format!("#chk-{key}")).await;
    }
    let jpeg = photo();
    kasi.drop_files(
        "[data-testid=\"dropzone\"]",
        &[("rapat.jpg", &jpeg, "image/jpeg")],
    )
    .await;
    kasi.wait_for("[data-testid=\"staged-item\"] img[data-testid=\"staged-thumb\"]")
        .await;
    kasi.click("#intake-submit").await;
    let agenda_no = kasi
        .wait_for("[data-testid=\"registered-agenda-no\"]")
        .await;
    let agenda_no = agenda_no.text().await.unwrap();
    kasi.click("#nav-check").await;
    kasi.wait_for("[data-testid=\"check-row\"]").await;
    kasi.click("[data-testid=\"check-select-all\"]").await;
    kasi.click("[data-testid=\"batch-complete\"]").await;
    kasi.wait_text("[data-testid=\"check-result\"]", "1 rilis lengkap")
        .await;

    // In the Kadis's room, on his paraf list, without a refresh.
    let took = seen_within(&kadis, "[data-testid=\"paraf-row\"]", TITLE).await;
    shot(&kadis, "desks-02-kadis-sees-it").await;
    assert!(
        took < Duration::from_secs(2),
        "the Kadis saw it after {took:?}"
    );

    // The Kadis initials it; the Kasi's agenda shows the paraf.
    kasi.click("#nav-agenda").await;
    kasi.wait_text("[data-testid=\"agenda-row\"]", TITLE).await;
    // The only release waiting is already the selection, and one paraf needs no review step.
    kadis.click("#decision-approve").await;
    draw_initials(&kadis).await;
    kadis.fill("#paraf-pin", PIN).await;
    kadis.click("#paraf-submit").await;
    kadis
        .wait_text("[data-testid=\"paraf-result\"]", "1 rilis diparaf")
        .await;
    let took = seen_within(&kasi, "[data-testid=\"agenda-row\"]", "Diparaf").await;
    shot(&kasi, "desks-03-kasi-agenda-shows-the-paraf").await;
    assert!(
        took < Duration::from_secs(2),
        "the Kasi saw the paraf after {took:?}"
    );
    assert!(kasi.page_text().await.contains(&agenda_no));
    kasi.quit().await;
    kadis.quit().await;
}

#[tokio::test]
async fn a_new_desk_tests_its_server_connection_and_hears_what_is_wrong_in_indonesian() {
    if skip_without_display() {
        return;
    }
    let (login, password, port) = tokio::task::spawn_blocking(|| {
        let cluster = Cluster::shared();
        let db = cluster.create_database("firstrun").unwrap();
        let admin = cluster.superuser_url(&db);
        server::init(&admin, first_run_office()).unwrap();
        let desk = server::desk_add(&admin, "arsip").unwrap();
        (desk.login, desk.password, cluster.port())
    })
    .await
    .unwrap();
    let data = temp_data_dir();
    let app = App::launch(data.path()).await;
    app.click("#place-server").await;
    app.fill("#server-host", "localhost").await;
    app.fill("#server-port", &port.to_string()).await;
    app.fill("#server-database", "firstrun").await;
    app.fill("#server-login", &login).await;
    app.fill("#server-password", "bukan-sandinya").await;
    pressdesk_tests::steps::choose(&app, "#server-tls", "disable").await;
    app.click("#server-test").await;
    app.wait_text("[data-testid=\"server-test-error\"]", "kata sandi salah")
        .await;
    shot(&app, "desks-04-first-run-wrong-password").await;

    app.fill("#server-password", &password).await;
    app.click("#server-test").await;
    app.wait_text(
        "[data-testid=\"server-test-ok\"]",
        "Kantor: Diskominfo Kabupaten Bulungan",
    )
    .await;
    app.wait_text("[data-testid=\"server-test-ok\"]", "login desk")
        .await;
    shot(&app, "desks-05-first-run-connection-ok").await;
    app.quit().await;
}

#[tokio::test]
async fn the_front_desk_keeps_its_form_through_a_server_outage_and_saves_it_after() {
    if skip_without_display() {
        return;
    }
    // A cluster of its own: the test stops it.
    let (cluster, url) = tokio::task::spawn_blocking(|| {
        let cluster: &'static Cluster = Box::leak(Box::new(Cluster::start().unwrap()));
        let db = cluster.create_database("outage").unwrap();
        let admin_url = cluster.superuser_url(&db);
        server::init(&admin_url, first_run_office()).unwrap();
        let desk = server::desk_add(&admin_url, "depan").unwrap();
        let url = cluster.url(&desk.login, &desk.password, &db);
        let cache = tempfile::tempdir().unwrap();
        let store = Store::open_server(&url, cache.path()).unwrap();
        let admin = auth::sign_in_nip(&store, ADMIN, PIN).unwrap();
        let kasi = person("Sri Wahyuni", KASI, Role::Kasi, "Kepala Seksi");
        users::add_user(&store, &admin, kasi).unwrap();
        (cluster, url)
    })
    .await
    .unwrap();
    let data = temp_data_dir();
    let app = App::launch_desk(&FIRST, data.path(), &url).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    sign_in_with(&app, KASI, PIN).await;
    app.click("#nav-intake").await;
    app.fill("#f-sender-org", "Bagian Humas Setda").await;
    app.fill("#f-title", TITLE).await;
    app.fill("#f-body", "Posko banjir dibuka di tiga kecamatan.")
        .await;
    let jpeg = photo();
    app.drop_files(
        "[data-testid=\"dropzone\"]",
        &[("posko.jpg", &jpeg, "image/jpeg")],
    )
    .await;
    app.wait_for("[data-testid=\"staged-item\"] img[data-testid=\"staged-thumb\"]")
        .await;

    // The server goes away; the Kasi saves: told at once, the form as she typed it.
    tokio::task::spawn_blocking(move || cluster.pause().unwrap())
        .await
        .unwrap();
    app.click("#intake-submit").await;
    app.wait_text("[data-testid=\"form-error\"]", "server kantor")
        .await;
    app.wait_text(
        "[data-testid=\"server-offline\"]",
        "isian Anda tetap di layar",
    )
    .await;
    shot(&app, "desks-06-server-away-form-kept").await;
    assert_eq!(value_of(&app, "#f-title").await, TITLE);
    assert_eq!(value_of(&app, "#f-sender-org").await, "Bagian Humas Setda");
    wait_count(&app, "[data-testid=\"staged-item\"]", 1).await;

    // The server is back: the banner goes by itself, and the same form is saved as 001.
    tokio::task::spawn_blocking(move || cluster.resume().unwrap())
        .await
        .unwrap();
    wait_count(&app, "[data-testid=\"server-offline\"]", 0).await;
    app.click("#intake-submit").await;
    app.wait_text("[data-testid=\"registered-agenda-no\"]", "001/")
        .await;
    shot(&app, "desks-07-saved-after-the-outage").await;
    app.quit().await;
}

fn person(name: &str, nip: &str, role: Role, position: &str) -> NewUser {
    NewUser {
        name: name.into(),
        nip: nip.into(),
        role,
        position: position.into(),
        pin: Some(PIN.into()),
        rank: None,
    }
}

fn first_run_office() -> FirstRun {
    FirstRun {
        office: Office {
            name: "Diskominfo Kabupaten Bulungan".into(),
            unit_code: "DISKOMINFO".into(),
            address: "Jl. Jelarai, Tanjung Selor".into(),
            timezone: TimeZone::WITA,
            logo_sha: None,
        },
        admin: person("Admin Kantor", ADMIN, Role::Admin, "Pranata Komputer"),
        sop_code: None,
    }
}

fn photo() -> Vec<u8> {
    let img = image::RgbImage::from_fn(1200, 800, |x, y| {
        image::Rgb([(x / 5) as u8, (y / 4) as u8, 140])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    out
}
