//! The published-releases report (laporan penyebarluasan) for the Kadis: every publication
//! recorded in the period, in time order, with its site, address and operator.

use serde::Serialize;
use ts_rs::TS;

use crate::access::{security_of, Reader};
use crate::db::Store;
use crate::error::Result;
use crate::model::Actor;
use crate::period::Period;
use crate::permissions::{require, Action};
use crate::sql::Db;
use crate::{args, office, timefmt};

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PublishedRow {
    pub agenda_no: String,
    pub title: String,
    pub sender: String,
    pub site: String,
    pub url: String,
    /// Stored UTC time of publication.
    pub published_at: String,
    /// "22 November 2026, 09.15 WITA"
    pub published_display: String,
    pub operator: String,
}

/// Publications whose time falls in `period` (office zone), oldest first; a release the actor
/// may not open shows its number and the site, not its title or address (`crate::access`).
pub fn published_report(
    store: &Store,
    actor: &Actor,
    period: &Period,
) -> Result<Vec<PublishedRow>> {
    require(actor, Action::Read)?;
    store.with_db(|db| published_in(db, &Reader::of(db, actor)?, period))
}

/// [`published_report`] for core's own use (the printed report), as `reader` may see it.
pub(crate) fn published_rows(
    store: &Store,
    reader: &Reader,
    period: &Period,
) -> Result<Vec<PublishedRow>> {
    store.with_db(|db| published_in(db, reader, period))
}

fn published_in(db: &Db, reader: &Reader, period: &Period) -> Result<Vec<PublishedRow>> {
    let tz = office::timezone_on(db)?;
    let (from, to) = period.bounds(tz)?;
    let mut out = Vec::new();
    db.for_each(
        concat!(
            "SELECT r.agenda_year, r.agenda_seq, r.title, r.sender_org, s.name, p.url,
            p.published_at, u.name, ",
            crate::security_of_r!(),
            "
         FROM publications p JOIN releases r ON r.id = p.release_id
         JOIN sites s ON s.id = p.site_id JOIN users u ON u.id = p.operator_id
         WHERE p.published_at >= ?1 AND p.published_at < ?2
         ORDER BY p.published_at, r.agenda_year, r.agenda_seq, p.id"
        ),
        args![from, to],
        |r| {
            let published_at: String = r.get(6)?;
            let security = security_of(r.get::<Option<String>>(8)?.as_deref())?;
            let open = reader.may_open(security);
            out.push(PublishedRow {
                agenda_no: crate::numbering::agenda_display(r.get(0)?, r.get(1)?),
                title: if open {
                    r.get(2)?
                } else {
                    security.masked_title()
                },
                sender: r.get(3)?,
                site: r.get(4)?,
                url: if open { r.get(5)? } else { String::new() },
                published_display: timefmt::show_datetime(timefmt::from_db(&published_at)?, tz),
                published_at,
                operator: r.get(7)?,
            });
            Ok(())
        },
    )?;
    Ok(out)
}
