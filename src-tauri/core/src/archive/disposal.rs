//! A file's retention carried out: its move to the records unit (the usul pindah done) and its
//! final disposition (destroyed, handed over to the regional archive, or reviewed), each
//! recorded once with the berita acara's number and day. A file so recorded leaves that
//! retention list; the Daftar Berkas says what was done.

use serde::Deserialize;
use ts_rs::TS;

use super::berkas::{berkas_on, Berkas};
use super::due::DueKind;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{check_text, Actor};
use crate::permissions::{require, Action};
use crate::{args, audit, office, timefmt};

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct DisposalInput {
    /// The file's number, "003/2026".
    pub berkas: String,
    /// Which list it was on: `pindah`, or the file's final disposition.
    pub kind: DueKind,
    /// `YYYY-MM-DD` of the berita acara; today when empty.
    #[serde(default)]
    pub done_on: Option<String>,
    pub ba_number: String,
}

/// Records that a closed file was moved, or its final disposition carried out, on the day of
/// its berita acara: refused before its date is due, twice, or for another disposition than
/// its code's.
pub fn record_disposal(store: &Store, actor: &Actor, input: DisposalInput) -> Result<Berkas> {
    require(actor, Action::Archive)?;
    check_text(
        "ba_number",
        "label-nomor-berita-acara",
        &input.ba_number,
        true,
        100,
    )?;
    store.with_db_tx(|db| {
        let tz = office::timezone_on(db)?;
        let done_on = match input.done_on.as_deref().map(str::trim) {
            Some(d) if !d.is_empty() => timefmt::parse_date("done_on", d)?,
            _ => timefmt::local_date(timefmt::now(), tz),
        };
        let b = berkas_on(db, &input.berkas)?;
        let r = &b.retention;
        let (stage, disposition, due, done) = match input.kind.disposition() {
            None => ("pindah", "pindah", &r.inactive_on, &b.moved),
            Some(wanted) => {
                if wanted != r.disposition {
                    return Err(Error::invalid(
                        "kind",
                        crate::tr!(
                            "err-disposal-lain",
                            number = b.number,
                            has = r.disposition.as_str(),
                            asked = wanted.as_str()
                        ),
                    ));
                }
                ("akhir", wanted.as_str(), &r.disposition_on, &b.disposed)
            }
        };
        let Some(due) = due else {
            return Err(Error::Conflict(crate::tr!(
                "err-disposal-terbuka",
                number = b.number
            )));
        };
        if let Some(done) = done {
            return Err(Error::Conflict(crate::tr!(
                "err-disposal-sudah",
                number = b.number,
                label = done.label.to_lowercase(),
                day = done.done_display,
                ba = done.ba_number
            )));
        }
        if done_on.to_string() < *due {
            return Err(Error::invalid(
                "done_on",
                crate::tr!(
                    "err-disposal-belum",
                    number = b.number,
                    day = timefmt::format_date(timefmt::parse_date("due", due)?)
                ),
            ));
        }
        db.execute(
            "INSERT INTO berkas_disposals (berkas_id, stage, disposition, done_on, ba_number,
                recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            args![
                b.id,
                stage,
                disposition,
                done_on.to_string(),
                input.ba_number.trim(),
                timefmt::to_db(timefmt::now()),
                actor.id()
            ],
        )?;
        let payload = serde_json::json!({
            "stage": stage,
            "disposition": disposition,
            "done_on": done_on.to_string(),
            "ba_number": input.ba_number.trim(),
        });
        audit::append(
            db,
            actor.id(),
            "berkas.disposal",
            "berkas",
            &b.number,
            &payload,
        )?;
        berkas_on(db, &b.number)
    })
}
