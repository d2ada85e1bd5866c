//! Paraf acts: the Kadis decides and the Kabid co-initials, on screen (PIN each act, one
//! release or a batch, each release its own record) or on paper (the Kasi attaches the scan);
//! the Kadis may revoke his paraf with a reason, which reopens the release.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::initials::{resolve_initials, Initials};
use super::{pending, Decision};
use crate::args;
use crate::auth::confirm_pin;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::fingerprint::fingerprint;
use crate::model::Actor;
use crate::model::{check_text, Role, Status};
use crate::permissions::{require, Action};
use crate::promotion::Promotion;
use crate::sql::Db;
use crate::workflow::{self, expect_step, load_state, Act, ActKind, Outcome, ReleaseState};
use crate::{audit, timefmt};

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct ParafInput {
    /// One release, or many for a batch paraf.
    pub release_ids: Vec<String>,
    pub decision: Decision,
    #[serde(default)]
    pub note: String,
    pub pin: String,
    pub initials: Initials,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct PaperParafInput {
    pub release_id: String,
    /// The Kadis or Kabid who initialed the paper.
    pub official_id: i64,
    pub decision: Decision,
    #[serde(default)]
    pub note: String,
    /// The scan or photo of the initialed page (staged with `stage_file`).
    pub scan_sha: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct RevokeInput {
    pub release_id: String,
    pub pin: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ActResult {
    pub agenda_nos: Vec<String>,
    pub message: String,
}

/// The official whose paraf a row records.
struct Official {
    id: i64,
    name: String,
    role: Role,
}

/// What one paraf row records besides the release.
struct Mark<'a> {
    user: &'a Official,
    decision: Decision,
    note: &'a str,
    medium: &'static str,
    initials: Option<(&'a str, Option<&'a str>, f64, f64)>,
    scan: Option<(&'a str, i64)>,
    batch: Option<&'a str>,
}

#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn paraf_releases(store: &Store, actor: &Actor, input: ParafInput) -> Result<ActResult> {
    require(actor, Action::Paraf)?;
    let person = actor.person()?.clone();
    let user = Official {
        id: person.id,
        name: person.name.clone(),
        role: person.role,
    };
    if input.release_ids.is_empty() {
        return Err(Error::invalid(
            "release_ids",
            crate::tr!("err-pilih-sedikitnya-satu-rilis-untuk"),
        ));
    }
    check_text("note", "label-catatan", &input.note, false, 1000)?;
    confirm_pin(store, actor, &input.pin)?;
    let (png, strokes, w, h) = resolve_initials(store, &person, &input.initials)?;
    // Saved initials are stored already (on a server perhaps never fetched to this desk):
    // only what was drawn now is promoted and recorded.
    let mut shas = Vec::new();
    if let Initials::Drawn { .. } = input.initials {
        shas.push(png.clone());
    }
    shas.extend(strokes.clone());
    let promotion = Promotion::new(store, &shas)?;
    let batch = (input.release_ids.len() > 1).then(|| uuid::Uuid::now_v7().to_string());
    let agenda_nos = promotion.commit_in(|db| {
        take_turns(db, &input.release_ids)?;
        promotion.record_in(db)?;
        if let Initials::Drawn { save: true, .. } = input.initials {
            db.execute(
                "UPDATE users SET saved_initials_sha = ?1, saved_initials_w_mm = ?2,
                    saved_initials_h_mm = ?3 WHERE id = ?4",
                args![png, w, h, user.id],
            )?;
        }
        let mark = Mark {
            user: &user,
            decision: input.decision,
            note: input.note.trim(),
            medium: "screen",
            initials: Some((&png, strokes.as_deref(), w, h)),
            scan: None,
            batch: batch.as_deref(),
        };
        input
            .release_ids
            .iter()
            .map(|id| apply(db, id, &mark))
            .collect::<Result<Vec<_>>>()
    })?;
    Ok(ActResult {
        message: crate::tr!(
            "err-rilis-diparaf",
            agenda_nos_len = agenda_nos.len(),
            to_lowercase = input.decision.label().to_lowercase()
        ),
        agenda_nos,
    })
}

#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn record_paper_paraf(
    store: &Store,
    actor: &Actor,
    input: PaperParafInput,
) -> Result<ActResult> {
    require(actor, Action::AttachPaperParaf)?;
    let kasi = actor.person()?.id;
    check_text("note", "label-catatan", &input.note, false, 1000)?;
    let official = store.with_db(|db| official(db, input.official_id))?;
    if !matches!(official.role, Role::Kadis | Role::Kabid) {
        return Err(Error::invalid(
            "official_id",
            crate::tr!("err-paraf-kertas-hanya-dari-kadis"),
        ));
    }
    let promotion = Promotion::new(store, std::slice::from_ref(&input.scan_sha))?;
    let no = promotion.commit_in(|db| {
        take_turns(db, std::slice::from_ref(&input.release_id))?;
        promotion.record_in(db)?;
        let mime = crate::promotion::mime(db, &input.scan_sha)?;
        if !(mime.starts_with("image/") || mime == "application/pdf") {
            return Err(Error::invalid(
                "scan_sha",
                crate::tr!("err-pindaian-paraf-harus-foto-atau"),
            ));
        }
        let mark = Mark {
            user: &official,
            decision: input.decision,
            note: input.note.trim(),
            medium: "paper",
            initials: None,
            scan: Some((&input.scan_sha, kasi)),
            batch: None,
        };
        apply(db, &input.release_id, &mark)
    })?;
    Ok(ActResult {
        message: crate::tr!(
            "err-paraf-kertas-pada-rilis-dicatat-2",
            name = official.name,
            no = no
        ),
        agenda_nos: vec![no],
    })
}

/// Reads (on the server: locks) the releases before anything is written, in one order
/// whatever the selection's, so that a desk giving the same paraf a moment later waits here,
/// finds the files already stored and is told the paraf is there; two batches never deadlock.
fn take_turns(db: &Db, release_ids: &[String]) -> Result<()> {
    let mut ids: Vec<&String> = release_ids.iter().collect();
    ids.sort();
    ids.dedup();
    for id in ids {
        load_state(db, id)?;
    }
    Ok(())
}

/// A Kadis or Kabid by id, for a paper paraf in their name.
fn official(db: &Db, id: i64) -> Result<Official> {
    let found = db.query_opt(
        "SELECT name, role FROM users WHERE id = ?1",
        args![id],
        |r| Ok((r.get::<String>(0)?, r.get::<String>(1)?)),
    )?;
    let (name, role) =
        found.ok_or_else(|| Error::NotFound(crate::tr!("err-user-not-found", id = id)))?;
    Ok(Official {
        id,
        name,
        role: Role::parse(&role)?,
    })
}

/// Records one paraf on one release and moves it along the SOP. Returns its agenda number.
/// The release is read (on the server: locked) first, so two desks giving the same paraf at
/// once take turns, and the second is told the paraf is already there.
fn apply(db: &Db, release_id: &str, mark: &Mark) -> Result<String> {
    let state = load_state(db, release_id)?;
    let wait = pending(db, &state).map_err(|err| given_already(db, &state, mark).unwrap_or(err))?;
    if wait.role != mark.user.role {
        if let Some(err) = given_already(db, &state, mark) {
            return Err(err);
        }
        return Err(Error::Forbidden(crate::tr!(
            "err-rilis-menunggu-paraf-belum-dapat",
            agenda_no = state.agenda_no,
            role = wait.role.label(),
            name = mark.user.name,
            role2 = mark.user.role.label()
        )));
    }
    let kind = if wait.deciding {
        ActKind::CheckParaf
    } else {
        ActKind::CoParaf
    };
    let (_, step) = expect_step(db, &state, kind)?;
    let now = timefmt::now();
    let (initials, strokes, w, h) = match mark.initials {
        Some((png, strokes, w, h)) => (Some(png), strokes, Some(w), Some(h)),
        None => (None, None, None, None),
    };
    let outcome = if wait.deciding
        || (mark.decision == Decision::Approve && deciding_approved(db, &state)?)
    {
        Outcome::Reached
    } else {
        Outcome::Rejected
    };
    // The paraf that closes the co-paraf step keeps the group it put the release in: the
    // day's groups are read from it, whatever happens to the release afterwards.
    let group = match outcome {
        Outcome::Rejected => Status::Rejected,
        _ => step.state_reached,
    };
    db.execute(
        "INSERT INTO parafs (release_id, step_seq, user_id, role, decision, note, medium,
            initials_sha, strokes_sha, initials_w_mm, initials_h_mm, scan_sha, scanned_by,
            batch_id, at, outcome)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        args![
            state.id,
            step.seq,
            mark.user.id,
            mark.user.role.as_str(),
            mark.decision.as_str(),
            mark.note,
            mark.medium,
            initials,
            strokes,
            w,
            h,
            mark.scan.map(|s| s.0),
            mark.scan.map(|s| s.1),
            mark.batch,
            timefmt::to_db(now),
            (!wait.deciding).then(|| group.as_str()),
        ],
    )?;
    workflow::advance(
        db,
        &state,
        Act {
            kind,
            by: Some(mark.user.id),
            role: Some(mark.user.role),
            outcome,
            started: None,
            note: mark.note,
            action: "release.paraf",
            author: Some(mark.scan.map(|s| s.1).unwrap_or(mark.user.id)),
            payload: serde_json::json!({
                "decision": mark.decision.as_str(),
                "medium": mark.medium,
                "by": mark.user.id,
            }),
        },
    )?;
    Ok(state.agenda_no)
}

fn deciding_approved(db: &Db, state: &ReleaseState) -> Result<bool> {
    let decision: Option<String> = db.query_opt(
        "SELECT decision FROM parafs WHERE release_id = ?1 AND revoked_at IS NULL
         ORDER BY id LIMIT 1",
        args![state.id],
        |r| r.get(0),
    )?;
    Ok(decision.as_deref() == Some("approve"))
}

/// When the release already bears a live paraf of the official's role (given a moment ago
/// at another desk, or earlier), the refusal that says so: who gave it and when.
fn given_already(db: &Db, state: &ReleaseState, mark: &Mark) -> Option<Error> {
    let found = db
        .query_opt(
            "SELECT u.name, p.at FROM parafs p JOIN users u ON u.id = p.user_id
             WHERE p.release_id = ?1 AND p.role = ?2 AND p.revoked_at IS NULL
             ORDER BY p.id DESC LIMIT 1",
            args![state.id, mark.user.role.as_str()],
            |r| Ok((r.get::<String>(0)?, r.get::<String>(1)?)),
        )
        .ok()??;
    let (name, at) = found;
    let tz = crate::office::timezone_on(db).ok()?;
    let when = timefmt::show_datetime(timefmt::from_db(&at).ok()?, tz);
    Some(Error::Conflict(crate::tr!(
        "err-rilis-sudah-diparaf-oleh-paraf",
        agenda_no = state.agenda_no,
        role = mark.user.role.label(),
        name = name,
        when = when,
        name2 = mark.user.name
    )))
}

/// The Kadis takes back his paraf: every live paraf of the release is marked revoked (never
/// deleted) and the release waits for his paraf again.
#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn revoke_paraf(store: &Store, actor: &Actor, input: RevokeInput) -> Result<ActResult> {
    require(actor, Action::Revoke)?;
    let user = actor.person()?.clone();
    check_text(
        "reason",
        "label-alasan-pencabutan",
        &input.reason,
        true,
        500,
    )?;
    confirm_pin(store, actor, &input.pin)?;
    let no = store.with_db_tx(|db| {
        let state = load_state(db, &input.release_id)?;
        if !matches!(
            state.status,
            Status::Initialed | Status::Approved | Status::Rejected
        ) {
            return Err(Error::Conflict(crate::tr!(
                "err-rilis-tidak-ada-paraf-yang",
                agenda_no = state.agenda_no,
                to_lowercase = state.status.label().to_lowercase()
            )));
        }
        let now = timefmt::to_db(timefmt::now());
        db.execute(
            "UPDATE parafs SET revoked_at = ?1, revoked_by = ?2, revoke_reason = ?3
             WHERE release_id = ?4 AND revoked_at IS NULL",
            args![now, user.id, input.reason.trim(), state.id],
        )?;
        workflow::reopen(db, &state, ActKind::CheckParaf)?;
        let payload = serde_json::json!({
            "reason": input.reason.trim(),
            "fingerprint": fingerprint(db, state.id)?,
        });
        audit::append(
            db,
            Some(user.id),
            "release.revoke",
            "release",
            &state.uid,
            &payload,
        )?;
        Ok(state.agenda_no)
    })?;
    Ok(ActResult {
        message: crate::tr!("err-paraf-pada-rilis-dicabut", no = no),
        agenda_nos: vec![no],
    })
}
