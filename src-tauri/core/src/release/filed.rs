//! Where a release went after its paraf, as its record shows it: the websites it was published
//! on and its archive number with the folder it is filed in (and any voided numbers).

use serde::Serialize;
use ts_rs::TS;

use crate::error::Result;
use crate::sql::Db;
use crate::{args, timefmt};

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Publication {
    pub site: String,
    pub url: String,
    pub published_at: String,
    pub published_display: String,
    pub operator: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ArchiveInfo {
    pub archive_no: Option<String>,
    pub location: Option<String>,
    pub voided: Vec<String>,
}

/// An archive number with its release and folder, as the index, the labels and the record read
/// it; the release's security (`crate::access`) last.
pub(crate) const ENTRY_SELECT: &str = concat!(
    "SELECT a.number, a.seq, r.agenda_year, r.agenda_seq, r.title,
        a.allocated_at, r.sender_org, a.void_reason, c.code, d.code, f.code, f.name, ",
    crate::security_of_r!(),
    "
    FROM archive_numbers a JOIN releases r ON r.id = a.release_id
    JOIN folders f ON f.id = a.folder_id JOIN drawers d ON d.id = f.drawer_id
    JOIN cabinets c ON c.id = d.cabinet_id"
);

pub fn publications(
    db: &Db,
    release_id: i64,
    tz: crate::model::TimeZone,
) -> Result<Vec<Publication>> {
    let rows = db.query(
        "SELECT s.name, p.url, p.published_at, u.name FROM publications p
         JOIN sites s ON s.id = p.site_id JOIN users u ON u.id = p.operator_id
         WHERE p.release_id = ?1 ORDER BY p.published_at, p.id",
        args![release_id],
    )?;
    let mut out = Vec::new();
    for r in &rows {
        let at: String = r.get(2)?;
        out.push(Publication {
            site: r.get(0)?,
            url: r.get(1)?,
            published_display: timefmt::show_datetime(timefmt::from_db(&at)?, tz),
            published_at: at,
            operator: r.get(3)?,
        });
    }
    Ok(out)
}

/// A release's live archive number and location, and its voided numbers.
pub fn archive_of(db: &Db, release_id: i64) -> Result<ArchiveInfo> {
    let rows = db.query(
        &format!("{ENTRY_SELECT} WHERE a.release_id = ?1 ORDER BY a.id"),
        args![release_id],
    )?;
    let mut info = ArchiveInfo {
        archive_no: None,
        location: None,
        voided: Vec::new(),
    };
    for r in &rows {
        let number: String = r.get(0)?;
        match r.get::<Option<String>>(7)? {
            Some(reason) => info.voided.push(crate::tr!(
                "archive-no-voided",
                number = number,
                reason = reason
            )),
            None => {
                let (c, d, f): (String, String, String) = (r.get(8)?, r.get(9)?, r.get(10)?);
                info.location = Some(crate::model::folder_location(&c, &d, &f));
                info.archive_no = Some(number);
            }
        }
    }
    Ok(info)
}
