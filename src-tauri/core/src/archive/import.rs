//! The office's classification scheme imported from its CSV: every line read and checked
//! first, then all written in one audited transaction, or nothing when any line is bad (each
//! bad line named by its number).

use serde::Serialize;
use ts_rs::TS;

use super::{norm_code, Disposition};
use crate::access::Security;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::{args, audit};

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportReport {
    pub added: i64,
    pub updated: i64,
}

/// One line of the office's CSV, read.
struct Line {
    code: String,
    name: String,
    active: i64,
    inactive: i64,
    disposition: Disposition,
    security: Security,
}

/// Imports the office's scheme from CSV text: `kode, nama, aktif, inaktif, keterangan akhir,
/// keamanan` (comma- or semicolon-separated, a header line allowed, keamanan may be left out:
/// biasa). All or nothing: any bad line refuses the whole file, each named by its line number.
/// A code already in the scheme is updated; codes are never removed (files may use them).
pub fn import_codes(store: &Store, actor: &Actor, csv_text: &str) -> Result<ImportReport> {
    require(actor, Action::ManageFiling)?;
    let lines = parse_csv(csv_text)?;
    store.with_db_tx(|db| {
        let mut report = ImportReport {
            added: 0,
            updated: 0,
        };
        let mut sort: i64 = db.query_row(
            "SELECT CAST(coalesce(max(sort), 0) AS INTEGER) FROM class_codes",
            &[],
            |r| r.get(0),
        )?;
        for l in &lines {
            let known = db.exists("SELECT 1 FROM class_codes WHERE code = ?1", args![l.code])?;
            if known {
                db.execute(
                    "UPDATE class_codes SET name = ?1, active_years = ?2, inactive_years = ?3,
                        disposition = ?4, security = ?5 WHERE code = ?6",
                    args![
                        l.name,
                        l.active,
                        l.inactive,
                        l.disposition.as_str(),
                        l.security.as_str(),
                        l.code
                    ],
                )?;
                report.updated += 1;
            } else {
                sort += 1;
                db.execute(
                    "INSERT INTO class_codes (code, name, active_years, inactive_years,
                        disposition, security, sort) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    args![
                        l.code,
                        l.name,
                        l.active,
                        l.inactive,
                        l.disposition.as_str(),
                        l.security.as_str(),
                        sort
                    ],
                )?;
                report.added += 1;
            }
        }
        let payload = serde_json::json!({
            "added": report.added,
            "updated": report.updated,
            "codes": lines.iter().map(|l| &l.code).collect::<Vec<_>>(),
        });
        audit::append(db, actor.id(), "class.import", "class", "scheme", &payload)?;
        Ok(report)
    })
}

/// Every line read, or every bad line named ("baris 4: …") in one refusal.
fn parse_csv(text: &str) -> Result<Vec<Line>> {
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.contains(';') { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut lines = Vec::new();
    let mut bad = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, record) in reader.records().enumerate() {
        let no = i + 1;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                bad.push(crate::tr!("err-baris-tidak-terbaca", no = no, e = e));
                continue;
            }
        };
        let field = |k: usize| record.get(k).unwrap_or("").trim().to_owned();
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if no == 1
            && matches!(
                field(0).to_lowercase().as_str(),
                "kode" | "code" | "kode klasifikasi"
            )
        {
            continue;
        }
        match parse_line(&record) {
            Ok(l) if !seen.insert(l.code.clone()) => bad.push(crate::tr!(
                "err-baris-kode-sudah-ada-di",
                no = no,
                code = l.code
            )),
            Ok(l) => lines.push(l),
            Err(why) => bad.push(crate::tr!(
                "err-baris-2",
                no = no,
                trim_end_matches = why.trim_end_matches('.')
            )),
        }
    }
    if !bad.is_empty() {
        return Err(Error::invalid(
            "csv",
            crate::tr!(
                "err-skema-klasifikasi-tidak-diimpor-tidak",
                bad_join = bad.join("; ")
            ),
        ));
    }
    if lines.is_empty() {
        return Err(Error::invalid(
            "csv",
            crate::tr!("err-berkas-csv-tidak-berisi-satu"),
        ));
    }
    Ok(lines)
}

fn parse_line(record: &csv::StringRecord) -> std::result::Result<Line, String> {
    let field = |k: usize| record.get(k).unwrap_or("").trim();
    if record.len() < 5 {
        return Err(crate::tr!(
            "err-perlu-5-atau-6-kolom",
            record_len = record.len()
        ));
    }
    let code = norm_code(field(0));
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '/');
    if code.is_empty() || code.len() > 30 || !code.chars().all(plain) {
        return Err(crate::tr!("err-kode-tidak-sah", field = field(0)));
    }
    let name = field(1).to_owned();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(crate::tr!("err-nama-kode-kosong-atau-lebih"));
    }
    let years = |k: usize, what: &str| -> std::result::Result<i64, String> {
        field(k)
            .parse::<i64>()
            .ok()
            .filter(|n| (0..=100).contains(n))
            .ok_or_else(|| crate::tr!("import-bad-years", what = what, value = field(k)))
    };
    Ok(Line {
        active: years(2, "aktif")?,
        inactive: years(3, "inaktif")?,
        disposition: Disposition::parse(field(4)).map_err(|e| e.to_string())?,
        security: match field(5) {
            "" => Security::Biasa,
            s => Security::parse(s).map_err(|e| e.to_string())?,
        },
        code,
        name,
    })
}
