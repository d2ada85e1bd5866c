//! Two desks on one office server (issue 15), each the real app in its own window with its own
//! data folder for its cache: the Kasi registers and checks a release at the front desk, and
//! it enters the Kadis's paraf list in his room within two seconds, without a refresh; the
//! Kadis initials it, and the Kasi's agenda shows the paraf. The server is a throwaway
//! PostgreSQL cluster set up by `server init`, each desk with its own login.

use std::time::{Duration, Instant};

use pg_cluster::Cluster;
use pressdesk_core::model::{Role, TimeZone};
use pressdesk_core::office::{FirstRun, Office};
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{auth, server, Store};
use pressdesk_tests::e2e::{temp_data_dir, App, FIRST, SECOND};
use pressdesk_tests::steps::{shot, sign_in_with};
use pressdesk_tests::sop_steps::register;

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
    let person = |name: &str, nip: &str, role, position: &str| NewUser {
        name: name.into(),
        nip: nip.into(),
        role,
        position: position.into(),
        pin: Some(PIN.into()),
        rank: None,
    };
    server::init(
        &admin_url,
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
        },
    )
    .unwrap();
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
    let (kasi_url, kadis_url) = office_on_server();
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
    kadis.wait_for("#paraf-pad, [data-testid=\"paraf-empty\"], [data-testid=\"paraf-row\"]").await;
    shot(&kadis, "desks-01-kadis-waiting").await;

    // The front desk registers and checks the release.
    let agenda_no = register(&kasi, "Bagian Humas Setda", TITLE, None).await;
    kasi.click("#nav-check").await;
    kasi.wait_for("[data-testid=\"check-row\"]").await;
    kasi.click("[data-testid=\"check-select-all\"]").await;
    kasi.click("[data-testid=\"batch-complete\"]").await;
    kasi.wait_text("[data-testid=\"check-result\"]", "1 rilis lengkap").await;

    // In the Kadis's room, on his paraf list, without a refresh.
    let took = seen_within(&kadis, "[data-testid=\"paraf-row\"]", TITLE).await;
    shot(&kadis, "desks-02-kadis-sees-it").await;
    assert!(took < Duration::from_secs(2), "the Kadis saw it after {took:?}");

    // The Kadis initials it; the Kasi's agenda shows the paraf.
    kasi.click("#nav-agenda").await;
    kasi.wait_text("[data-testid=\"agenda-row\"]", TITLE).await;
    kadis.click("[data-testid=\"paraf-row\"] [data-testid=\"paraf-select\"]").await;
    kadis.click("#decision-approve").await;
    draw_initials(&kadis).await;
    kadis.click("#paraf-review").await;
    kadis.fill("#paraf-pin", PIN).await;
    kadis.click("#paraf-submit").await;
    kadis.wait_text("[data-testid=\"paraf-result\"]", "1 rilis diparaf").await;
    let took = seen_within(&kasi, "[data-testid=\"agenda-row\"]", "Kadis").await;
    shot(&kasi, "desks-03-kasi-agenda-shows-the-paraf").await;
    assert!(took < Duration::from_secs(2), "the Kasi saw the paraf after {took:?}");
    assert!(kasi.page_text().await.contains(&agenda_no));
    kasi.quit().await;
    kadis.quit().await;
}

/// Writes a looping paraf on the pad with the pointer, as a hand would.
async fn draw_initials(app: &App) {
    let pad = app.wait_for("#paraf-pad").await;
    pad.scroll_into_view().await.unwrap();
    let mut chain = app
        .driver()
        .action_chain()
        .move_to_element_with_offset(&pad, -110, 10)
        .click_and_hold();
    for (dx, dy) in [(12, -22), (14, -18), (10, 16), (8, 24), (16, -20), (18, -8), (24, 2)] {
        chain = chain.move_by_offset(dx, dy);
    }
    chain.release().perform().await.expect("drawing on the pad");
}
