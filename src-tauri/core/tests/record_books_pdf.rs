//! The printed record books of the SOPs other than 004 (Buku Jadwal Kegiatan, Laporan Berita
//! yang Disebarluaskan, Buku Agenda Informasi Publik), the media center's duty roster and the
//! SOP time report's standards, waiting and versions: each PDF checked with qpdf and poppler
//! (fonts embedded and subset, the title, the step headers, a row's values, the version line).
//! The files stay in the test output folder to be looked at.

mod common;

use chrono::Datelike;
use common::pdf_tools::*;
use common::*;
use pressdesk_core::job::Job;
use pressdesk_core::model::{Actor, Role, TimeZone};
use pressdesk_core::period::Period;
use pressdesk_core::print::{self, DocumentRequest, Paper};
use pressdesk_core::publication::{self, PublishInput};
use pressdesk_core::release::{self, ReleaseEdit, StepInput, WithdrawInput};
use pressdesk_core::sop::{self, DutyInput, SopRevision, StepRevision};
use pressdesk_core::workflow::ActKind;
use pressdesk_core::{timefmt, Store};

fn office_on(code: &str) -> (tempfile::TempDir, Store) {
    let (dir, store) = store();
    sop::choose_sop(&store, &admin(&store), code).unwrap();
    person(
        &store,
        "Drs. Yusuf Abdullah",
        "196805121993031004",
        Role::Kadis,
    );
    (dir, store)
}

fn step(store: &Store, who: &Actor, id: &str, act: ActKind, note: &str, edit: bool) {
    let input = StepInput {
        release_id: id.into(),
        act,
        note: note.into(),
        assignee_id: None,
        approve: None,
        edit: edit.then(|| ReleaseEdit {
            body: Some("Naskah berita yang sudah diolah.".into()),
            ..ReleaseEdit::default()
        }),
    };
    release::complete_step(store, who, input).unwrap();
}

fn publish(store: &Store, who: &Actor, id: &str, site: i64, url: &str) {
    let input = PublishInput {
        release_id: id.into(),
        site_id: site,
        url: url.into(),
        published_at: None,
    };
    publication::record_publication(store, who, input).unwrap();
}

fn this_month() -> Period {
    let today = timefmt::local_date(timefmt::now(), TimeZone::WITA);
    Period::Month {
        year: today.year(),
        month: today.month(),
    }
}

/// Valid, every font embedded and subset, and the text of the whole file, collapsed.
fn checked(name: &str, pdf: &[u8]) -> String {
    let path = write(name, pdf);
    assert_valid_with_embedded_fonts(&path);
    text_of(&path)
}

fn has_all(text: &str, needles: &[&str]) {
    for needle in needles {
        assert!(text.contains(needle), "«{needle}» missing in: {text}");
    }
}

/// Some line of a `-layout` text holds every part: the cells of one table row.
fn line_has(layout: &str, parts: &[&str]) {
    assert!(
        layout.lines().any(|l| parts.iter().all(|p| l.contains(p))),
        "no line with {parts:?} in:\n{layout}"
    );
}

fn render(store: &Store, request: DocumentRequest) -> (Vec<u8>, String) {
    print::render_document(store, &Actor::console(), &request, &Job::none()).unwrap()
}

#[test]
fn sop_001_prints_its_buku_jadwal_kegiatan_duty_roster_and_time_report() {
    let (_dir, store) = office_on("SOP-001");
    let kasi = person(&store, "Kasi Liputan", "198207092006041003", Role::Kasi);
    let team = person(
        &store,
        "Rina Media Center",
        "198207092006041004",
        Role::MediaTeam,
    );
    let reporter = person(
        &store,
        "Andi Reporter",
        "198207092006041005",
        Role::Reporter,
    );
    let operator = person(
        &store,
        "Dewi Operator",
        "198207092006041006",
        Role::Operator,
    );

    // The December roster: a weekday and a Saturday.
    for (day, who, duty) in [
        ("2026-12-07", &reporter, "Liputan Wali Kota"),
        ("2026-12-12", &team, "Piket akhir pekan"),
    ] {
        let input = DutyInput {
            day: day.into(),
            user_ids: vec![who.id().unwrap()],
            duty: duty.into(),
        };
        sop::set_duty(&store, &kasi, input).unwrap();
    }
    let request = DocumentRequest::Roster {
        year: 2026,
        month: 12,
        paper: Paper::A4,
    };
    let (pdf, name) = render(&store, request);
    assert_eq!(name, "jadwal-piket-2026-12.pdf");
    let text = checked("roster-2026-12.pdf", &pdf);
    has_all(
        &text,
        &[
            "JADWAL PIKET MEDIA CENTER",
            "Bulan: Desember 2026 · SOP-001 versi 1, langkah 1",
            "Kamis, 31 Desember 2026",
            "2 dari 31 hari berpetugas · 2 petugas",
            "Mengetahui, Kepala Dinas",
            "Drs. Yusuf Abdullah",
            "Halaman 1 dari",
        ],
    );

    let layout = tool(
        "pdftotext",
        &[
            "-layout",
            "-enc",
            "UTF-8",
            &write("roster-2026-12.pdf", &pdf),
            "-",
        ],
    );
    line_has(
        &layout,
        &[
            "Senin, 7 Desember 2026",
            "Andi Reporter",
            "Liputan Wali Kota",
        ],
    );
    line_has(
        &layout,
        &[
            "Sabtu, 12 Desember 2026",
            "Rina Media Center",
            "Piket akhir pekan",
        ],
    );

    // The leaders' agenda, covered, sent, verified, on three websites and documented.
    let tomorrow = timefmt::local_date(timefmt::now(), TimeZone::WITA) + chrono::Duration::days(1);
    let mut agenda = release("Kunjungan Wali Kota ke Pasar Besar", "Bagian Protokol");
    agenda.event_date = Some(tomorrow.to_string());
    agenda.event_place = "Pasar Besar".into();
    let r = release::register_release(&store, &kasi, agenda).unwrap();
    let id = r.summary.id.clone();
    let assign = StepInput {
        release_id: id.clone(),
        act: ActKind::Assign,
        note: String::new(),
        assignee_id: reporter.id(),
        approve: None,
        edit: None,
    };
    release::complete_step(&store, &team, assign).unwrap();
    step(
        &store,
        &reporter,
        &id,
        ActKind::Submit,
        "12 foto via e-mail",
        true,
    );
    step(&store, &team, &id, ActKind::Verify, "Layak tayang", false);
    let urls = [
        (
            2,
            "https://mediacenter.palangkaraya.go.id/berita/2026/12/kunjungan-wali-kota",
        ),
        (3, "https://infopublik.id/kategori/daerah/1"),
        (4, "https://palangkaraya.go.id/berita/1"),
    ];
    for (site, url) in urls {
        publish(&store, &operator, &id, site, url);
    }
    step(
        &store,
        &team,
        &id,
        ActKind::Document,
        "Arsip foto di NAS/2026/12",
        false,
    );
    // A second agenda the sender takes back.
    let gone =
        release::register_release(&store, &kasi, release("Rapat batal", "Bagian Umum")).unwrap();
    let withdraw = WithdrawInput {
        release_id: gone.summary.id.clone(),
        reason: "Acara ditunda".into(),
    };
    release::withdraw_release(&store, &kasi, withdraw).unwrap();

    let period = this_month();
    let request = DocumentRequest::RecordBook {
        period: period.clone(),
        paper: Paper::A4,
        sop: None,
    };
    let (pdf, name) = render(&store, request);
    assert_eq!(name, format!("buku-jadwal-kegiatan-{}.pdf", period.slug()));
    let text = checked("record-book-sop-001.pdf", &pdf);
    let label = period.label().unwrap();
    has_all(
        &text,
        &[
            "BUKU JADWAL KEGIATAN",
            &format!("Periode: {label} · SOP-001 versi 1"),
            "2 tercatat · 1 tayang · 1 ditarik",
            "Tanggal dan tempat kegiatan",
            "Ditugaskan",
            "Bahan dikirim",
            "Diverifikasi",
            "Didokumentasikan",
            "Situs (URL)",
            &r.summary.agenda_no,
            "Kunjungan Wali Kota ke Pasar Besar",
            "Bagian Protokol",
            &tomorrow.format("%d-%m-%Y").to_string(),
            "Pasar Besar",
            "kepada Andi Reporter",
            "Rina Media Center",
            "Info Publik",
            "infopublik.id/",
            "“Arsip foto di NAS/2026/12”",
            "DITARIK pengirim: Acara ditunda",
            "Mengetahui, Kepala Dinas",
            "Kepala rantai audit",
            "Halaman 1 dari",
        ],
    );

    // The SOP time report: each step's standard as written, the waiting beside the handling.
    let year = tomorrow.year();
    let request = DocumentRequest::SopReport {
        year,
        month: None,
        paper: Paper::A4,
    };
    let (pdf, _) = render(&store, request);
    let text = checked("sop-report-sop-001.pdf", &pdf);
    has_all(
        &text,
        &[
            "LAPORAN WAKTU LAYANAN SOP",
            &format!("Periode: Tahun {year} · SOP-001 versi 1"),
            "Mutu baku",
            "Median tunggu",
            "H-1",
            "tanpa mutu baku",
            "1 jam",
            "3 jam",
            "H+1",
        ],
    );
}

#[test]
fn sop_003_reports_its_disseminated_news_and_names_each_version() {
    let (_dir, store) = office_on("003");
    let kasi = person(&store, "Kasi Pengolahan", "198207092006041003", Role::Kasi);
    let writer = person(
        &store,
        "Penulis Berita",
        "198207092006041004",
        Role::Processor,
    );
    let operator = person(
        &store,
        "Operator Website",
        "198207092006041006",
        Role::Operator,
    );
    let r = release::register_release(&store, &writer, release("Rapat Pleno", "Humas")).unwrap();
    let id = r.summary.id.clone();
    step(&store, &writer, &id, ActKind::Write, "", true);
    step(
        &store,
        &kasi,
        &id,
        ActKind::Verify,
        "Dikoreksi ejaan",
        false,
    );
    publish(
        &store,
        &operator,
        &id,
        1,
        "https://pontianak.go.id/berita/rapat-pleno",
    );

    // The admin renames the writing step: a second version; the next record is done under it.
    let current = sop::show_sop(&store, &kasi, "SOP-003").unwrap().current;
    let revision = SopRevision {
        code: "SOP-003".into(),
        note: "Nama langkah".into(),
        steps: current
            .steps
            .iter()
            .map(|s| StepRevision {
                seq: s.seq,
                name: if s.seq == 2 {
                    "Menulis bahan menjadi berita".into()
                } else {
                    s.name.clone()
                },
                roles: s.roles.clone(),
                standard: s.standard_label.clone(),
            })
            .collect(),
    };
    sop::revise_sop(&store, &admin(&store), revision).unwrap();
    release::register_release(&store, &writer, release("Pasar murah", "Disperindag")).unwrap();

    let period = this_month();
    let (pdf, name) = print::record_book(&store, &period, None, Paper::F4, &Job::none()).unwrap();
    assert_eq!(name, "Laporan Berita yang Disebarluaskan");
    let text = checked("record-book-sop-003.pdf", &pdf);
    has_all(
        &text,
        &[
            "LAPORAN BERITA YANG DISEBARLUASKAN",
            "SOP-003 versi 1, versi 2",
            "2 tercatat · 1 disebarluaskan · 0 ditarik",
            "Ditulis",
            "Dikoreksi",
            "Disebarluaskan",
            "Rapat Pleno",
            "Kasi Pengolahan",
            "“Dikoreksi ejaan”",
            "pontianak.go.id/",
            "Pasar murah",
        ],
    );
    assert!(
        !text.contains("Tanggal dan tempat kegiatan"),
        "no event in SOP 003"
    );
    // The record done under version 1 says so in its row.
    // (once in the title block, once under its agenda number, on the line below it).
    assert_eq!(text.matches("versi 1").count(), 2, "{text}");
    assert!(text.matches("versi 2").count() == 1, "{text}");
}

#[test]
fn sop_000_and_sop_004_each_print_their_own_book() {
    let (_dir, store) = office_on("SOP-000");
    let staff = person(&store, "Staf Informasi", "198207092006041004", Role::Staff);
    release::register_release(&store, &staff, release("Informasi banjir", "BPBD")).unwrap();
    let period = this_month();
    let (pdf, _) = print::record_book(&store, &period, None, Paper::A4, &Job::none()).unwrap();
    let text = checked("record-book-sop-000.pdf", &pdf);
    has_all(
        &text,
        &[
            "BUKU AGENDA INFORMASI PUBLIK",
            "SOP-000 versi 1",
            "Disusun",
            "Dievaluasi",
            "Didistribusikan",
            "Informasi banjir",
        ],
    );

    // An office on SOP 004 (the fixtures' default) gets its Buku Agenda, versions named.
    let (_dir, store) = common::store();
    let kasi = person(&store, "Kasi", "198207092006041003", Role::Kasi);
    release::register_release(&store, &kasi, release("Rilis", "Humas")).unwrap();
    let request = DocumentRequest::RecordBook {
        period: period.clone(),
        paper: Paper::A4,
        sop: None,
    };
    let (pdf, name) = render(&store, request);
    assert_eq!(name, format!("buku-agenda-{}.pdf", period.slug()));
    let text = checked("record-book-sop-004.pdf", &pdf);
    has_all(
        &text,
        &[
            "BUKU AGENDA PRESS RELEASE",
            "· SOP-004 versi 1",
            "Paraf Kadis",
        ],
    );
}
