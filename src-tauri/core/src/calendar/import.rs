//! A year's national holidays and cuti bersama from a CSV file, one `date,name` a line (an
//! optional header line; `;` also separates, as a spreadsheet set to Indonesian writes it).
//! All or nothing: every bad line is reported by its number and then nothing is added. A line
//! already recorded under the same name is skipped, so importing a file twice adds nothing.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::holidays::{check_date, check_name, holiday, holiday_name, insert_holiday, Holiday};
use super::Calendar;
use crate::audit;
use crate::db::Store;
use crate::error::{Error, FieldErrors, Result};
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::timefmt;

/// A year's list is a few dozen lines; anything far larger is the wrong file.
const MAX_BYTES: usize = 256 * 1024;
const MAX_LINES: usize = 2_000;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HolidayImport {
    pub added: Vec<Holiday>,
    /// Lines already recorded with the same name, skipped.
    pub already: u32,
}

struct Line {
    no: u64,
    date: NaiveDate,
    name: String,
}

/// Every bad line is reported under this field, its message starting "Baris N:".
const FIELD: &str = "csv";

/// Adds every holiday of `csv` in one transaction, or none when any line is wrong.
pub fn import_holidays(store: &Store, actor: &Actor, csv: &str) -> Result<HolidayImport> {
    require(actor, Action::ManageCalendar)?;
    if csv.len() > MAX_BYTES {
        return Err(Error::invalid(
            FIELD,
            crate::tr!("err-berkas-csv-terlalu-besar-paling"),
        ));
    }
    let (lines, mut bad) = read(csv);
    if lines.is_empty() && bad.is_empty() {
        return Err(Error::invalid(
            FIELD,
            crate::tr!("err-berkas-csv-tidak-berisi-hari"),
        ));
    }
    store.with_db_tx(|db| {
        let mut fresh = Vec::new();
        let mut already = 0;
        for line in lines {
            match holiday_name(db, line.date)? {
                Some(name) if name == line.name => already += 1,
                Some(name) => bad.push((
                    line.no,
                    crate::tr!(
                        "err-sudah-tercatat-sebagai-hapus-dulu",
                        date = timefmt::format_date(line.date),
                        name = name
                    ),
                )),
                None => fresh.push(line),
            }
        }
        bad.sort_by_key(|(no, _)| *no);
        let mut errs = FieldErrors::default();
        for (no, message) in bad {
            errs.check::<()>(Err(Error::invalid(
                FIELD,
                crate::tr!("err-baris", no = no, message = message),
            )))?;
        }
        errs.finish()?;
        for line in &fresh {
            insert_holiday(db, actor, line.date, &line.name)?;
        }
        if !fresh.is_empty() {
            let added: Vec<_> = fresh
                .iter()
                .map(|l| serde_json::json!({ "date": l.date.to_string(), "name": l.name }))
                .collect();
            audit::append(
                db,
                actor.id(),
                "holiday.import",
                "holiday",
                "import",
                &serde_json::json!({ "added": added, "already": already }),
            )?;
        }
        let cal = Calendar::load(db)?;
        Ok(HolidayImport {
            added: fresh
                .into_iter()
                .map(|l| holiday(&cal, l.date, l.name))
                .collect(),
            already,
        })
    })
}

/// The good lines and, for each bad one, its number and what is wrong with it.
fn read(csv: &str) -> (Vec<Line>, Vec<(u64, String)>) {
    let csv = csv.trim_start_matches('\u{feff}');
    let first = csv.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = if first.contains(';') && !first.contains(',') {
        b';'
    } else {
        b','
    };
    let (mut lines, mut bad) = (Vec::new(), Vec::new());
    let mut seen: HashMap<NaiveDate, u64> = HashMap::new();
    // One record a line (a holiday's name has no line break), so a line's number is exact.
    for (i, text) in csv.lines().enumerate() {
        let no = i as u64 + 1;
        if i >= MAX_LINES {
            bad.push((
                no,
                crate::tr!("err-berkas-lebih-dari-baris", max_lines = MAX_LINES),
            ));
            break;
        }
        let record = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .trim(csv::Trim::All)
            .delimiter(delimiter)
            .from_reader(text.as_bytes())
            .records()
            .next();
        let record = match record {
            None => continue,
            Some(Ok(r)) => r,
            Some(Err(e)) => {
                bad.push((no, crate::tr!("err-tidak-dapat-dibaca", e = e)));
                continue;
            }
        };
        let date = record.get(0).unwrap_or("");
        // A name with commas that were not quoted is still one name.
        let name = record.iter().skip(1).collect::<Vec<_>>().join(", ");
        let name = name.trim();
        if date.is_empty() && name.is_empty() {
            continue;
        }
        if lines.is_empty() && bad.is_empty() && is_header(date) {
            continue;
        }
        let date = match check_date("date", date) {
            Ok(d) => d,
            Err(e) => {
                bad.push((no, e.to_string()));
                continue;
            }
        };
        if let Err(e) = check_name("name", name) {
            bad.push((no, e.to_string()));
            continue;
        }
        if let Some(earlier) = seen.insert(date, no) {
            bad.push((
                no,
                crate::tr!(
                    "err-sudah-ada-di-baris",
                    date = timefmt::format_date(date),
                    earlier = earlier
                ),
            ));
            continue;
        }
        lines.push(Line {
            no,
            date,
            name: name.to_owned(),
        });
    }
    (lines, bad)
}

fn is_header(first_field: &str) -> bool {
    matches!(
        first_field.to_lowercase().as_str(),
        "date" | "tanggal" | "tgl"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_blank_lines_semicolons_and_unquoted_commas_are_read() {
        let (lines, bad) = read("tanggal;nama\n\n2026-01-01;Tahun Baru 2026 Masehi\n");
        assert!(bad.is_empty());
        assert_eq!(lines.len(), 1);
        assert_eq!(
            (lines[0].no, lines[0].name.as_str()),
            (3, "Tahun Baru 2026 Masehi")
        );
        let (lines, bad) = read("25/12/2026,Natal, hari raya\n");
        assert!(bad.is_empty());
        assert_eq!(lines[0].name, "Natal, hari raya");
    }

    #[test]
    fn every_bad_line_is_named_by_its_number() {
        let (lines, bad) = read(
            "date,name\n2026-02-30,Salah\n2026-03-19,\n2026-08-17,HUT RI\n\
                                 2026-08-17,HUT RI lagi\n",
        );
        assert_eq!(lines.len(), 1);
        let nos: Vec<u64> = bad.iter().map(|(no, _)| *no).collect();
        assert_eq!(nos, [2, 3, 5]);
        assert!(bad[0].1.contains("2026-02-30"), "{}", bad[0].1);
        assert!(
            bad[1].1.contains("Nama hari libur wajib diisi"),
            "{}",
            bad[1].1
        );
        assert!(bad[2].1.contains("sudah ada di baris 4"), "{}", bad[2].1);
    }
}
