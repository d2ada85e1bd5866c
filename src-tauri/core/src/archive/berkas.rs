//! Files (berkas): the archivist opens one (its number gap-free per year, a classification
//! code, a description, the processing unit, the start of its period), adds archived releases
//! to it as items (numbered gap-free within the file, in the order added) and closes it at the
//! end of its period; a closed file never changes and takes no item. A folder of the cabinet
//! can hold several files. Each file shows its retention, computed from its end and its code.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::retention::Retention;
use super::scheme::{assign_suggested, class_on, code_on};
use super::ClassCode;
use crate::access::{Reader, Security};
use crate::db::Store;
use crate::error::{Error, Result};
use crate::filing::FolderInfo;
use crate::model::{check_text, Actor};
use crate::permissions::{require, Action};
use crate::sql::{Db, Row};
use crate::workflow::load_state;
use crate::{args, audit, numbering, office, timefmt};

/// The counter of the files of a year.
const SERIES: &str = "berkas";

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
}

/// One item of a file, as the Daftar Isi Berkas lists it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct BerkasItem {
    pub item_no: i64,
    pub release_id: String,
    pub agenda_no: String,
    pub archive_no: Option<String>,
    /// The release's own code (may differ from the file's).
    pub code: Option<String>,
    /// The release's title, or [`Security::masked_title`] for a reader who may not open it.
    pub title: String,
    /// The date of the record (its letter's date, else the day it was received), `YYYY-MM-DD`.
    pub date: String,
    pub date_display: String,
    pub security: Security,
    /// True when the title was masked for this reader.
    pub restricted: bool,
}

/// A file with its items, in item order.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct BerkasDetail {
    pub berkas: Berkas,
    pub items: Vec<BerkasItem>,
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

pub(crate) fn number_of(year: i64, seq: i64) -> String {
    format!("{seq:03}/{year}")
}

/// "003/2026" or "3/2026": the file's year and number.
fn parse_number(key: &str) -> Result<(i64, i64)> {
    let bad = || {
        Error::invalid(
            "berkas",
            format!("Nomor berkas «{key}» tidak sah; tulis seperti 003/2026."),
        )
    };
    let (seq, year) = key.trim().split_once('/').ok_or_else(bad)?;
    Ok((
        year.trim().parse().map_err(|_| bad())?,
        seq.trim().parse().map_err(|_| bad())?,
    ))
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
        Some(id) => Some(crate::filing::folder_by_id(db, id)?.location),
        None => None,
    };
    let (year, seq): (i64, i64) = (r.get(1)?, r.get(2)?);
    Ok(Berkas {
        id: r.get(0)?,
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
    let month = |d: NaiveDate| timefmt::month_name(d.month());
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
    .ok_or_else(|| Error::NotFound(format!("Berkas {} tidak ada.", number_of(year, seq))))
}

/// Every file of `year` (all years when `None`), by year and number.
pub fn list_berkas(store: &Store, actor: &Actor, year: Option<i32>) -> Result<Vec<Berkas>> {
    require(actor, Action::Read)?;
    store.with_db(|db| all_on(db, year))
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

/// One file with its items (the Daftar Isi Berkas), titles masked for what `actor` may not open.
pub fn get_berkas(store: &Store, actor: &Actor, key: &str) -> Result<BerkasDetail> {
    require(actor, Action::Read)?;
    store.with_db(|db| {
        let reader = Reader::of(db, actor)?;
        let berkas = berkas_on(db, key)?;
        let items = items_on(db, &reader, berkas.id)?;
        Ok(BerkasDetail { berkas, items })
    })
}

pub(crate) fn items_on(db: &Db, reader: &Reader, berkas_id: i64) -> Result<Vec<BerkasItem>> {
    let rows = db.query(
        concat!(
            "SELECT i.item_no, r.uid, r.agenda_year, r.agenda_seq,
                (SELECT a.number FROM archive_numbers a WHERE a.release_id = r.id
                   AND a.voided_at IS NULL ORDER BY a.id DESC LIMIT 1),
                (SELECT rc.code FROM release_classes rc WHERE rc.release_id = r.id),
                r.title, r.letter_date, r.received_at, ",
            crate::security_of_r!(),
            " FROM berkas_items i JOIN releases r ON r.id = i.release_id
             WHERE i.berkas_id = ?1 ORDER BY i.item_no"
        ),
        args![berkas_id],
    )?;
    let tz = office::timezone_on(db)?;
    rows.iter()
        .map(|r| {
            let security = crate::access::security_of(r.get::<Option<String>>(9)?.as_deref())?;
            let open = reader.may_open(security);
            let date = match r.get::<Option<String>>(7)? {
                Some(d) => timefmt::parse_date("letter_date", &d)?,
                None => timefmt::local_date(timefmt::from_db(&r.get::<String>(8)?)?, tz),
            };
            Ok(BerkasItem {
                item_no: r.get(0)?,
                release_id: r.get(1)?,
                agenda_no: numbering::agenda_display(r.get(2)?, r.get(3)?),
                archive_no: r.get(4)?,
                code: r.get(5)?,
                title: if open {
                    r.get(6)?
                } else {
                    security.masked_title()
                },
                date: date.to_string(),
                date_display: timefmt::format_date(date),
                security,
                restricted: !open,
            })
        })
        .collect()
}

/// Opens a file: the next number of its year, in one audited transaction.
pub fn open_berkas(store: &Store, actor: &Actor, input: BerkasInput) -> Result<Berkas> {
    require(actor, Action::Archive)?;
    check_text("code", "Kode klasifikasi", &input.code, true, 30)?;
    check_text(
        "description",
        "Uraian berkas",
        &input.description,
        true,
        500,
    )?;
    let unit = input.unit.clone().unwrap_or_default();
    check_text("unit", "Unit pengolah", &unit, false, 200)?;
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
        let folder: Option<FolderInfo> = match input.folder.as_deref().map(str::trim) {
            Some(f) if !f.is_empty() => Some(crate::filing::folder_by_code(db, f)?),
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
                folder.as_ref().map(|f| f.id),
                start.to_string(),
                timefmt::to_db(timefmt::now()),
                actor.id()
            ],
            |r| r.get(0),
        )?;
        let number = number_of(year.into(), seq);
        let payload = serde_json::json!({
            "code": code.code, "description": input.description.trim(), "unit": unit,
            "folder": folder.as_ref().map(|f| &f.code), "period_start": start.to_string(),
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
            return Err(Error::Conflict(format!(
                "Berkas {} sudah ditutup.",
                b.number
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
                format!(
                    "Akhir kurun waktu tidak boleh sebelum awalnya ({}).",
                    b.period_start
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

/// Adds an archived release (by id or exact number) to an open file as its next item; the
/// release gets its suggested code if it has none yet.
pub fn add_to_berkas(store: &Store, actor: &Actor, key: &str, release: &str) -> Result<BerkasItem> {
    require(actor, Action::Archive)?;
    store.with_db_tx(|db| {
        let uid = crate::release::resolve(db, release)?;
        let state = load_state(db, &uid)?;
        let b = berkas_on(db, key)?;
        if b.closed {
            return Err(Error::Conflict(format!(
                "Berkas {} sudah ditutup; tidak dapat menerima rilis lagi.",
                b.number
            )));
        }
        let archived = db.exists(
            "SELECT 1 FROM archive_numbers WHERE release_id = ?1 AND voided_at IS NULL",
            args![state.id],
        )?;
        if !archived {
            return Err(Error::Conflict(format!(
                "Rilis {} belum diberi nomor arsip; arsipkan dulu sebelum dimasukkan ke berkas.",
                state.agenda_no
            )));
        }
        let class = class_on(db, &uid)?;
        if let Some(other) = class.berkas {
            return Err(Error::Conflict(format!(
                "Rilis {} sudah menjadi isi berkas {other}.",
                state.agenda_no
            )));
        }
        assign_suggested(db, state.id, actor.id())?;
        let item_no = numbering::next(db, &format!("{SERIES}:{}", b.id), b.year)?;
        db.execute(
            "INSERT INTO berkas_items (release_id, berkas_id, item_no, added_at, added_by)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            args![
                state.id,
                b.id,
                item_no,
                timefmt::to_db(timefmt::now()),
                actor.id()
            ],
        )?;
        let payload = serde_json::json!({ "berkas": b.number, "item_no": item_no });
        audit::append(db, actor.id(), "berkas.add", "release", &uid, &payload)?;
        let reader = Reader::of(db, actor)?;
        items_on(db, &reader, b.id)?
            .into_iter()
            .find(|i| i.item_no == item_no)
            .ok_or_else(|| Error::Corrupt("isi berkas yang baru ditambahkan tidak terbaca".into()))
    })
}
