//! Files (berkas): the archivist opens one (its number gap-free per year, a classification
//! code, a description, the processing unit, the start of its period), adds archived releases
//! to it as items (`items.rs`) and closes it at the end of its period; a closed file never
//! changes and takes no item. A folder of the cabinet can hold several files. Each file shows
//! its retention, computed from its end and its code.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::number_of;
use super::retention::Retention;
use super::scheme::code_on;
use super::ClassCode;
use crate::access::{Reader, Security};
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{check_text, Actor};
use crate::permissions::{require, Action};
use crate::sql::{Db, Row, ToValue};
use crate::{args, audit, numbering, office, timefmt};

/// The counter of the files of a year.
pub(super) const SERIES: &str = "berkas";

/// A file as the Daftar Berkas lists it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Berkas {
    pub id: i64,
    /// "003/2026": its number within its year, the key the CLI and the UI name it by.
    pub number: String,
    pub year: i32,
    /// Its number within the year (the Daftar Berkas's "Nomor Berkas").
    pub seq: i64,
    pub code: String,
    pub code_name: String,
    pub description: String,
    /// The processing unit (unit pengolah).
    pub unit: String,
    /// The folder of the cabinet it is kept in, if given.
    pub folder: Option<String>,
    pub location: Option<String>,
    /// `YYYY-MM-DD`
    pub period_start: String,
    /// `YYYY-MM-DD`, once closed.
    pub period_end: Option<String>,
    /// The kurun waktu as printed: "2026" or "Maret–Desember 2026" or "2025–2026".
    pub period_label: String,
    pub closed: bool,
    /// How many items it holds (jumlah).
    pub item_count: i64,
    /// The code's security classification.
    pub security: Security,
    pub retention: Retention,
    /// Moved to the records unit (its usul pindah carried out), with its berita acara.
    pub moved: Option<Disposal>,
    /// Its final disposition carried out: destroyed, handed over, or reviewed.
    pub disposed: Option<Disposal>,
}

/// A step of a file's retention carried out, as recorded with its berita acara.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Disposal {
    /// "Dipindahkan ke unit kearsipan", "Dimusnahkan", …
    pub label: String,
    /// `YYYY-MM-DD`
    pub done_on: String,
    pub done_display: String,
    pub ba_number: String,
}

/// The moved and final records of file `id`.
fn disposals_of(db: &Db, id: i64) -> Result<(Option<Disposal>, Option<Disposal>)> {
    let rows = db.query(
        "SELECT stage, disposition, done_on, ba_number FROM berkas_disposals
         WHERE berkas_id = ?1",
        args![id],
    )?;
    let (mut moved, mut disposed) = (None, None);
    for r in &rows {
        let done_on: String = r.get(2)?;
        let disposition: String = r.get(1)?;
        let label = match disposition.as_str() {
            "pindah" => "disposal-done-pindah",
            "musnah" => "disposal-done-musnah",
            "permanen" => "disposal-done-permanen",
            _ => "disposal-done-dinilai-kembali",
        };
        let record = Disposal {
            label: crate::tr!(label),
            done_display: timefmt::show_date(timefmt::parse_date("done_on", &done_on)?),
            done_on,
            ba_number: r.get(3)?,
        };
        if r.get::<String>(0)? == "pindah" {
            moved = Some(record);
        } else {
            disposed = Some(record);
        }
    }
    Ok((moved, disposed))
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct BerkasInput {
    pub code: String,
    pub description: String,
    /// The processing unit; the office's name when empty.
    pub unit: Option<String>,
    /// The folder's code, when the file is kept in one.
    pub folder: Option<String>,
    /// `YYYY-MM-DD`; today when empty. Its year is the file's year.
    pub period_start: Option<String>,
}

/// "003/2026" or "3/2026": the file's year and number.
fn parse_number(key: &str) -> Result<(i64, i64)> {
    let bad = || {
        Error::invalid(
            "berkas",
            crate::tr!("err-nomor-berkas-tidak-sah-tulis", key = key),
        )
    };
    let (seq, year) = key.trim().split_once('/').ok_or_else(bad)?;
    Ok((
        year.trim().parse().map_err(|_| bad())?,
        seq.trim().parse().map_err(|_| bad())?,
    ))
}

/// A folder of the cabinet (its id, code and "Lemari A · Laci 1 · Map X"), read here rather
/// than through `filing`, which files a release under its code through this module.
fn folder_where(db: &Db, cond: &str, arg: &dyn ToValue) -> Result<(i64, String, String)> {
    db.query_opt(
        &format!(
            "SELECT f.id, f.code, c.code, d.code FROM folders f
             JOIN drawers d ON d.id = f.drawer_id JOIN cabinets c ON c.id = d.cabinet_id
             WHERE {cond}"
        ),
        &[arg],
        |r| {
            let (code, cabinet, drawer): (String, String, String) =
                (r.get(1)?, r.get(2)?, r.get(3)?);
            let location = crate::model::folder_location(&cabinet, &drawer, &code);
            Ok((r.get(0)?, code, location))
        },
    )?
    .ok_or_else(|| Error::NotFound(crate::tr!("err-map-itu-tidak-ada-di")))
}

const SELECT: &str = "SELECT b.id, b.year, b.seq, b.code, b.description, b.unit, f.code,
    b.period_start, b.period_end, b.closed_at,
    (SELECT count(*) FROM berkas_items i WHERE i.berkas_id = b.id), b.folder_id
    FROM berkas b LEFT JOIN folders f ON f.id = b.folder_id";

fn from_row(db: &Db, r: &Row) -> Result<Berkas> {
    let code = code_on(db, &r.get::<String>(3)?)?;
    let start = timefmt::parse_date("period_start", &r.get::<String>(7)?)?;
    let end = r
        .get::<Option<String>>(8)?
        .map(|d| timefmt::parse_date("period_end", &d))
        .transpose()?;
    let location = match r.get::<Option<i64>>(11)? {
        Some(id) => Some(folder_where(db, "f.id = ?1", &id)?.2),
        None => None,
    };
    let (year, seq): (i64, i64) = (r.get(1)?, r.get(2)?);
    let id: i64 = r.get(0)?;
    let (moved, disposed) = disposals_of(db, id)?;
    Ok(Berkas {
        id,
        moved,
        disposed,
        number: number_of(year, seq),
        year: year as i32,
        seq,
        code_name: code.name.clone(),
        security: code.security,
        retention: Retention::of(&code, end),
        code: code.code,
        description: r.get(4)?,
        unit: r.get(5)?,
        folder: r.get(6)?,
        location,
        period_start: start.to_string(),
        period_end: end.map(|d| d.to_string()),
        period_label: period_label(start, end),
        closed: r.get::<Option<String>>(9)?.is_some(),
        item_count: r.get(10)?,
    })
}

/// The kurun waktu: the year alone for a whole year, else the months (and years) it spans.
fn period_label(start: NaiveDate, end: Option<NaiveDate>) -> String {
    let month = |d: NaiveDate| timefmt::show_month(d.month());
    match end {
        None => format!("{} {} – …", month(start), start.year()),
        Some(end) if start.year() != end.year() => format!("{}–{}", start.year(), end.year()),
        Some(end) if start.month() == 1 && end.month() == 12 => start.year().to_string(),
        Some(end) if start.month() == end.month() => format!("{} {}", month(start), end.year()),
        Some(end) => format!("{}–{} {}", month(start), month(end), end.year()),
    }
}

pub(crate) fn berkas_on(db: &Db, key: &str) -> Result<Berkas> {
    let (year, seq) = parse_number(key)?;
    db.query_opt(
        &format!("{SELECT} WHERE b.year = ?1 AND b.seq = ?2"),
        args![year, seq],
        |r| from_row(db, r),
    )?
    .ok_or_else(|| {
        Error::NotFound(crate::tr!(
            "err-berkas-tidak-ada",
            seq = number_of(year, seq)
        ))
    })
}

/// Every file of `year` (all years when `None`), by year and number, as `actor` may read them.
pub fn list_berkas(store: &Store, actor: &Actor, year: Option<i32>) -> Result<Vec<Berkas>> {
    require(actor, Action::Read)?;
    store.with_db(|db| {
        let reader = Reader::of(db, actor)?;
        Ok(all_on(db, year)?
            .into_iter()
            .map(|b| b.as_read_by(&reader))
            .collect())
    })
}

impl Berkas {
    /// The file as `reader` sees it: a file of a code whose class the reader may not open
    /// keeps its code, number, period and count, not its description (`crate::access`).
    pub fn as_read_by(mut self, reader: &Reader) -> Berkas {
        if !reader.may_open(self.security) {
            self.description = self.security.masked_title();
        }
        self
    }
}

pub(crate) fn all_on(db: &Db, year: Option<i32>) -> Result<Vec<Berkas>> {
    let rows = match year {
        Some(y) => db.query(
            &format!("{SELECT} WHERE b.year = ?1 ORDER BY b.year, b.seq"),
            args![y],
        )?,
        None => db.query(&format!("{SELECT} ORDER BY b.year, b.seq"), &[])?,
    };
    rows.iter().map(|r| from_row(db, r)).collect()
}

/// Opens a file: the next number of its year, in one audited transaction.
pub fn open_berkas(store: &Store, actor: &Actor, input: BerkasInput) -> Result<Berkas> {
    require(actor, Action::Archive)?;
    check_text("code", "label-kode-klasifikasi", &input.code, true, 30)?;
    check_text(
        "description",
        "label-uraian-berkas",
        &input.description,
        true,
        500,
    )?;
    let unit = input.unit.clone().unwrap_or_default();
    check_text("unit", "label-unit-pengolah", &unit, false, 200)?;
    store.with_db_tx(|db| {
        let code: ClassCode = code_on(db, &input.code)?;
        let tz = office::timezone_on(db)?;
        let start = match input
            .period_start
            .as_deref()
            .filter(|s| !s.trim().is_empty())
        {
            Some(s) => timefmt::parse_date("period_start", s)?,
            None => timefmt::local_date(timefmt::now(), tz),
        };
        let unit = match unit.trim() {
            "" => db
                .query_opt("SELECT name FROM office WHERE id = 1", &[], |r| r.get(0))?
                .unwrap_or_default(),
            u => u.to_owned(),
        };
        let folder = match input.folder.as_deref().map(str::trim) {
            Some(f) if !f.is_empty() => Some(folder_where(db, "f.code = ?1", &f)?),
            _ => None,
        };
        let year = start.year();
        let seq = numbering::next(db, SERIES, year)?;
        let id: i64 = db.query_row(
            "INSERT INTO berkas (year, seq, code, description, unit, folder_id, period_start,
                opened_at, opened_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
            args![
                year,
                seq,
                code.code,
                input.description.trim(),
                unit,
                folder.as_ref().map(|f| f.0),
                start.to_string(),
                timefmt::to_db(timefmt::now()),
                actor.id()
            ],
            |r| r.get(0),
        )?;
        let number = number_of(year.into(), seq);
        let payload = serde_json::json!({
            "code": code.code, "description": input.description.trim(), "unit": unit,
            "folder": folder.as_ref().map(|f| &f.1), "period_start": start.to_string(),
        });
        audit::append(db, actor.id(), "berkas.open", "berkas", &number, &payload)?;
        db.query_row(&format!("{SELECT} WHERE b.id = ?1"), args![id], |r| {
            from_row(db, r)
        })
    })
}

/// Closes a file at the end of its period (`YYYY-MM-DD`; today when `None`): from then on it
/// takes no item and its items' codes are fixed; its retention runs from that date.
pub fn close_berkas(
    store: &Store,
    actor: &Actor,
    key: &str,
    period_end: Option<&str>,
) -> Result<Berkas> {
    require(actor, Action::Archive)?;
    store.with_db_tx(|db| {
        let b = berkas_on(db, key)?;
        if b.closed {
            return Err(Error::Conflict(crate::tr!(
                "err-berkas-sudah-ditutup",
                number = b.number
            )));
        }
        let tz = office::timezone_on(db)?;
        let end = match period_end.filter(|s| !s.trim().is_empty()) {
            Some(s) => timefmt::parse_date("period_end", s)?,
            None => timefmt::local_date(timefmt::now(), tz),
        };
        if end.to_string() < b.period_start {
            return Err(Error::invalid(
                "period_end",
                crate::tr!(
                    "err-akhir-kurun-waktu-tidak-boleh",
                    period_start = b.period_start
                ),
            ));
        }
        db.execute(
            "UPDATE berkas SET period_end = ?1, closed_at = ?2, closed_by = ?3 WHERE id = ?4",
            args![
                end.to_string(),
                timefmt::to_db(timefmt::now()),
                actor.id(),
                b.id
            ],
        )?;
        let payload = serde_json::json!({ "period_end": end.to_string(), "items": b.item_count });
        audit::append(
            db,
            actor.id(),
            "berkas.close",
            "berkas",
            &b.number,
            &payload,
        )?;
        berkas_on(db, &b.number)
    })
}
