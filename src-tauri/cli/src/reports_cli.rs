//! The CLI's period documents: the `ledger` (Buku Agenda PDF), `report sop|published`, the
//! agenda `export` as CSV or XLSX, and `bench ledger` (time and peak memory of the ledger).

use std::path::Path;
use std::time::Instant;

use chrono::NaiveDate;
use pressdesk_core::auth::Actor;
use pressdesk_core::model::{Role, TimeZone};
use pressdesk_core::office::{self, FirstRun, Office};
use pressdesk_core::print::{self, Paper};
use pressdesk_core::release::{self, NewRelease};
use pressdesk_core::reports::{self, Period};
use pressdesk_core::users::NewUser;
use pressdesk_core::{Error, Result, Store};

use crate::args::Args;

fn out_path(args: &mut Args, what: &str) -> Result<String> {
    args.value("--out")?
        .ok_or_else(|| Error::invalid("out", format!("Sebutkan --out {what}.")))
}

fn paper(args: &mut Args) -> Result<Paper> {
    Paper::parse(&args.value("--paper")?.unwrap_or_else(|| "a4".into()))
}

fn period(args: &mut Args) -> Result<Period> {
    Period::from_parts(
        args.parsed("--year")?,
        args.parsed("--month")?,
        args.value("--from")?,
        args.value("--to")?,
    )
}

fn save(path: &str, bytes: &[u8], what: &str) -> Result<()> {
    std::fs::write(path, bytes).map_err(Error::from_io)?;
    println!("{what} ditulis ke {path}");
    Ok(())
}

/// `ledger --year Y [--month M | --from DATE --to DATE] [--paper a4|f4] --out FILE.pdf`
pub fn ledger(store: &Store, args: &mut Args) -> Result<()> {
    let out = out_path(args, "BERKAS.pdf")?;
    let (period, paper) = (period(args)?, paper(args)?);
    let pdf = print::ledger_pdf(store, &period, paper)?;
    save(&out, &pdf, &format!("Buku Agenda {}", period.label()?))
}

/// `report sop --year Y [--month M]` or `report published --year Y [--month M]`, `--out`.
pub fn report(store: &Store, args: &mut Args) -> Result<()> {
    let kind = args.command();
    let out = out_path(args, "BERKAS.pdf")?;
    let paper = paper(args)?;
    match kind.as_deref() {
        Some("sop") => {
            let year = args
                .parsed("--year")?
                .ok_or_else(|| Error::invalid("year", "Sebutkan --year TAHUN."))?;
            let month = args.parsed("--month")?;
            let pdf = print::sop_report_pdf(store, year, month, paper)?;
            save(&out, &pdf, "Laporan waktu SOP")
        }
        Some("published") => {
            let pdf = print::published_report_pdf(store, &period(args)?, paper)?;
            save(&out, &pdf, "Laporan penyebarluasan")
        }
        _ => Err(Error::invalid(
            "command",
            "Gunakan: report sop|published --year Y [--month M] --out BERKAS.pdf",
        )),
    }
}

/// `export --format csv|xlsx --year Y [--month M] --out FILE`
pub fn export(store: &Store, args: &mut Args) -> Result<()> {
    let format = args
        .value("--format")?
        .ok_or_else(|| Error::invalid("format", "Sebutkan --format csv atau xlsx."))?;
    let out = out_path(args, "BERKAS")?;
    let bytes = reports::export_agenda(store, &Actor::console(), &period(args)?, &format)?;
    save(&out, &bytes, "Buku Agenda")
}

/// `bench ledger --releases N [--paper a4|f4] [--out FILE.pdf]`: N releases registered in a
/// temporary store, then the year's ledger timed; prints seconds and peak memory.
pub fn bench_ledger(args: &mut Args, n: u32) -> Result<()> {
    let paper = paper(args)?;
    let out = args.value("--out")?;
    let dir = std::env::temp_dir().join(format!("pressdesk-bench-{}", std::process::id()));
    let result = run_bench(&dir, n, paper, out.as_deref());
    if let Err(e) = std::fs::remove_dir_all(&dir) {
        eprintln!("Folder sementara {} tidak terhapus: {e}", dir.display());
    }
    result
}

const YEAR: i32 = 2025;
const SENDERS: [&str; 5] = [
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    "Sekretariat Daerah Provinsi Kalimantan Utara",
    "Dinas Kesehatan",
    "RSUD dr. H. Jusuf SK",
];
const TOPICS: [&str; 5] = [
    "Gubernur meresmikan jembatan penghubung antardesa di Kecamatan Tanjung Palas",
    "Klarifikasi/hak jawab atas pemberitaan «jalan rusak» di ruas Tanjung Selor — Tanjung Redeb",
    "Pengumuman seleksi terbuka jabatan pimpinan tinggi pratama",
    "Rapat koordinasi percepatan penurunan stunting dan pengendalian inflasi daerah",
    "Bakti sosial dan pemeriksaan kesehatan gratis",
];

fn run_bench(dir: &Path, n: u32, paper: Paper, out: Option<&str>) -> Result<()> {
    let store = Store::open(dir)?;
    office::setup_office(&store, bench_office())?;
    // A throwaway store: no need to survive power loss while filling it.
    store.with_conn(|c| Ok(c.execute_batch("PRAGMA synchronous = OFF")?))?;
    let made = Instant::now();
    for i in 0..n {
        let day =
            NaiveDate::from_yo_opt(YEAR, 1 + (u64::from(i) * 365 / u64::from(n.max(1))) as u32)
                .ok_or_else(|| Error::Internal("tanggal bench tidak sah".into()))?;
        let minute = i % 480;
        let input = NewRelease {
            received_at: Some(format!("{day}T{:02}:{:02}", 8 + minute / 60, minute % 60)),
            sender_org: SENDERS[i as usize % SENDERS.len()].into(),
            sender_contact: "Humas, 0812-5555-0101".into(),
            letter_no: format!("{:03}/HUMAS/{YEAR}", i % 1000),
            letter_date: Some(day.to_string()),
            title: format!("{} ({})", TOPICS[i as usize % TOPICS.len()], i + 1),
            ..NewRelease::default()
        };
        release::register_release(&store, &Actor::console(), input)?;
    }
    eprintln!(
        "{n} rilis dibuat dalam {:.1} s",
        made.elapsed().as_secs_f64()
    );
    // Reset the peak so that VmHWM measures the ledger, not the filling.
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let before = vm_hwm_kb();
    let start = Instant::now();
    let pdf = print::ledger_pdf(&store, &Period::Year { year: YEAR }, paper)?;
    let secs = start.elapsed().as_secs_f64();
    let peak = vm_hwm_kb();
    println!(
        "ledger: {n} rilis, {:.2} s, {:.1} MB PDF, puncak RSS {} MB{}",
        secs,
        pdf.len() as f64 / 1e6,
        peak.map_or_else(|| "?".into(), |kb| (kb / 1024).to_string()),
        match (reset, before) {
            (true, Some(kb)) => format!(" (sebelum ledger {} MB)", kb / 1024),
            _ => " (termasuk pengisian data)".into(),
        }
    );
    if let Some(out) = out {
        std::fs::write(out, &pdf).map_err(Error::from_io)?;
    }
    Ok(())
}

fn bench_office() -> FirstRun {
    FirstRun {
        office: Office {
            name: "Dinas Komunikasi dan Informatika Provinsi Kalimantan Utara".into(),
            unit_code: "DISKOMINFO".into(),
            address: "Jl. Kolonel Soetadji, Tanjung Selor".into(),
            timezone: TimeZone::WITA,
            logo_sha: None,
        },
        admin: NewUser {
            name: "Admin".into(),
            nip: "198001012005011001".into(),
            role: Role::Admin,
            position: "Pranata Komputer".into(),
            pin: Some("135790".into()),
        },
    }
}

/// Peak resident memory of this process so far, in kB (Linux).
fn vm_hwm_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
