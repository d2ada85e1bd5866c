//! What the filing index (Daftar Arsip) and the labels are printed from: archive numbers with
//! their release, grouped by cabinet, drawer and folder; voided numbers included and marked.

use serde::Serialize;
use ts_rs::TS;

use crate::access::{security_of, Reader};
use crate::args;
use crate::db::Store;
use crate::error::Result;
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::release::filed::ENTRY_SELECT;
use crate::{office, timefmt};

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IndexEntry {
    pub archive_no: String,
    pub seq: i64,
    pub agenda_no: String,
    pub title: String,
    pub date_display: String,
    pub sender: String,
    /// The reason, when the number was voided.
    pub voided: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IndexFolder {
    pub cabinet: String,
    pub drawer: String,
    pub folder: String,
    pub folder_name: String,
    pub location: String,
    pub entries: Vec<IndexEntry>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LabelItem {
    pub archive_no: String,
    pub seq: i64,
    pub title: String,
    pub date_display: String,
    pub location: String,
}

/// Every archive number of `year`, grouped by cabinet, drawer and folder, in number order.
pub fn filing_index(store: &Store, actor: &Actor, year: i32) -> Result<Vec<IndexFolder>> {
    require(actor, Action::Read)?;
    let reader = store.with_db(|db| Reader::of(db, actor))?;
    index_of(store, &reader, year)
}

/// The title of entry row `r` as `reader` may see it.
fn title(r: &crate::sql::Row, reader: &Reader) -> Result<String> {
    let security = security_of(r.get::<Option<String>>(12)?.as_deref())?;
    Ok(if reader.may_open(security) {
        r.get(4)?
    } else {
        security.masked_title()
    })
}

/// [`filing_index`] for core's own use (labels and the printed index), as `reader` may see it.
pub(crate) fn index_of(store: &Store, reader: &Reader, year: i32) -> Result<Vec<IndexFolder>> {
    store.with_db(|db| {
        let tz = office::timezone_on(db)?;
        let rows = db.query(
            &format!(
                "{ENTRY_SELECT} WHERE a.year = ?1
                 ORDER BY c.code, d.code, f.code, a.series_id, a.period, a.seq"
            ),
            args![year],
        )?;
        let mut out: Vec<IndexFolder> = Vec::new();
        for r in &rows {
            let (cabinet, drawer, folder): (String, String, String) =
                (r.get(8)?, r.get(9)?, r.get(10)?);
            let allocated: String = r.get(5)?;
            let entry = IndexEntry {
                archive_no: r.get(0)?,
                seq: r.get(1)?,
                agenda_no: crate::numbering::agenda_display(r.get(2)?, r.get(3)?),
                title: title(r, reader)?,
                date_display: timefmt::show_date(timefmt::local_date(
                    timefmt::from_db(&allocated)?,
                    tz,
                )),
                sender: r.get(6)?,
                voided: r.get(7)?,
            };
            match out.last_mut() {
                Some(last) if last.folder == folder => last.entries.push(entry),
                _ => out.push(IndexFolder {
                    location: crate::model::folder_location(&cabinet, &drawer, &folder),
                    folder_name: r.get(11)?,
                    cabinet,
                    drawer,
                    folder,
                    entries: vec![entry],
                }),
            }
        }
        Ok(out)
    })
}

/// The labels of `year`'s live archive numbers, optionally limited to sequence numbers
/// `from..=to`, as the workstation's console may see them (a restricted title masked). They
/// exist only to be printed, so their folder places are written as the paper has them.
pub fn label_items(
    store: &Store,
    year: i32,
    from: Option<i64>,
    to: Option<i64>,
) -> Result<Vec<LabelItem>> {
    let _official = crate::i18n::Official::enter();
    labels_of(store, &Reader::nobody(), year, from, to)
}

/// [`label_items`] as `reader` may see them.
pub(crate) fn labels_of(
    store: &Store,
    reader: &Reader,
    year: i32,
    from: Option<i64>,
    to: Option<i64>,
) -> Result<Vec<LabelItem>> {
    store.with_db(|db| {
        let tz = office::timezone_on(db)?;
        let rows = db.query(
            &format!(
                "{ENTRY_SELECT} WHERE a.year = ?1 AND a.voided_at IS NULL
                 AND a.seq BETWEEN ?2 AND ?3 ORDER BY a.series_id, a.period, a.seq"
            ),
            args![year, from.unwrap_or(1), to.unwrap_or(i64::MAX)],
        )?;
        let mut out = Vec::new();
        for r in &rows {
            let allocated: String = r.get(5)?;
            let (cabinet, drawer, folder): (String, String, String) =
                (r.get(8)?, r.get(9)?, r.get(10)?);
            out.push(LabelItem {
                archive_no: r.get(0)?,
                seq: r.get(1)?,
                title: title(r, reader)?,
                date_display: timefmt::show_date(timefmt::local_date(
                    timefmt::from_db(&allocated)?,
                    tz,
                )),
                location: crate::model::folder_location(&cabinet, &drawer, &folder),
            });
        }
        Ok(out)
    })
}
