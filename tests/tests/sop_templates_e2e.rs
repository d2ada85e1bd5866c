//! A fresh office on each of the other SOPs of the seeds, told through the window as
//! `core/tests/sop_stories.rs` tells it through core: the first run chooses the SOP, the admin
//! adds the people of its roles, and each step is done by a user of its role (signed in in
//! turn) on the screen the SOP gives that role; the SOP time report is read back. SOP-004 is
//! the rest of the suite.

use pressdesk_tests::e2e::{skip_without_display, temp_data_dir, App};
use pressdesk_tests::sop_steps::*;
use pressdesk_tests::steps::{count, shot, sign_in_with, text_of};

const KASI: &str = "198207092006041003";
const MEDIA: &str = "198207092006041004";
const REPORTER: &str = "198207092006041005";
const OPERATOR: &str = "198207092006041006";
const PROCESSOR: &str = "198207092006041007";
const STAFF: &str = "198207092006041008";
const KABID: &str = "198207092006041009";

/// `YYYY-MM-DD` → the next day as typed, `DD/MM/YYYY`.
fn next_day(iso: &str) -> String {
    let p: Vec<u32> = iso.split('-').map(|x| x.parse().unwrap()).collect();
    let (mut y, mut m, mut d) = (p[0], p[1], p[2] + 1);
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if d > days[m as usize - 1] {
        d = 1;
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
    }
    format!("{d:02}/{m:02}/{y}")
}

async fn report_read_back(app: &App, code: &str, step: &str, versions: &str, shot_name: &str) {
    app.click("#nav-reports").await;
    app.wait_text("[data-testid=\"sop-report-head\"]", code)
        .await;
    app.wait_text("[data-testid=\"sop-versions\"]", versions)
        .await;
    app.wait_text("[data-testid=\"sop-step\"]", step).await;
    scroll_to(app, "#r-sop").await;
    shot(app, shot_name).await;
}

#[tokio::test]
async fn sop_001_roster_agenda_coverage_verification_three_websites_and_documentation() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    first_run(&app, "SOP-001", "sop001").await;

    // The admin sees the SOP as a table and adds the media center's people.
    app.click("#nav-settings").await;
    app.wait_text(
        "[data-testid=\"sop-step-row\"][data-seq=\"6\"]",
        "3 website",
    )
    .await;
    assert!(has_nav(&app, "roster").await && !has_nav(&app, "paraf").await);
    scroll_to(&app, "#s-sop").await;
    shot(&app, "sop001-02-settings-sop").await;
    add_user(&app, "Hendra Kasi Liputan", KASI, "Kasi").await;
    add_user(&app, "Rina Tim Media Center", MEDIA, "MediaTeam").await;
    add_user(&app, "Andi Reporter", REPORTER, "Reporter").await;
    add_user(&app, "Dewi Operator Website", OPERATOR, "Operator").await;

    // 1. The Kasi puts the reporter on duty today.
    sign_in(&app, KASI).await;
    for (nav, shown) in [
        ("roster", true),
        ("intake", true),
        ("queue", true),
        ("check", false),
    ] {
        assert_eq!(has_nav(&app, nav).await, shown, "Kasi on SOP-001: {nav}");
    }
    app.click("#nav-roster").await;
    app.click("tr.today [data-testid=\"roster-edit\"]").await;
    app.click(&format!(
        "[data-testid=\"roster-person\"][data-nip=\"{REPORTER}\"]"
    ))
    .await;
    app.fill("#roster-duty", "Liputan Wali Kota").await;
    shot(&app, "sop001-03-roster-edit").await;
    app.click("#roster-save").await;
    app.wait_text("tr.today [data-testid=\"roster-people\"]", "Andi Reporter")
        .await;
    let today = app.wait_for("tr.today").await.attr("data-day").await;
    let today = today.unwrap().unwrap();
    shot(&app, "sop001-04-roster-saved").await;
    // The month printed for the wall.
    app.click("#roster-print").await;
    app.wait_for(
        "canvas[data-testid=\"roster-pdf-page\"][data-page=\"1\"][data-rendered=\"true\"]",
    )
    .await;
    shot(&app, "sop001-04b-roster-pdf").await;
    app.click("#roster-pdf-close").await;

    // 2. The leaders' agenda, the day before the event; 3. coverage assigned at once.
    register(
        &app,
        "Bagian Protokol",
        "Kunjungan Wali Kota ke Pasar Besar",
        Some(&next_day(&today)),
    )
    .await;
    app.wait_text(".detail-title-block", "Agenda diterima")
        .await;
    let id = detail_id(&app).await;
    choose_reporter(&app).await;
    do_step(&app, "Liputan pukul 09.00 di Pasar Besar", "Ditugaskan").await;
    timeline_shows(&app, 3, "Hendra Kasi Liputan").await;
    shot(&app, "sop001-05-assigned").await;

    // 4. The reporter finds the coverage in the queue and sends the material with the text.
    sign_in(&app, REPORTER).await;
    open_from_queue(&app, 4, "1 jam").await;
    shot(&app, "sop001-06-reporter-queue").await;
    take_from_queue(&app, 4, "submit").await;
    timeline_shows(&app, 4, "Diambil").await;
    app.click("#step-edit-open").await;
    app.fill(
        "#e-body",
        "Wali Kota meninjau Pasar Besar dan menyapa pedagang.",
    )
    .await;
    app.fill("#step-note", "Naskah dan 12 foto via e-mail")
        .await;
    app.click("#edit-save").await;
    app.wait_text("[data-testid=\"step-result\"]", "Bahan dikirim")
        .await;
    timeline_shows(&app, 4, "Naskah dan 12 foto via e-mail").await;
    shot(&app, "sop001-07-material-sent").await;

    // 5. The media center verifies it.
    sign_in(&app, MEDIA).await;
    open_from_queue(&app, 5, "3 jam").await;
    take_from_queue(&app, 5, "verify").await;
    app.wait_text("main", "menyapa pedagang").await;
    do_step(&app, "Layak tayang", "Diverifikasi").await;
    shot(&app, "sop001-08-verified").await;

    // 6. The operator posts it on three websites; the step stays open until the third.
    sign_in(&app, OPERATOR).await;
    app.wait_for(&format!("[data-testid=\"publish-row\"][data-id=\"{id}\"]"))
        .await;
    publish_to(
        &app,
        &id,
        2,
        "https://mediacenter.palangkaraya.go.id/berita/1",
    )
    .await;
    publish_to(&app, &id, 3, "https://infopublik.id/kategori/daerah/1").await;
    shot(&app, "sop001-09-two-of-three").await;
    publish_to(&app, &id, 4, "https://palangkaraya.go.id/berita/1").await;
    app.wait_text(
        &format!("[data-testid=\"published-row\"][data-id=\"{id}\"]"),
        "palangkaraya.go.id",
    )
    .await;
    shot(&app, "sop001-10-three-websites").await;

    // 7. Documented by H+1: the release is done.
    sign_in(&app, MEDIA).await;
    open_from_queue(&app, 7, "H+1").await;
    take_from_queue(&app, 7, "document").await;
    do_step(&app, "Arsip foto di NAS/2026/12", "Didokumentasikan").await;
    timeline_shows(&app, 7, "Arsip foto di NAS/2026/12").await;
    timeline_shows(&app, 7, "Batas waktu").await;
    assert_eq!(count(&app, "[data-testid=\"step-panel\"]").await, 0);
    scroll_to(&app, "#d-timeline").await;
    shot(&app, "sop001-11-documented-timeline").await;

    report_read_back(&app, "SOP-001", "Menyunting", "versi 1", "sop001-12-report").await;
    // The office's record book in place of the Buku Agenda, previewed.
    app.wait_text(
        "[data-testid=\"record-book-title\"]",
        "Buku Jadwal Kegiatan",
    )
    .await;
    app.click("#ledger-open").await;
    app.wait_for("canvas[data-testid=\"ledger-page\"][data-page=\"1\"][data-rendered=\"true\"]")
        .await;
    shot(&app, "sop001-13-record-book").await;
    app.quit().await;
}

async fn choose_reporter(app: &App) {
    app.click(&format!("#step-assignee option[data-nip=\"{REPORTER}\"]"))
        .await;
}

#[tokio::test]
async fn sop_003_written_corrected_and_disseminated_without_a_paraf_screen() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    first_run(&app, "SOP-003", "sop003").await;

    // The admin sets the writing standard to two hours: a new version, with its reason.
    app.click("#nav-settings").await;
    app.click("#sop-edit").await;
    app.fill("#sop-standard-1", "sebentar").await;
    app.fill(
        "#sop-note",
        "Penulisan berita disesuaikan dengan jam kerja tim",
    )
    .await;
    app.click("#sop-save").await;
    app.wait_for("[data-testid=\"error-steps.1.standard\"]")
        .await;
    shot(&app, "sop003-02-standard-error").await;
    app.fill("#sop-standard-1", "2 jam").await;
    app.click("#sop-save").await;
    app.wait_text("[data-testid=\"sop-version\"]", "versi 2")
        .await;
    app.wait_text(
        "[data-testid=\"sop-step-row\"][data-seq=\"2\"] [data-testid=\"sop-step-standard\"]",
        "2 jam",
    )
    .await;
    app.wait_text("[data-testid=\"sidebar-sop\"]", "versi 2")
        .await;
    shot(&app, "sop003-03-version-2").await;
    add_user(&app, "Budi Penulis Berita", PROCESSOR, "Processor").await;
    add_user(&app, "Hendra Kasi Pengolahan", KASI, "Kasi").await;
    add_user(&app, "Dewi Operator Website", OPERATOR, "Operator").await;

    // 1–2. The processing team receives the material and writes it as news.
    sign_in(&app, PROCESSOR).await;
    for nav in ["check", "paraf", "groups", "archive"] {
        assert!(!has_nav(&app, nav).await, "no {nav} screen on SOP-003");
    }
    register(
        &app,
        "Humas DPRD",
        "Rapat Pleno Pembahasan Anggaran 2027",
        None,
    )
    .await;
    app.wait_text(".detail-title-block", "Bahan diterima").await;
    assert_eq!(count(&app, "#d-paraf").await, 0, "no paraf trail");
    app.click("#step-edit-open").await;
    app.fill(
        "#e-body",
        "Rapat pleno DPRD membahas rancangan anggaran 2027.",
    )
    .await;
    app.click("#edit-save").await;
    app.wait_text("[data-testid=\"step-result\"]", "Ditulis")
        .await;
    timeline_shows(&app, 2, "mutu baku 2 jam").await;
    shot(&app, "sop003-04-written").await;

    // 3. The Kasi corrects it; "not fit" needs a reason.
    sign_in(&app, KASI).await;
    assert!(!has_nav(&app, "check").await && !has_nav(&app, "paraf").await);
    open_from_queue(&app, 3, "30 menit").await;
    take_from_queue(&app, 3, "verify").await;
    app.click("#step-reject").await;
    app.wait_text("[data-testid=\"error-note\"]", "alasan")
        .await;
    shot(&app, "sop003-05-not-fit-needs-reason").await;
    do_step(&app, "Dikoreksi: nama fraksi", "Dikoreksi").await;
    let id = detail_id(&app).await;
    shot(&app, "sop003-06-corrected").await;

    // 4. The operator disseminates it.
    sign_in(&app, OPERATOR).await;
    publish_to(
        &app,
        &id,
        1,
        "https://palangkaraya.go.id/berita/rapat-pleno",
    )
    .await;
    app.click(&format!(
        "[data-testid=\"published-row\"][data-id=\"{id}\"] .q-body"
    ))
    .await;
    app.wait_text("[data-testid=\"publish-panel\"]", "Disebarluaskan")
        .await;
    shot(&app, "sop003-07-disseminated").await;

    report_read_back(&app, "SOP-003", "Mengolah", "versi 2", "sop003-08-report").await;

    // The admin moves the office to SOP-004: the release begun stays on SOP-003 version 2.
    sign_in_with(&app, ADMIN, ADMIN_PIN).await;
    app.click("#nav-settings").await;
    app.wait_text(
        "[data-testid=\"sop-version-row\"][data-version=\"2\"]",
        "1 rilis",
    )
    .await;
    app.click("#sop-choose-open").await;
    app.click(
        "[data-testid=\"sop-choose\"] [data-testid=\"sop-option\"][data-code=\"SOP-004\"] input",
    )
    .await;
    app.click("#sop-choose").await;
    app.wait_text("[data-testid=\"sop-confirm\"]", "tetap diselesaikan")
        .await;
    shot(&app, "sop003-09-choose-sop-004").await;
    app.click("#sop-choose-confirm").await;
    app.wait_text("[data-testid=\"sidebar-sop\"]", "SOP-004")
        .await;
    app.wait_text("[data-testid=\"sop-done\"]", "SOP-004").await;
    assert!(
        has_nav(&app, "groups").await,
        "SOP-004 has the groups of step 3"
    );
    app.quit().await;
}

#[tokio::test]
async fn sop_000_information_collected_evaluated_in_working_days_and_distributed() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    first_run(&app, "SOP-000", "sop000").await;
    add_user(&app, "Staf Informasi", STAFF, "Staff").await;
    add_user(&app, "Kabid IKP", KABID, "Kabid").await;

    // 1–2. The staff collects the information and compiles it.
    sign_in(&app, STAFF).await;
    register(
        &app,
        "Pemantauan media",
        "Isu banjir di Kecamatan Sabangau",
        None,
    )
    .await;
    app.wait_text(".detail-title-block", "Dihimpun").await;
    do_step(&app, "Tersusun dari 5 sumber", "Disusun").await;
    shot(&app, "sop000-02-compiled").await;

    // 3. The Kabid evaluates it within two working days: the due time is shown.
    sign_in(&app, KABID).await;
    assert!(!has_nav(&app, "paraf").await, "no paraf on SOP-000");
    open_from_queue(&app, 3, "2 hari kerja").await;
    shot(&app, "sop000-03-kabid-queue").await;
    take_from_queue(&app, 3, "verify").await;
    do_step(&app, "Layak disebarkan", "Dievaluasi").await;
    timeline_shows(&app, 3, "Batas waktu").await;
    let id = detail_id(&app).await;
    shot(&app, "sop000-04-evaluated").await;

    // 4. Managed through the media (a publication), 5–6. served and distributed.
    sign_in(&app, STAFF).await;
    app.click("#nav-publish").await;
    publish_to(&app, &id, 1, "https://palangkaraya.go.id/berita/isu-banjir").await;
    open_from_queue(&app, 5, "120 menit").await;
    take_from_queue(&app, 5, "complete").await;
    do_step(&app, "Dilayankan di PPID", "Dilayankan").await;
    open_from_queue(&app, 6, "60 menit").await;
    take_from_queue(&app, 6, "complete").await;
    do_step(&app, "Dikirim ke 12 media", "Didistribusikan").await;
    let status = text_of(&app, ".detail-title-block").await;
    assert!(status.contains("Didistribusikan"), "{status}");
    shot(&app, "sop000-05-distributed").await;

    report_read_back(
        &app,
        "SOP-000",
        "Mengevaluasi",
        "versi 1",
        "sop000-06-report",
    )
    .await;
    app.quit().await;
}
