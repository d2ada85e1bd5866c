//! The reports and `verify` on both stores, from one small data set written with one SQL text:
//! a November of five releases (initialed on screen and on paper, published, filed under a
//! number that replaced a voided one, rejected, withdrawn, one on SOP 001 for its record
//! book), each registered with its fingerprint in the audit chain. Every report reads the same
//! on either store; `verify` finds both whole, and on the server finds a tampered event, a
//! changed release row and a damaged file.

use std::process::Command;

use chrono::{TimeZone as _, Utc};
use pg_cluster::Cluster;
use pressdesk_core::job::Job;
use pressdesk_core::model::{Actor, TimeZone};
use pressdesk_core::period::Period;
use pressdesk_core::print::{self, Paper};
use pressdesk_core::sql::{contents, Db};
use pressdesk_core::{args, audit, files, fingerprint, reports, timefmt, verify, Result};

use super::offices;

const INITIALS: &[u8] = b"paraf layar Kadis (PNG)";
const SCAN: &[u8] = b"pindaian paraf kertas Kabid (PDF)";

fn nov() -> Period {
    Period::Month {
        year: 2026,
        month: 11,
    }
}

/// "2026-11-{day} {hour}:{min}" UTC as the store keeps times.
fn at(day: u32, hour: u32, min: u32) -> String {
    timefmt::to_db(Utc.with_ymd_and_hms(2026, 11, day, hour, min, 0).unwrap())
}

fn id_of(db: &Db, sql: &str, key: &str) -> Result<i64> {
    db.query_row(sql, args![key], |r| r.get(0))
}

/// One release of template `code` on its latest version; its id.
#[allow(clippy::too_many_arguments)]
fn release(
    db: &Db,
    uid: &str,
    seq: i64,
    code: &str,
    status: &str,
    day: u32,
    title: &str,
    withdrawn: Option<&str>,
) -> Result<i64> {
    db.query_row(
        "INSERT INTO releases (uid, agenda_year, agenda_seq, template_id, status, received_at,
            sender_org, sender_contact, letter_no, letter_date, title, news_type_id, event_date,
            event_place, body, checklist, remarks, created_at, sop_version_id, step_done,
            checked, withdrawn_at, withdraw_reason)
         VALUES (?1, 2026, ?2, (SELECT id FROM sop_templates WHERE code = ?3), ?4, ?5,
            'Dinas Kesehatan Provinsi Kalimantan Utara', 'dr. Nurhayati, 0811-5432-001',
            ?6, '2026-11-01', ?7, (SELECT id FROM news_types WHERE name = 'Pengumuman'),
            '2026-11-20', 'Tanjung Selor', 'Isi rilis.', '[]', 'Dibawa kurir', ?5,
            (SELECT max(v.id) FROM sop_versions v JOIN sop_templates t ON t.id = v.template_id
             WHERE t.code = ?3), 1, 1, ?8, ?9)
         RETURNING id",
        args![
            uid,
            seq,
            code,
            status,
            at(day, 1, 30),
            format!("440/{seq:03}/DINKES/XI/2026"),
            title,
            withdrawn.map(|_| at(day, 3, 0)),
            withdrawn
        ],
        |r| r.get(0),
    )
}

/// The data set, in the caller's transaction; the stored files' bytes are kept where the
/// store keeps them (the folder, or the server's chunks).
fn fill(db: &Db, store: &pressdesk_core::Store) -> Result<Vec<(String, i64)>> {
    let user = |name: &str, nip: &str, role: &str| -> Result<i64> {
        db.query_row(
            "INSERT INTO users (name, nip, role, position, created_at)
             VALUES (?1, ?2, ?3, 'Pejabat', ?4) RETURNING id",
            args![name, nip, role, at(1, 0, 0)],
            |r| r.get(0),
        )
    };
    let kadis = user("Dra. Hj. Siti Aminah", "196805121993031004", "Kadis")?;
    let kabid = user("Budi Santoso", "197502022000031002", "Kabid")?;
    let operator = user("Rina Operator", "199001012015032001", "Operator")?;
    for (bytes, mime) in [(INITIALS, "image/png"), (SCAN, "application/pdf")] {
        let sha = files::sha256_hex(bytes);
        db.execute(
            "INSERT INTO files (sha256, size, mime, has_thumb, created_at)
             VALUES (?1, ?2, ?3, 0, ?4)",
            args![sha, bytes.len() as i64, mime, at(1, 0, 0)],
        )?;
        match db {
            Db::Sqlite(_) => {
                let path = store.files().file_path(&sha)?;
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, bytes).unwrap();
            }
            Db::Postgres(_) => {
                contents::put(db, &sha, &mut &bytes[..])?;
            }
        }
    }
    let (initials, scan) = (files::sha256_hex(INITIALS), files::sha256_hex(SCAN));
    let r1 = release(
        db,
        "rilis-1",
        1,
        "SOP-004",
        "Archived",
        2,
        "Rapat Koordinasi Stunting",
        None,
    )?;
    let r2 = release(
        db,
        "rilis-2",
        2,
        "SOP-004",
        "Rejected",
        5,
        "Klarifikasi Banjir",
        None,
    )?;
    let r3 = release(
        db,
        "rilis-3",
        3,
        "SOP-004",
        "Registered",
        9,
        "Salah Kirim",
        Some("Keliru"),
    )?;
    let r4 = release(
        db,
        "rilis-4",
        4,
        "SOP-004",
        "Published",
        12,
        "Festival Budaya Dayak",
        None,
    )?;
    let r5 = release(
        db,
        "rilis-5",
        5,
        "SOP-001",
        "Published",
        16,
        "Posting Konten Web",
        None,
    )?;
    let paraf = |release: i64, user: i64, role: &str, decision: &str, paper: bool| {
        db.query_row(
            "INSERT INTO parafs (release_id, step_seq, user_id, role, decision, note, medium,
                initials_sha, scan_sha, scanned_by, at, outcome)
             VALUES (?1, 2, ?2, ?3, ?4, '', ?5, ?6, ?7, ?8, ?9, NULL) RETURNING id",
            args![
                release,
                user,
                role,
                decision,
                if paper { "paper" } else { "screen" },
                (!paper).then(|| initials.clone()),
                paper.then(|| scan.clone()),
                paper.then_some(operator),
                at(3, 2, 0)
            ],
            |r| r.get::<i64>(0),
        )
    };
    paraf(r1, kadis, "Kadis", "approve", false)?;
    let paper = paraf(r1, kabid, "Kabid", "approve", true)?;
    db.execute(
        "INSERT INTO paper_paraf_reviews (paraf_id, outcome, user_id, reason, at)
         VALUES (?1, 'confirmed', ?2, '', ?3)",
        args![paper, kabid, at(3, 5, 0)],
    )?;
    paraf(r2, kadis, "Kadis", "reject", false)?;
    paraf(r4, kadis, "Kadis", "approve", false)?;
    let site = id_of(
        db,
        "SELECT id FROM sites WHERE name = ?1",
        "Website resmi dinas",
    )?;
    for (release, day, url) in [
        (
            r1,
            4,
            "https://diskominfo.example.go.id/berita/rapat-stunting",
        ),
        (
            r4,
            13,
            "https://diskominfo.example.go.id/berita/festival-dayak",
        ),
        (r5, 17, "https://mediacenter.example.go.id/posting-konten"),
    ] {
        db.execute(
            "INSERT INTO publications (release_id, site_id, url, published_at, operator_id,
                recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?4)",
            args![release, site, url, at(day, 1, 15), operator],
        )?;
    }
    let cabinet = id_of(
        db,
        "INSERT INTO cabinets (code, name) VALUES (?1, 'Lemari arsip') RETURNING id",
        "A",
    )?;
    let drawer: i64 = db.query_row(
        "INSERT INTO drawers (cabinet_id, code, name) VALUES (?1, '1', 'Laci 1') RETURNING id",
        args![cabinet],
        |r| r.get(0),
    )?;
    let folder: i64 = db.query_row(
        "INSERT INTO folders (drawer_id, code, name, capacity)
         VALUES (?1, 'PR-2026-01', 'Rilis 2026', 100) RETURNING id",
        args![drawer],
        |r| r.get(0),
    )?;
    let series = id_of(
        db,
        "SELECT id FROM archive_series WHERE code = ?1",
        "approved",
    )?;
    for (seq, voided) in [(1_i64, true), (2, false)] {
        db.execute(
            "INSERT INTO archive_numbers (series_id, year, period, seq, number, release_id,
                folder_id, prior_status, allocated_at, voided_at, void_reason)
             VALUES (?1, 2026, 0, ?2, ?3, ?4, ?5, 'Published', ?6, ?7, ?8)",
            args![
                series,
                seq,
                format!("{seq:03}/PR/DISKOMINFO/XI/2026"),
                r1,
                folder,
                at(6, 1, 0),
                voided.then(|| at(6, 2, 0)),
                voided.then_some("Salah map")
            ],
        )?;
    }
    // Closed steps for the SOP time report and the record book; a return and a resubmission.
    for (release, seq, day, actor) in [(r1, 1, 2, None), (r1, 2, 3, Some(kadis)), (r5, 1, 16, None)]
    {
        db.execute(
            "INSERT INTO step_timings (release_id, step_seq, started_at, ended_at, actor_id,
                note) VALUES (?1, ?2, ?3, ?4, ?5, 'selesai')",
            args![release, seq, at(day, 1, 30), at(day, 4, 0), actor],
        )?;
    }
    db.execute(
        "INSERT INTO checks (release_id, user_id, outcome, reason, at)
         VALUES (?1, ?2, 'returned', 'Lampiran kurang', ?3)",
        args![r2, kabid, at(5, 2, 0)],
    )?;
    db.execute(
        "INSERT INTO resubmissions (release_id, user_id, at) VALUES (?1, NULL, ?2)",
        args![r2, at(5, 3, 0)],
    )?;
    // Each release registered in the chain with the fingerprint of its row as it now is.
    let mut ids = Vec::new();
    for (uid, id) in [
        ("rilis-1", r1),
        ("rilis-2", r2),
        ("rilis-3", r3),
        ("rilis-4", r4),
    ]
    .into_iter()
    .chain([("rilis-5", r5)])
    {
        let fp = fingerprint::fingerprint(db, id)?;
        let payload = serde_json::json!({ "fingerprint": fp, "reason": format!("{uid} masuk") });
        audit::append(
            db,
            Some(kadis),
            "release.register",
            "release",
            uid,
            &payload,
        )?;
        ids.push((uid.to_owned(), id));
    }
    Ok(ids)
}

fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The rows of a printed book as text: from its column heads to the first page's footer.
fn printed_rows(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let from = flat.find("Keterangan").expect("column heads");
    let to = flat.find("Dicetak").expect("footer");
    flat[from..to].to_owned()
}

/// Where each of `needles` first appears in `text`, in their order; panics on a missing one.
fn places(store: &str, text: &str, needles: &[&str]) -> Vec<usize> {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut found: Vec<usize> = needles
        .iter()
        .map(|n| {
            flat.find(n)
                .unwrap_or_else(|| panic!("{store}: «{n}» not in\n{flat}"))
        })
        .collect();
    let order = found.clone();
    found.sort_unstable();
    assert_eq!(found, order, "{store}: {needles:?} out of order");
    order
}

#[test]
fn the_reports_read_the_same_on_both_stores_and_verify_finds_both_whole() {
    let console = Actor::console();
    let mut seen: Vec<serde_json::Value> = Vec::new();
    for (store, office) in offices("reports") {
        let s = &office.store;
        office
            .act(|db| fill(db, s))
            .unwrap_or_else(|e| panic!("{store}: {e}"));

        let rows = reports::ledger_rows(s, &nov()).unwrap();
        let texts: Vec<[String; 14]> = rows.iter().map(|r| r.texts()).collect();
        assert_eq!(
            texts.len(),
            5,
            "{store}: every release of the month, of either SOP"
        );
        assert_eq!(texts[0][7], "ya", "{store}");
        assert_eq!(texts[0][8], "ya (kertas, dikonfirmasi)", "{store}");
        assert_eq!(texts[0][9], "Disetujui", "{store}");
        assert_eq!(texts[0][11], "002/PR/DISKOMINFO/XI/2026", "{store}");
        assert_eq!(
            texts[0][12], "Lemari A · Laci 1 · Map PR-2026-01",
            "{store}"
        );
        assert!(
            texts[0][13].contains("Nomor arsip dibatalkan: 001/PR/DISKOMINFO/XI/2026: Salah map"),
            "{store}: {}",
            texts[0][13]
        );
        assert_eq!(texts[1][9], "Tidak disetujui", "{store}");
        assert_eq!(texts[2][9], "Ditarik", "{store}");

        let csv = reports::export_agenda(s, &console, &nov(), "csv").unwrap();
        let published = reports::published_report(s, &console, &nov()).unwrap();
        assert_eq!(published.len(), 3, "{store}");
        let sop = reports::sop_time_report(s, &console, 2026, Some(11)).unwrap();
        assert_eq!(
            (sop.returns, sop.resubmissions, sop.withdrawals),
            (1, 1, 1),
            "{store}"
        );
        let trail = s
            .with_db(|db| audit::trail(db, "release", "rilis-1", TimeZone::WITA))
            .unwrap();
        let trail: Vec<(String, Option<String>)> = trail
            .into_iter()
            .map(|e| (e.action_label, e.reason))
            .collect();
        assert_eq!(
            trail,
            [(
                "Rilis didaftarkan di Buku Agenda".to_owned(),
                Some("rilis-1 masuk".to_owned())
            )],
            "{store}"
        );

        // The printed ledger: the same rows in the same order; on a server the paraf images
        // were fetched into the desk's cache to be printed.
        let ledger = pdf_text(&print::ledger_pdf(s, &nov(), Paper::A4).unwrap());
        places(
            store,
            &ledger,
            &[
                "Rapat Koordinasi Stunting",
                "Lemari A · Laci 1 · Map PR-2026-01",
                "Klarifikasi Banjir",
                "Tidak disetujui",
                "Salah Kirim",
                "Festival Budaya Dayak",
            ],
        );
        for bytes in [INITIALS, SCAN] {
            let cached = s.files().file_path(&files::sha256_hex(bytes)).unwrap();
            assert!(cached.exists(), "{store}: {}", cached.display());
        }
        let book = print::record_book_pdf(s, &nov(), Some("SOP-001"), Paper::A4, &Job::none());
        let book = pdf_text(&book.unwrap_or_else(|e| panic!("{store}: {e}")));
        places(
            store,
            &book,
            &[
                "Posting Konten Web",
                "posting-konten",
                "Website resmi dinas",
            ],
        );
        let report = pdf_text(&print::published_report_pdf(s, &nov(), Paper::A4).unwrap());
        places(
            store,
            &report,
            &[
                "Rapat Koordinasi Stunting",
                "Festival Budaya Dayak",
                "Posting Konten Web",
            ],
        );
        let sop_pdf = pdf_text(&print::sop_report_pdf(s, 2026, Some(11), Paper::A4).unwrap());
        places(store, &sop_pdf, &["November 2026"]);

        let check = verify::verify(s, &console, true).unwrap();
        assert!(check.ok, "{store}: {:?}", check.faults);
        assert_eq!((check.releases, check.files_checked), (5, 2), "{store}");
        let head = verify::find_printed_head(s, &console, &check.audit_head[..16])
            .unwrap()
            .expect("the head is in the chain");
        assert_eq!(
            (head.hash, head.later),
            (check.audit_head.clone(), 0),
            "{store}"
        );

        // What the user sees, to compare across the stores (ids and clocks apart).
        let mut sop = serde_json::to_value(&sop).unwrap();
        for step in sop["steps"].as_array_mut().unwrap() {
            for person in step["people"].as_array_mut().unwrap() {
                person["actor_id"] = serde_json::Value::Null;
            }
        }
        seen.push(serde_json::json!({
            "ledger": serde_json::to_value(&rows).unwrap(),
            "printed": printed_rows(&ledger),
            "csv": String::from_utf8(csv).unwrap(),
            "published": serde_json::to_value(&published).unwrap(),
            "sop": sop,
        }));
    }
    assert_eq!(seen[0]["ledger"], seen[1]["ledger"]);
    assert_eq!(seen[0]["printed"], seen[1]["printed"]);
    assert_eq!(seen[0]["csv"], seen[1]["csv"]);
    assert_eq!(seen[0]["published"], seen[1]["published"]);
    assert_eq!(seen[0]["sop"], seen[1]["sop"]);
}

#[test]
fn verify_on_the_server_finds_a_tampered_event_a_changed_row_and_a_damaged_file() {
    let [_, (_, office)] = offices("tamper");
    let s = &office.store;
    office.act(|db| fill(db, s)).unwrap();
    let console = Actor::console();
    assert!(verify::verify(s, &console, true).unwrap().ok);
    // Behind PressDesk's back, as the server's superuser with the guards turned off.
    let admin = postgres::Client::connect(
        &Cluster::shared().superuser_url("seam_tamper"),
        postgres::NoTls,
    )
    .unwrap();
    let admin = std::cell::RefCell::new(admin);
    admin
        .borrow_mut()
        .batch_execute(
            "SET session_replication_role = replica;
             UPDATE pressdesk.audit_events SET payload = '{\"fingerprint\": null}'
              WHERE id = (SELECT min(id) FROM pressdesk.audit_events);
             UPDATE pressdesk.releases SET title = 'Judul diganti' WHERE uid = 'rilis-4';
             DELETE FROM pressdesk.file_chunks WHERE sha256 IN
               (SELECT sha256 FROM pressdesk.files WHERE mime = 'application/pdf');",
        )
        .unwrap();
    let check = verify::verify(s, &console, true).unwrap();
    assert!(!check.ok);
    let faults = check.faults.join("\n");
    assert!(faults.contains("isi peristiwa telah diubah"), "{faults}");
    assert!(
        faults.contains("Agenda 004/2026: isi rekaman berbeda"),
        "{faults}"
    );
    let scan = files::sha256_hex(SCAN);
    assert!(faults.contains(&format!("Berkas {scan}")), "{faults}");
    // The server's own walk says the same of the chain.
    let chain = pressdesk_core::server::verify_chain(&Db::Postgres(&admin)).unwrap();
    assert_eq!(chain.faults.len(), 1, "{:?}", chain.faults);
}
