//! What a correction changes, as the audit event names it: each field's before and after in
//! the people's terms, and the evidence taken off or put on (done here, in the transaction).

use super::edit_input::{Current, ReleaseEdit};
use super::register::check_kind;
use crate::audit::FieldChange;
use crate::catalog::{self, CHECKLIST};
use crate::error::{Error, Result};
use crate::model::{Actor, TimeZone};
use crate::release::NewRelease;
use crate::sql::Db;
use crate::{args, timefmt};

/// Every field that differs, in the form's order, as the people concerned read it.
pub(super) fn field_changes(
    db: &Db,
    cur: &Current,
    new: &NewRelease,
    received_at: &str,
    news_type_id: i64,
    tz: TimeZone,
) -> Result<Vec<FieldChange>> {
    let when = |s: &str| timefmt::from_db(s).map(|t| timefmt::format_datetime(t, tz));
    let day = |d: &Option<String>| d.as_deref().map(display_day).unwrap_or_default();
    let ticked = |keys: &[String]| {
        CHECKLIST
            .iter()
            .filter(|(k, _)| keys.iter().any(|t| t == k))
            // The audit trail stores Indonesian, whatever the user's language.
            .map(|(_, message)| {
                crate::i18n::with_lang(crate::i18n::Lang::Id, || catalog::checklist_label(message))
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let news_type = |id: i64| -> Result<String> {
        db.query_row(
            "SELECT name FROM news_types WHERE id = ?1",
            args![id],
            |r| r.get(0),
        )
    };
    let person = |id: Option<i64>| -> Result<String> {
        match id {
            Some(id) => db
                .query_opt("SELECT name FROM users WHERE id = ?1", args![id], |r| {
                    r.get(0)
                })?
                .ok_or_else(|| Error::NotFound(crate::tr!("err-user-not-found", id = id))),
            None => Ok(String::new()),
        }
    };
    let old = &cur.form;
    let new_dates = (
        new.letter_date
            .as_deref()
            .map(|d| timefmt::parse_date("letter_date", d))
            .transpose()?,
        new.event_date
            .as_deref()
            .map(|d| timefmt::parse_date("event_date", d))
            .transpose()?,
    );
    let new_day = |d: Option<chrono::NaiveDate>| d.map(timefmt::format_date).unwrap_or_default();
    let rows: [(&str, &str, String, String); 13] = [
        (
            "received_at",
            "Waktu diterima",
            when(&cur.received_at)?,
            when(received_at)?,
        ),
        (
            "sender_org",
            "Instansi pengirim",
            old.sender_org.clone(),
            new.sender_org.trim().into(),
        ),
        (
            "sender_contact",
            "Narahubung",
            old.sender_contact.clone(),
            new.sender_contact.trim().into(),
        ),
        (
            "letter_no",
            "Nomor surat",
            old.letter_no.clone(),
            new.letter_no.trim().into(),
        ),
        (
            "letter_date",
            "Tanggal surat",
            day(&old.letter_date),
            new_day(new_dates.0),
        ),
        ("title", "Judul", old.title.clone(), new.title.trim().into()),
        (
            "news_type",
            "Jenis berita",
            news_type(cur.news_type_id)?,
            news_type(news_type_id)?,
        ),
        (
            "event_date",
            "Tanggal kegiatan",
            day(&old.event_date),
            new_day(new_dates.1),
        ),
        (
            "event_place",
            "Tempat kegiatan",
            old.event_place.clone(),
            new.event_place.trim().into(),
        ),
        (
            "body",
            "Ringkasan / isi",
            old.body.clone(),
            new.body.trim().into(),
        ),
        (
            "checklist",
            "Daftar periksa",
            ticked(&old.checklist),
            ticked(&new.checklist),
        ),
        (
            "remarks",
            "Keterangan",
            old.remarks.clone(),
            new.remarks.trim().into(),
        ),
        (
            "received_by",
            "Petugas penerima",
            person(old.received_by)?,
            person(new.received_by)?,
        ),
    ];
    Ok(rows
        .into_iter()
        .filter(|(_, _, before, after)| before != after)
        .map(|(field, label, before, after)| FieldChange::new(field, label, before, after))
        .collect())
}

fn display_day(d: &str) -> String {
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .map(timefmt::format_date)
        .unwrap_or_else(|_| d.to_owned())
}

/// Puts on the added evidence and takes off the removed, inside the transaction; returns the
/// changes for the audit event.
pub(super) fn evidence_changes(
    db: &Db,
    actor: &Actor,
    cur: &Current,
    edit: &ReleaseEdit,
) -> Result<Vec<FieldChange>> {
    let mut changes = Vec::new();
    let now = timefmt::to_db(timefmt::now());
    for sha in &edit.remove_evidence {
        let name: String = db
            .query_opt(
                "SELECT original_name FROM evidence
                 WHERE release_id = ?1 AND file_sha = ?2 AND removed_at IS NULL",
                args![cur.id, sha],
                |r| r.get(0),
            )?
            .ok_or_else(|| {
                Error::invalid(
                    "evidence",
                    crate::tr!("err-bukti-tidak-ada-pada-rilis", sha = short(sha)),
                )
            })?;
        db.execute(
            "UPDATE evidence SET removed_at = ?1, removed_by = ?2
             WHERE release_id = ?3 AND file_sha = ?4",
            args![now, actor.id(), cur.id, sha],
        )?;
        changes.push(FieldChange::new("evidence", "Bukti", name, String::new()));
    }
    for e in &edit.add_evidence {
        check_kind(db, &e.sha256, e.kind, &e.name)?;
        // Put back under the name it was first given; a new file under its own.
        let mut stored_name = e.name.clone();
        let existing: Option<Option<String>> = db.query_opt(
            "SELECT removed_at FROM evidence WHERE release_id = ?1 AND file_sha = ?2",
            args![cur.id, e.sha256],
            |r| r.get(0),
        )?;
        match existing {
            Some(None) => {
                return Err(Error::invalid(
                    "evidence",
                    crate::tr!("err-berkas-sudah-menjadi-bukti-rilis", name = e.name),
                ))
            }
            // Taken off earlier: the same row comes back, under its first name and place.
            Some(Some(_)) => {
                stored_name = db.query_row(
                    "SELECT original_name FROM evidence WHERE release_id = ?1 AND file_sha = ?2",
                    args![cur.id, e.sha256],
                    |r| r.get(0),
                )?;
                db.execute(
                    "UPDATE evidence SET removed_at = NULL, removed_by = NULL
                     WHERE release_id = ?1 AND file_sha = ?2",
                    args![cur.id, e.sha256],
                )?;
            }
            None => {
                db.execute(
                    "INSERT INTO evidence (release_id, seq, kind, file_sha, original_name, added_at)
                     VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM evidence
                                  WHERE release_id = ?1), ?2, ?3, ?4, ?5)",
                    args![cur.id, e.kind.as_str(), e.sha256, e.name, now],
                )?;
            }
        }
        changes.push(FieldChange::new(
            "evidence",
            "Bukti",
            String::new(),
            stored_name,
        ));
    }
    Ok(changes)
}

/// The start of a SHA-256, enough for a person to tell files apart.
fn short(sha: &str) -> &str {
    sha.get(..12).unwrap_or(sha)
}
