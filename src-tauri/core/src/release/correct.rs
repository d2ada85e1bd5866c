//! Correcting a release before its deciding paraf (the Kasi): any field, evidence put on or
//! taken off, the checklist. One audit event names every change with its before and after; the
//! agenda number never changes. After the deciding paraf the database itself refuses it
//! (the triggers of SQLite's migrations 0002 and 0004, of the server's 0003).

use chrono::Datelike;

use super::correct_changes::{evidence_changes, field_changes};
use super::edit_input::{Current, ReleaseEdit};
use super::register::{check_receiver, validate};
use super::{NewRelease, ReleaseDetail};
use crate::catalog::{self, CHECKLIST};
use crate::db::Store;
use crate::error::{Error, Result};
use crate::fingerprint::fingerprint;
use crate::model::Actor;
use crate::model::{Status, TimeZone};
use crate::numbering::agenda_display;
use crate::promotion::Promotion;
use crate::sql::Db;
use crate::workflow::{self, require_edit};
use crate::{args, audit};
use crate::{office, timefmt};

#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn edit_release(
    store: &Store,
    actor: &Actor,
    key: &str,
    edit: ReleaseEdit,
) -> Result<ReleaseDetail> {
    let uid = store.with_db(|db| {
        let uid = super::lookup::resolve(db, key)?;
        require_edit(db, actor, &uid)?;
        Ok(uid)
    })?;
    let added: Vec<String> = edit.add_evidence.iter().map(|e| e.sha256.clone()).collect();
    let promotion = Promotion::new(store, &added)?;
    promotion.commit_in(|db| {
        promotion.record_in(db)?;
        execute(db, actor, &uid, &edit)
    })?;
    super::detail(store, actor, &uid)
}

pub(super) fn execute(db: &Db, actor: &Actor, uid: &str, edit: &ReleaseEdit) -> Result<()> {
    // Read through the one door first: on the server that holds the release until the act ends.
    workflow::load_state(db, uid)?;
    let tz = office::timezone_on(db)?;
    let cur = load(db, uid, tz)?;
    let no = agenda_display(cur.agenda_year, cur.agenda_seq);
    if cur.status != Status::Registered {
        return Err(Error::Conflict(crate::tr!(
            "err-rilis-sudah-dan-tidak-dapat",
            no = no,
            to_lowercase = cur.status.label().to_lowercase()
        )));
    }
    if edit
        .received_at
        .as_deref()
        .is_some_and(|t| t.trim().is_empty())
    {
        // At registration an empty time means "now"; a correction never re-dates a release.
        return Err(Error::invalid(
            "received_at",
            crate::tr!("err-waktu-diterima-wajib-diisi"),
        ));
    }
    let wanted = apply(&cur.form, edit);
    let checked = validate(&wanted, tz, timefmt::now())?;
    let received_at = timefmt::to_db(checked.received_at);
    if i64::from(timefmt::local_date(checked.received_at, tz).year()) != cur.agenda_year {
        return Err(Error::invalid(
            "received_at",
            crate::tr!(
                "err-waktu-diterima-hanya-dapat-diperbaiki",
                agenda_year = cur.agenda_year,
                no = no
            ),
        ));
    }
    let news_type_id = match (edit.news_type_id, edit.news_type.as_deref()) {
        (None, None) => cur.news_type_id,
        (id, name) => catalog::news_type_id(db, id, name)?,
    };
    if let Some(user_id) = edit.received_by {
        check_receiver(db, user_id)?;
    }

    let mut changes = field_changes(db, &cur, &wanted, &received_at, news_type_id, tz)?;
    changes.extend(evidence_changes(db, actor, &cur, edit)?);
    if changes.is_empty() {
        return Err(Error::Invalid {
            field: None,
            message: crate::tr!("err-tidak-ada-yang-diubah"),
        });
    }
    let now = timefmt::to_db(timefmt::now());
    db.execute(
        "UPDATE releases SET received_at = ?1, sender_org = ?2, sender_contact = ?3,
            letter_no = ?4, letter_date = ?5, title = ?6, news_type_id = ?7, event_date = ?8,
            event_place = ?9, body = ?10, checklist = ?11, remarks = ?12, received_by = ?13,
            corrected_at = ?14
         WHERE id = ?15",
        args![
            received_at,
            wanted.sender_org.trim(),
            wanted.sender_contact.trim(),
            wanted.letter_no.trim(),
            checked.letter_date,
            wanted.title.trim(),
            news_type_id,
            checked.event_date,
            wanted.event_place.trim(),
            wanted.body.trim(),
            serde_json::to_string(&wanted.checklist)?,
            wanted.remarks.trim(),
            wanted.received_by,
            now,
            cur.id,
        ],
    )?;
    // A checked release that the correction left incomplete goes back to the Kasi's check.
    if cur.checked && !missing_items(db, cur.id)?.is_empty() {
        db.execute(
            "UPDATE releases SET checked = 0 WHERE id = ?1",
            args![cur.id],
        )?;
    }
    super::search::reindex(db, cur.id)?;
    let payload = serde_json::json!({
        "changes": changes,
        "fingerprint": fingerprint(db, cur.id)?,
    });
    audit::append(
        db,
        actor.id(),
        "release.edit",
        "release",
        &cur.uid,
        &payload,
    )?;
    Ok(())
}

fn load(db: &Db, uid: &str, tz: TimeZone) -> Result<Current> {
    let row = db
        .query_opt(
            concat!(
                "SELECT r.id, r.uid, r.agenda_year, r.agenda_seq, ",
                crate::state_of_r!(),
                ", r.checked,
                    r.received_at, r.sender_org, r.sender_contact, r.letter_no, r.letter_date,
                    r.title, r.news_type_id, r.event_date, r.event_place, r.body, r.checklist,
                    r.remarks, r.received_by
             FROM releases r WHERE r.uid = ?1"
            ),
            args![uid],
            |r| Ok(r.clone()),
        )?
        .ok_or_else(|| Error::NotFound(crate::tr!("err-rilis-tidak-ditemukan", uid = uid)))?;
    let r = &row;
    let mut form = NewRelease {
        sender_org: r.get(7)?,
        sender_contact: r.get(8)?,
        letter_no: r.get(9)?,
        letter_date: r.get(10)?,
        title: r.get(11)?,
        news_type_id: r.get(12)?,
        event_date: r.get(13)?,
        event_place: r.get(14)?,
        body: r.get(15)?,
        // A checklist that does not parse is a damaged row: said, never silently emptied.
        checklist: serde_json::from_str(&r.get::<String>(16)?)?,
        remarks: r.get(17)?,
        received_by: r.get(18)?,
        ..NewRelease::default()
    };
    let received_at: String = r.get(6)?;
    let received = timefmt::from_db(&received_at)?;
    // Seconds kept, so that an untouched time reads back exactly as stored.
    form.received_at = Some(
        received
            .with_timezone(&timefmt::offset(tz))
            .format("%Y-%m-%dT%H:%M:%S")
            .to_string(),
    );
    Ok(Current {
        id: r.get(0)?,
        uid: r.get(1)?,
        agenda_year: r.get(2)?,
        agenda_seq: r.get(3)?,
        status: Status::parse(&r.get::<String>(4)?)?,
        checked: r.get(5)?,
        news_type_id: form.news_type_id.unwrap_or_default(),
        received_at,
        form,
    })
}

/// The form as it will be: the stored values with the edit laid over them.
fn apply(cur: &NewRelease, edit: &ReleaseEdit) -> NewRelease {
    let pick = |new: &Option<String>, old: &String| new.clone().unwrap_or_else(|| old.clone());
    let date = |new: &Option<String>, old: &Option<String>| match new {
        Some(d) if d.trim().is_empty() => None,
        Some(d) => Some(d.clone()),
        None => old.clone(),
    };
    NewRelease {
        received_at: edit.received_at.clone().or_else(|| cur.received_at.clone()),
        sender_org: pick(&edit.sender_org, &cur.sender_org),
        sender_contact: pick(&edit.sender_contact, &cur.sender_contact),
        letter_no: pick(&edit.letter_no, &cur.letter_no),
        letter_date: date(&edit.letter_date, &cur.letter_date),
        title: pick(&edit.title, &cur.title),
        event_date: date(&edit.event_date, &cur.event_date),
        event_place: pick(&edit.event_place, &cur.event_place),
        body: pick(&edit.body, &cur.body),
        checklist: edit
            .checklist
            .clone()
            .unwrap_or_else(|| cur.checklist.clone()),
        remarks: pick(&edit.remarks, &cur.remarks),
        received_by: edit.received_by.or(cur.received_by),
        evidence: edit.add_evidence.clone(),
        ..NewRelease::default()
    }
}

/// What keeps a release from being complete: unticked checklist items and missing evidence.
pub(crate) fn missing_items(db: &Db, release_id: i64) -> Result<Vec<String>> {
    let (checklist, evidence): (String, i64) = db.query_row(
        "SELECT checklist, (SELECT count(*) FROM evidence
                            WHERE release_id = r.id AND removed_at IS NULL)
         FROM releases r WHERE id = ?1",
        args![release_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let ticked: Vec<String> = serde_json::from_str(&checklist)?;
    let mut missing: Vec<String> = CHECKLIST
        .iter()
        .filter(|(key, _)| !ticked.iter().any(|t| t == key))
        .map(|(_, message)| catalog::checklist_label(message).to_lowercase())
        .collect();
    if evidence == 0 {
        missing.push(crate::tr!("err-belum-ada-bukti-multimedia"));
    }
    Ok(missing)
}
