//! The items of a file (berkas): archived releases added to an open file, numbered gap-free
//! within it in the order added, and read back (the Daftar Isi Berkas) with each title as the
//! reader may see it (`crate::access`).

use serde::Serialize;
use ts_rs::TS;

use super::berkas::{all_on, berkas_on, Berkas, SERIES};
use super::scheme::{assign_suggested, class_on};
use crate::access::{Reader, Security};
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::sql::Db;
use crate::workflow::load_state;
use crate::{args, audit, numbering, office, timefmt};

/// A file with its items, in item order.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct BerkasDetail {
    pub berkas: Berkas,
    pub items: Vec<BerkasItem>,
}

/// One file with its items (the Daftar Isi Berkas), titles masked for what `actor` may not open.
pub fn get_berkas(store: &Store, actor: &Actor, key: &str) -> Result<BerkasDetail> {
    require(actor, Action::Read)?;
    store.with_db(|db| {
        let reader = Reader::of(db, actor)?;
        let berkas = berkas_on(db, key)?.as_read_by(&reader);
        let items = items_on(db, &reader, berkas.id)?;
        Ok(BerkasDetail { berkas, items })
    })
}

/// Every file of `year` (all years when `None`) with its items, by year and number: the
/// Daftar Isi Berkas of a year in one read, titles masked for what `actor` may not open.
pub fn berkas_details(
    store: &Store,
    actor: &Actor,
    year: Option<i32>,
) -> Result<Vec<BerkasDetail>> {
    require(actor, Action::Read)?;
    store.with_db(|db| {
        let reader = Reader::of(db, actor)?;
        all_on(db, year)?
            .into_iter()
            .map(|berkas| {
                let berkas = berkas.as_read_by(&reader);
                let items = items_on(db, &reader, berkas.id)?;
                Ok(BerkasDetail { berkas, items })
            })
            .collect()
    })
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
    /// The level of development (tingkat perkembangan): "Asli", the release as the office
    /// received and decided it.
    pub development: String,
    /// How many evidence files it holds (photos, videos, letters) beside its text.
    pub evidence_count: i64,
    pub security: Security,
    /// True when the title was masked for this reader.
    pub restricted: bool,
    /// The folder it is kept in, when that is not its file's (a release moved to another
    /// folder after it became an item).
    pub elsewhere: Option<String>,
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
            ", (SELECT count(*) FROM evidence e WHERE e.release_id = r.id
                AND e.removed_at IS NULL),
              (SELECT f.code FROM archive_numbers a JOIN folders f ON f.id = a.folder_id
               WHERE a.release_id = r.id AND a.voided_at IS NULL
                 AND a.folder_id IS DISTINCT FROM (SELECT b.folder_id FROM berkas b WHERE b.id = ?1)
               ORDER BY a.id DESC LIMIT 1)",
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
                date_display: timefmt::show_date(date),
                development: "Asli".into(),
                evidence_count: r.get(10)?,
                security,
                restricted: !open,
                elsewhere: r.get(11)?,
            })
        })
        .collect()
}

/// Adds an archived release (by id or exact number) to an open file of its own classification
/// code as its next item; the release gets its suggested code if it has none yet.
pub fn add_to_berkas(store: &Store, actor: &Actor, key: &str, release: &str) -> Result<BerkasItem> {
    require(actor, Action::Archive)?;
    store.with_db_tx(|db| {
        let uid = crate::release::resolve(db, release)?;
        let state = load_state(db, &uid)?;
        let b = berkas_on(db, key)?;
        if b.closed {
            return Err(Error::Conflict(crate::tr!(
                "err-berkas-sudah-ditutup-tidak-dapat",
                number = b.number
            )));
        }
        let archived = db.exists(
            "SELECT 1 FROM archive_numbers WHERE release_id = ?1 AND voided_at IS NULL",
            args![state.id],
        )?;
        if !archived {
            return Err(Error::Conflict(crate::tr!(
                "err-rilis-belum-diberi-nomor-arsip",
                agenda_no = state.agenda_no
            )));
        }
        let class = class_on(db, &uid)?;
        if let Some(other) = class.berkas {
            return Err(Error::Conflict(crate::tr!(
                "err-rilis-sudah-menjadi-isi-berkas",
                agenda_no = state.agenda_no,
                other = other
            )));
        }
        assign_suggested(db, state.id, actor.id())?;
        // One file, one classification code: its retention is the file's, so a record of
        // another code (perhaps kept permanently) would go with the file's disposition.
        let code = class_on(db, &uid)?.code.unwrap_or_default();
        if code != b.code {
            return Err(Error::invalid(
                "release",
                crate::tr!(
                    "err-berkas-satu-kode",
                    agenda_no = state.agenda_no,
                    code = code,
                    number = b.number,
                    berkas_code = b.code
                ),
            ));
        }
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
            .ok_or_else(|| Error::Corrupt(crate::tr!("berkas-item-unreadable")))
    })
}
