//! Registering a release (SOP step 1): validate the input, move its evidence into the store,
//! and in one transaction give it its agenda number, index it and write its audit event. On the
//! office's server the evidence's bytes go up in that transaction: a refused registration leaves
//! no row, no number used and no file there.

use chrono::{DateTime, Datelike, Duration, Utc};

use super::{NewRelease, ReleaseDetail};
use crate::catalog::{self, CHECKLIST};
use crate::db::Store;
use crate::error::{Error, FieldErrors, Result};
use crate::files::is_sha256;
use crate::model::Actor;
use crate::model::{check_text, EvidenceKind, TimeZone};
use crate::numbering::{self, agenda_display};
use crate::promotion::{self, Promotion};
use crate::sql::Db;
use crate::workflow::require_act;
use crate::workflow::{self, template, Act, ActKind, Outcome};
use crate::{args, office, timefmt};

/// Input that passed the checks that need no database.
pub(super) struct Checked {
    pub received_at: DateTime<Utc>,
    pub letter_date: Option<String>,
    pub event_date: Option<String>,
    step_started: DateTime<Utc>,
}

pub fn register_release(store: &Store, actor: &Actor, input: NewRelease) -> Result<ReleaseDetail> {
    store.with_db(|db| require_act(db, actor, ActKind::Register))?;
    let mut input = input;
    if input.received_by.is_none() {
        input.received_by = actor.id();
    }
    let tz = store.with_db(office::timezone_on)?;
    let checked = validate(&input, tz, timefmt::now())?;
    let shas: Vec<String> = input.evidence.iter().map(|e| e.sha256.clone()).collect();
    let promotion = Promotion::new(store, &shas)?;
    let uid = promotion.commit_in(|db| {
        promotion.record_in(db)?;
        execute(db, actor, &input, &checked, tz)
    })?;
    let detail = super::detail(store, actor, &uid)?;
    // The number and the id, never the words of the release.
    tracing::info!(
        by = actor.id(),
        release = %uid,
        agenda_no = %detail.summary.agenda_no,
        evidence = shas.len(),
        "release registered"
    );
    Ok(detail)
}

/// Checks every field the form has, in the form's order (received, sender and letter, content,
/// format check, evidence), and reports all that are wrong at once.
pub(super) fn validate(input: &NewRelease, tz: TimeZone, now: DateTime<Utc>) -> Result<Checked> {
    let mut errs = FieldErrors::default();
    let received_at = match input
        .received_at
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    {
        Some(s) => errs.check(timefmt::parse_local("received_at", s, tz))?,
        None => Some(now),
    };
    if received_at.is_some_and(|t| t > now + Duration::minutes(5)) {
        errs.check::<()>(Err(Error::invalid(
            "received_at",
            crate::tr!("err-received-future"),
        )))?;
    }
    let texts = [
        (
            "sender_org",
            "label-instansi-pengirim",
            &input.sender_org,
            true,
            200,
        ),
        (
            "sender_contact",
            "label-narahubung",
            &input.sender_contact,
            false,
            200,
        ),
        (
            "letter_no",
            "label-nomor-surat",
            &input.letter_no,
            false,
            100,
        ),
    ];
    for (field, label, value, required, max) in texts {
        errs.check(check_text(field, label, value, required, max))?;
    }
    let letter_date = errs
        .check(optional_date("letter_date", input.letter_date.as_deref()))?
        .flatten();
    if let (Some(d), Some(received)) = (&letter_date, received_at) {
        if d.as_str() > timefmt::local_date(received, tz).to_string().as_str() {
            errs.check::<()>(Err(Error::invalid(
                "letter_date",
                crate::tr!("err-letter-after-received"),
            )))?;
        }
    }
    errs.check(check_text("title", "label-judul", &input.title, true, 500))?;
    let event_date = errs
        .check(optional_date("event_date", input.event_date.as_deref()))?
        .flatten();
    let texts = [
        (
            "event_place",
            "label-tempat-kegiatan",
            &input.event_place,
            false,
            200,
        ),
        ("body", "label-ringkasan-isi", &input.body, false, 100_000),
    ];
    for (field, label, value, required, max) in texts {
        errs.check(check_text(field, label, value, required, max))?;
    }
    if let Some(key) = input
        .checklist
        .iter()
        .find(|key| !CHECKLIST.iter().any(|(k, _)| k == key))
    {
        errs.check::<()>(Err(Error::invalid(
            "checklist",
            crate::tr!("err-checklist-unknown", key = key),
        )))?;
    }
    errs.check(check_text(
        "remarks",
        "label-keterangan",
        &input.remarks,
        false,
        2_000,
    ))?;
    errs.check(check_evidence(input))?;
    errs.finish()?;
    // The form's timer started when the Kasi opened it; a value from the future or from long
    // ago is a clock problem, not a measurement.
    let step_started = input
        .intake_started_at
        .as_deref()
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|t| t.with_timezone(&Utc))
        .filter(|t| *t <= now && now - *t < Duration::hours(12))
        .map(|t| DateTime::from_timestamp(t.timestamp(), 0).unwrap_or(t))
        .unwrap_or(now);
    Ok(Checked {
        received_at: received_at.unwrap_or(now),
        letter_date,
        event_date,
        step_started,
    })
}

fn check_evidence(input: &NewRelease) -> Result<()> {
    for (i, e) in input.evidence.iter().enumerate() {
        if !is_sha256(&e.sha256) {
            return Err(Error::invalid(
                "evidence",
                crate::tr!("err-evidence-invalid", name = e.name),
            ));
        }
        if input.evidence[..i].iter().any(|o| o.sha256 == e.sha256) {
            return Err(Error::invalid(
                "evidence",
                crate::tr!("err-evidence-twice", name = e.name),
            ));
        }
    }
    Ok(())
}

fn optional_date(field: &str, value: Option<&str>) -> Result<Option<String>> {
    match value.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => Ok(Some(timefmt::parse_date(field, s)?.to_string())),
        None => Ok(None),
    }
}

fn execute(
    db: &Db,
    actor: &Actor,
    input: &NewRelease,
    c: &Checked,
    tz: TimeZone,
) -> Result<String> {
    let news_type_id = catalog::news_type_id(db, input.news_type_id, input.news_type.as_deref())?;
    if let Some(user_id) = input.received_by {
        check_receiver(db, user_id)?;
    }
    let template_id = template::office_template_id(db)?;
    let year = timefmt::local_date(c.received_at, tz).year();
    let seq = numbering::next(db, numbering::AGENDA, year)?;
    let uid = uuid::Uuid::now_v7().to_string();
    let now = timefmt::now();
    let id: i64 = db.query_row(
        "INSERT INTO releases (uid, agenda_year, agenda_seq, template_id, status, received_at,
            sender_org, sender_contact, letter_no, letter_date, title, news_type_id, event_date,
            event_place, body, checklist, remarks, received_by, created_at, sop_version_id,
            step_done)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20, 0)
         RETURNING id",
        args![
            uid,
            year,
            seq,
            template_id,
            workflow::START.as_str(),
            timefmt::to_db(c.received_at),
            input.sender_org.trim(),
            input.sender_contact.trim(),
            input.letter_no.trim(),
            c.letter_date,
            input.title.trim(),
            news_type_id,
            c.event_date,
            input.event_place.trim(),
            input.body.trim(),
            serde_json::to_string(&input.checklist)?,
            input.remarks.trim(),
            input.received_by,
            timefmt::to_db(now),
            template::current_version_id(db, template_id)?,
        ],
        |r| r.get(0),
    )?;
    for (seq, e) in input.evidence.iter().enumerate() {
        check_kind(db, &e.sha256, e.kind, &e.name)?;
        db.execute(
            "INSERT INTO evidence (release_id, seq, kind, file_sha, original_name, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            args![
                id,
                seq as i64 + 1,
                e.kind.as_str(),
                e.sha256,
                e.name,
                timefmt::to_db(now)
            ],
        )?;
    }
    let agenda_no = agenda_display(i64::from(year), seq);
    super::search::index_release(db, id)?;
    let state = workflow::load_state(db, &uid)?;
    workflow::advance(
        db,
        &state,
        Act {
            kind: ActKind::Register,
            by: input.received_by,
            role: actor.role(),
            outcome: Outcome::Reached,
            started: Some(c.step_started),
            note: "",
            action: "release.register",
            author: actor.id(),
            payload: serde_json::json!({
                "agenda_no": agenda_no,
                "title": input.title.trim(),
                "evidence": input.evidence.len(),
            }),
        },
    )?;
    Ok(uid)
}

/// The officer who received a release: a known, active user.
pub(super) fn check_receiver(db: &Db, user_id: i64) -> Result<()> {
    let active: Option<bool> = db.query_opt(
        "SELECT active FROM users WHERE id = ?1",
        args![user_id],
        |r| r.get(0),
    )?;
    match active {
        Some(true) => Ok(()),
        Some(false) => Err(Error::invalid(
            "received_by",
            crate::tr!("err-receiver-inactive"),
        )),
        None => Err(Error::invalid(
            "received_by",
            crate::tr!("err-receiver-unknown"),
        )),
    }
}

/// A photo must be an image and a video a video; the sender's letter may be a PDF or a scan.
pub(super) fn check_kind(db: &Db, sha: &str, kind: EvidenceKind, name: &str) -> Result<()> {
    let mime = promotion::mime(db, sha)?;
    let fits = match kind {
        EvidenceKind::Photo => mime.starts_with("image/"),
        EvidenceKind::Video => mime.starts_with("video/"),
        EvidenceKind::Letter => mime.starts_with("image/") || mime == "application/pdf",
    };
    if fits {
        Ok(())
    } else {
        Err(Error::invalid(
            "evidence",
            crate::tr!(
                "err-berkas-tidak-dapat-dicatat-sebagai",
                name = name,
                mime = mime,
                kind = kind.label()
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_names_the_field() {
        let now = timefmt::now();
        let mut input = NewRelease {
            title: "x".repeat(5000),
            sender_org: "Dinas".into(),
            ..Default::default()
        };
        let err = validate(&input, TimeZone::WITA, now).err().unwrap();
        assert_eq!(err.field(), Some("title"));
        assert!(err.to_string().contains("5000 karakter"), "{err}");
        input.title = "Judul".into();
        input.letter_date = Some("2026-13-40".into());
        assert_eq!(
            validate(&input, TimeZone::WITA, now).err().unwrap().field(),
            Some("letter_date")
        );
    }

    #[test]
    fn every_wrong_field_is_reported_at_once_in_the_order_of_the_form() {
        let input = NewRelease {
            received_at: Some("kemarin".into()),
            sender_org: " ".into(),
            letter_date: Some("31/02/2026".into()),
            title: String::new(),
            remarks: "x".repeat(2001),
            ..Default::default()
        };
        let err = validate(&input, TimeZone::WITA, timefmt::now())
            .err()
            .unwrap();
        let fields: Vec<&str> = err
            .fields()
            .unwrap()
            .iter()
            .map(|f| f.field.as_str())
            .collect();
        assert_eq!(
            fields,
            [
                "received_at",
                "sender_org",
                "letter_date",
                "title",
                "remarks"
            ]
        );
        assert_eq!(err.field(), Some("received_at"));
        assert!(err.to_string().contains("Judul wajib diisi."), "{err}");
    }
}
