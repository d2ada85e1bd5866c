//! The reports and `verify` on both stores, from one small data set written with one SQL text:
//! a November of five releases (initialed on screen and on paper, published, filed under a
//! number that replaced a voided one, rejected, withdrawn, one on SOP 001 for its record
//! book), each registered with its fingerprint in the audit chain. Every report reads the same
//! on either store; `verify` finds both whole, and on the server finds a tampered event, a
//! changed release row and a damaged file.

use std::process::Command;

use pg_cluster::Cluster;
use pressdesk_core::job::Job;
use pressdesk_core::model::{Actor, TimeZone};
use pressdesk_core::print::{self, Paper};
use pressdesk_core::sql::Db;
use pressdesk_core::{audit, files, reports, verify};

use super::offices;
use fixture::{fill, nov, INITIALS, SCAN};

mod fixture;

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

        let rows = reports::ledger_rows(s, &Actor::console(), &nov()).unwrap();
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
    let admin = pressdesk_core::sql::PgConn::new(admin);
    admin
        .client()
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
