//! Step 5: archive numbers. Each series renders its numbers from a template; allocation is
//! gap-free per series and year (or month) inside one `BEGIN IMMEDIATE` transaction, and a
//! number is never reused: voiding is recorded with a reason and stays in the index.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::cabinet::{check_room, folder_by_code, folder_by_id, suggested_folder};
use super::template::{self, Parts};
use crate::args;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::fingerprint::fingerprint;
use crate::model::Actor;
use crate::model::{check_text, Status};
use crate::permissions::{require, Action};
use crate::sql::Db;
use crate::workflow::require_act;
use crate::workflow::{self, load_state, Act, ActKind, Outcome};
use crate::{audit, numbering, office, timefmt};

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ArchiveSeries {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub template: String,
    pub classification: String,
    /// "yearly" or "monthly"
    pub reset: String,
    /// The number the next release of this series would get today.
    pub next_preview: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct SeriesInput {
    pub code: String,
    pub template: String,
    pub classification: String,
    pub reset: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct ArchiveInput {
    pub release_id: String,
    /// The folder's code; the suggested open folder when empty.
    #[serde(default)]
    pub folder: Option<String>,
    /// The filing date `YYYY-MM-DD` (its year and month go into the number); today when empty.
    #[serde(default)]
    pub archived_on: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ArchiveResult {
    pub archive_no: String,
    pub agenda_no: String,
    pub folder: String,
    pub location: String,
}

struct Series {
    id: i64,
    code: String,
    template: String,
    classification: String,
    monthly: bool,
}

fn series(db: &Db, code: &str) -> Result<Series> {
    db.query_opt(
        "SELECT id, code, template, classification, reset FROM archive_series WHERE code = ?1",
        args![code],
        |r| {
            Ok(Series {
                id: r.get(0)?,
                code: r.get(1)?,
                template: r.get(2)?,
                classification: r.get(3)?,
                monthly: r.get::<String>(4)? == "monthly",
            })
        },
    )?
    .ok_or_else(|| Error::NotFound(crate::tr!("err-seri-nomor-arsip-tidak-ada", code = code)))
}

/// The counter behind a series: one row per series, year and (for monthly reset) month.
fn counter_key(s: &Series, month: u32) -> (String, u32) {
    let period = if s.monthly { month } else { 0 };
    (format!("archive:{}:{period}", s.code), period)
}

fn render(db: &Db, s: &Series, seq: i64, date: NaiveDate) -> Result<String> {
    let unit: String = db
        .query_opt("SELECT unit_code FROM office WHERE id = 1", &[], |r| {
            r.get(0)
        })?
        .unwrap_or_default();
    let parts = Parts {
        seq,
        unit: &unit,
        class: &s.classification,
        month: date.month(),
        year: date.year(),
    };
    Ok(template::render(&template::parse(&s.template)?, &parts))
}

pub fn list_series(store: &Store, actor: &Actor) -> Result<Vec<ArchiveSeries>> {
    require(actor, Action::Read)?;
    store.with_db(|db| {
        let today = timefmt::local_date(timefmt::now(), office::timezone_on(db)?);
        let codes = db.query("SELECT code FROM archive_series ORDER BY id", &[])?;
        codes
            .iter()
            .map(|code| describe(db, &series(db, &code.get::<String>(0)?)?, today))
            .collect()
    })
}

fn describe(db: &Db, s: &Series, today: NaiveDate) -> Result<ArchiveSeries> {
    let (key, _) = counter_key(s, today.month());
    let last: i64 = db
        .query_opt(
            "SELECT last FROM counters WHERE series = ?1 AND year = ?2",
            args![key, today.year()],
            |r| r.get(0),
        )?
        .unwrap_or(0);
    let name: String = db.query_row(
        "SELECT name FROM archive_series WHERE id = ?1",
        args![s.id],
        |r| r.get(0),
    )?;
    Ok(ArchiveSeries {
        id: s.id,
        code: s.code.clone(),
        name,
        template: s.template.clone(),
        classification: s.classification.clone(),
        reset: if s.monthly { "monthly" } else { "yearly" }.into(),
        next_preview: render(db, s, last + 1, today)?,
    })
}

pub fn update_series(store: &Store, actor: &Actor, input: SeriesInput) -> Result<ArchiveSeries> {
    require(actor, Action::ManageFiling)?;
    template::parse(&input.template)?;
    check_text(
        "classification",
        "label-kode-klasifikasi",
        &input.classification,
        false,
        30,
    )?;
    if !matches!(input.reset.as_str(), "yearly" | "monthly") {
        return Err(Error::invalid(
            "reset",
            crate::tr!("err-pengulangan-nomor-harus-tahunan-atau"),
        ));
    }
    store.with_db_tx(|db| {
        let n = db.execute(
            "UPDATE archive_series SET template = ?1, classification = ?2, reset = ?3
             WHERE code = ?4",
            args![
                input.template.trim(),
                input.classification.trim(),
                input.reset,
                input.code
            ],
        )?;
        if n == 0 {
            return Err(Error::NotFound(crate::tr!(
                "err-seri-tidak-ada",
                code = input.code
            )));
        }
        let payload =
            serde_json::json!({ "template": input.template.trim(), "reset": input.reset });
        audit::append(
            db,
            actor.id(),
            "series.update",
            "series",
            &input.code,
            &payload,
        )?;
        let today = timefmt::local_date(timefmt::now(), office::timezone_on(db)?);
        describe(db, &series(db, &input.code)?, today)
    })
}

/// Gives a release its archive number and files it, in one transaction. A refusal (not
/// initialed, folder full, bad date) uses no number.
#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn archive_release(store: &Store, actor: &Actor, input: ArchiveInput) -> Result<ArchiveResult> {
    store.with_db(|db| require_act(db, actor, ActKind::Archive))?;
    let archivist = actor.person()?.id;
    store.with_db_tx(|db| {
        let tz = office::timezone_on(db)?;
        let date = match input
            .archived_on
            .as_deref()
            .filter(|s| !s.trim().is_empty())
        {
            Some(s) => timefmt::parse_date("archived_on", s)?,
            None => timefmt::local_date(timefmt::now(), tz),
        };
        let state = load_state(db, &input.release_id)?;
        let not_published: Option<String> = db.query_row(
            "SELECT not_published_reason FROM releases WHERE id = ?1",
            args![state.id],
            |r| r.get(0),
        )?;
        let code = match state.status {
            Status::Published => "approved",
            Status::Approved if not_published.is_some() => "approved",
            Status::Rejected => "rejected",
            Status::Approved => {
                return Err(Error::Conflict(crate::tr!(
                    "err-rilis-belum-ditayangkan-catat-penayangannya",
                    agenda_no = state.agenda_no
                )))
            }
            Status::Archived => {
                return Err(Error::Conflict(crate::tr!(
                    "err-rilis-sudah-diarsipkan",
                    agenda_no = state.agenda_no
                )))
            }
            _ => {
                return Err(Error::Conflict(crate::tr!(
                    "err-rilis-belum-diparaf-belum-dapat",
                    agenda_no = state.agenda_no
                )))
            }
        };
        let folder = match input.folder.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(code) => folder_by_code(db, code)?,
            None => suggested_folder(db)?.ok_or_else(|| {
                Error::invalid("folder", crate::tr!("err-tidak-ada-map-terbuka-yang"))
            })?,
        };
        check_room(&folder)?;
        let s = series(db, code)?;
        let (key, period) = counter_key(&s, date.month());
        let seq = numbering::next(db, &key, date.year())?;
        let number = render(db, &s, seq, date)?;
        let now = timefmt::now();
        db.execute(
            "INSERT INTO archive_numbers (series_id, year, period, seq, number, release_id,
                folder_id,
                prior_status, allocated_at, allocated_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            args![
                s.id,
                date.year(),
                period,
                seq,
                number,
                state.id,
                folder.id,
                state.status.as_str(),
                timefmt::to_db(now),
                archivist
            ],
        )?;
        file_into(db, state.id, folder.id, archivist)?;
        // Every archived release carries a classification code: its news type's suggestion,
        // which the archivist changes until its file is closed.
        crate::archive::assign_suggested(db, state.id, Some(archivist))?;
        workflow::advance(
            db,
            &state,
            Act {
                kind: ActKind::Archive,
                by: Some(archivist),
                role: actor.role(),
                outcome: Outcome::Reached,
                started: None,
                note: "",
                action: "release.archive",
                author: Some(archivist),
                payload: serde_json::json!({ "archive_no": number, "folder": folder.code }),
            },
        )?;
        Ok(ArchiveResult {
            archive_no: number,
            agenda_no: state.agenda_no,
            folder: folder.code,
            location: folder.location,
        })
    })
}

fn file_into(db: &Db, release_id: i64, folder_id: i64, by: i64) -> Result<()> {
    db.execute(
        "INSERT INTO filings (release_id, folder_id, filed_at, filed_by) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (release_id) DO UPDATE SET folder_id = excluded.folder_id,
            filed_at = excluded.filed_at, filed_by = excluded.filed_by",
        args![release_id, folder_id, timefmt::to_db(timefmt::now()), by],
    )?;
    Ok(())
}

/// Voids an archive number with a reason. The number is never given again; the release goes
/// back to the state it had and can be numbered anew.
pub fn void_archive_no(store: &Store, actor: &Actor, number: &str, reason: &str) -> Result<()> {
    require(actor, Action::Archive)?;
    let archivist = actor.person()?.id;
    check_text("reason", "label-alasan-pembatalan", reason, true, 500)?;
    store.with_db_tx(|db| {
        let gone = || crate::tr!("err-nomor-arsip-tidak-ada-atau", number = number);
        let live = "SELECT id, release_id, prior_status FROM archive_numbers
                    WHERE number = ?1 AND voided_at IS NULL";
        let found = |r: &crate::sql::Row| Ok((r.get(0)?, r.get(1)?, r.get(2)?));
        let (_, release_id, _): (i64, i64, String) = db
            .query_opt(live, args![number.trim()], found)?
            .ok_or_else(|| Error::NotFound(gone()))?;
        let uid: String = db.query_row(
            "SELECT uid FROM releases WHERE id = ?1",
            args![release_id],
            |r| r.get(0),
        )?;
        // The release first (on the server: locked), then its number read again, so that two
        // desks voiding it at once take turns and the second is told it is gone.
        let state = load_state(db, &uid)?;
        let (id, _, prior): (i64, i64, String) = db
            .query_opt(live, args![number.trim()], found)?
            .ok_or_else(|| Error::NotFound(gone()))?;
        db.execute(
            "UPDATE archive_numbers SET voided_at = ?1, voided_by = ?2, void_reason = ?3
             WHERE id = ?4",
            args![timefmt::to_db(timefmt::now()), archivist, reason.trim(), id],
        )?;
        workflow::step_back(db, &state, &prior)?;
        let payload = serde_json::json!({
            "archive_no": number.trim(),
            "reason": reason.trim(),
            "fingerprint": fingerprint(db, release_id)?,
        });
        let action = "release.void_archive_no";
        audit::append(db, Some(archivist), action, "release", &uid, &payload)?;
        Ok(())
    })
}

/// Moves a filed release to another folder (audited); its number does not change.
pub fn move_release(
    store: &Store,
    actor: &Actor,
    release_id: &str,
    folder: &str,
) -> Result<ArchiveResult> {
    require(actor, Action::Archive)?;
    let archivist = actor.person()?.id;
    store.with_db_tx(|db| {
        let state = load_state(db, release_id)?;
        let target = folder_by_code(db, folder)?;
        let current: Option<(i64, String)> = db.query_opt(
            "SELECT f.folder_id, a.number FROM filings f JOIN archive_numbers a
               ON a.release_id = f.release_id AND a.voided_at IS NULL
             WHERE f.release_id = ?1",
            args![state.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (from, number) = current.ok_or_else(|| {
            Error::Conflict(crate::tr!(
                "err-rilis-belum-diarsipkan",
                agenda_no = state.agenda_no
            ))
        })?;
        check_room(&target)?;
        file_into(db, state.id, target.id, archivist)?;
        db.execute(
            "UPDATE archive_numbers SET folder_id = ?1 WHERE release_id = ?2 AND voided_at IS NULL",
            args![target.id, state.id],
        )?;
        let from = folder_by_id(db, from)?;
        let payload =
            serde_json::json!({ "from": from.code, "to": target.code, "archive_no": number });
        audit::append(
            db,
            Some(archivist),
            "release.move",
            "release",
            &state.uid,
            &payload,
        )?;
        Ok(ArchiveResult {
            archive_no: number,
            agenda_no: state.agenda_no,
            folder: target.code,
            location: target.location,
        })
    })
}
