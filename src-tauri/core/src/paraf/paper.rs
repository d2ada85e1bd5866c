//! The official's word on a paper paraf: the Kasi records a paraf from a scan in the name of the
//! Kadis or Kabid, who at their next sign-in confirm it or say it is not theirs. A disowned
//! paraf stops counting (it is marked revoked, with the official's reason) and the release goes
//! back to that paraf's queue, where the Kasi corrects it with the right scan or the official
//! initials on screen.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ActResult, Decision};
use crate::access::{security_of, Reader};
use crate::args;
use crate::auth::confirm_pin;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::fingerprint::fingerprint;
use crate::model::Actor;
use crate::model::{check_text, Role, Status};
use crate::permissions::{require, Action};
use crate::sql::Db;
use crate::workflow::{self, load_state, template, ActKind};
use crate::{audit, office, timefmt};

/// A paper paraf recorded in the signed-in official's name and not yet confirmed.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PaperParafToConfirm {
    pub paraf_id: i64,
    pub release_id: String,
    pub agenda_no: String,
    pub title: String,
    pub sender_org: String,
    pub role_label: String,
    pub decision_label: String,
    pub note: String,
    /// The scan the Kasi attached (content-addressed); its thumbnail exists for images.
    pub scan_sha: String,
    pub scan_mime: String,
    /// Who recorded it (the Kasi).
    pub scanned_by: String,
    pub at_display: String,
}

/// A paper paraf its official disowned, on a release that still waits for that paraf: what the
/// Kasi has to correct.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DisownedPaperParaf {
    pub paraf_id: i64,
    pub release_id: String,
    pub agenda_no: String,
    pub title: String,
    /// "Kadis: Drs. Yusuf Abdullah"
    pub official: String,
    pub reason: String,
    pub at_display: String,
}

/// Confirming takes only the PIN; disowning also needs a reason.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct PaperReviewInput {
    pub paraf_id: i64,
    pub pin: String,
    #[serde(default)]
    pub reason: String,
}

/// The paper parafs waiting for the signed-in Kadis's or Kabid's word, oldest first. Empty for
/// every other role, so the app may ask after any sign-in.
pub fn paper_parafs_to_confirm(store: &Store, actor: &Actor) -> Result<Vec<PaperParafToConfirm>> {
    require(actor, Action::Read)?;
    let Some(user) = actor.user() else {
        return Ok(Vec::new());
    };
    if !matches!(user.role, Role::Kadis | Role::Kabid) {
        return Ok(Vec::new());
    }
    store.with_db(|db| {
        let tz = office::timezone_on(db)?;
        let rows = db.query(
            "SELECT p.id, r.uid, r.agenda_year, r.agenda_seq, r.title, r.sender_org, p.role,
                    p.decision, p.note, p.scan_sha, f.mime, s.name, p.at
             FROM parafs p JOIN releases r ON r.id = p.release_id
             JOIN files f ON f.sha256 = p.scan_sha
             LEFT JOIN users s ON s.id = p.scanned_by
             WHERE p.user_id = ?1 AND p.medium = 'paper' AND p.revoked_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM paper_paraf_reviews v WHERE v.paraf_id = p.id)
             ORDER BY p.id",
            args![user.id],
        )?;
        let mut out = Vec::new();
        for r in &rows {
            let role = Role::parse(&r.get::<String>(6)?)?;
            let decision = decision_of(&r.get::<String>(7)?);
            let at: String = r.get(12)?;
            out.push(PaperParafToConfirm {
                paraf_id: r.get(0)?,
                release_id: r.get(1)?,
                agenda_no: crate::numbering::agenda_display(r.get(2)?, r.get(3)?),
                title: r.get(4)?,
                sender_org: r.get(5)?,
                role_label: role.label().to_owned(),
                decision_label: decision.label().to_owned(),
                note: r.get(8)?,
                scan_sha: r.get(9)?,
                scan_mime: r.get(10)?,
                scanned_by: r.get::<Option<String>>(11)?.unwrap_or_default(),
                at_display: timefmt::show_datetime(timefmt::from_db(&at)?, tz),
            });
        }
        Ok(out)
    })
}

/// The disowned paper parafs whose release still waits for a paraf of that step, newest first,
/// for the Kasi's correction.
pub fn disowned_paper_parafs(store: &Store, actor: &Actor) -> Result<Vec<DisownedPaperParaf>> {
    require(actor, Action::Read)?;
    store.with_db(|db| {
        let tz = office::timezone_on(db)?;
        let rows = db.query(
            concat!(
            "SELECT p.id, r.uid, r.agenda_year, r.agenda_seq, r.title, p.role, u.name, v.reason,
                    v.at, ",
            crate::security_of_r!(),
            "
             FROM paper_paraf_reviews v JOIN parafs p ON p.id = v.paraf_id
             JOIN releases r ON r.id = p.release_id JOIN users u ON u.id = p.user_id
             WHERE v.outcome = 'disowned' AND ",
            crate::waiting_act_of_r!(),
            " IN ('check_paraf', 'co_paraf')
               AND NOT EXISTS (SELECT 1 FROM parafs q WHERE q.release_id = p.release_id
                               AND q.step_seq = p.step_seq AND q.id > p.id
                               AND q.revoked_at IS NULL)
             ORDER BY v.at DESC LIMIT 100",
            ),
            &[],
        )?;
        let reader = Reader::of(db, actor)?;
        let mut out = Vec::new();
        for r in &rows {
            let role = Role::parse(&r.get::<String>(5)?)?;
            let security = security_of(r.get::<Option<String>>(9)?.as_deref())?;
            let at: String = r.get(8)?;
            out.push(DisownedPaperParaf {
                paraf_id: r.get(0)?,
                release_id: r.get(1)?,
                agenda_no: crate::numbering::agenda_display(r.get(2)?, r.get(3)?),
                title: if reader.may_open(security) {
                    r.get(4)?
                } else {
                    security.masked_title()
                },
                official: format!("{}: {}", role.label(), r.get::<String>(6)?),
                reason: r.get(7)?,
                at_display: timefmt::show_datetime(timefmt::from_db(&at)?, tz),
            });
        }
        Ok(out)
    })
}

fn decision_of(s: &str) -> Decision {
    if s == "approve" {
        Decision::Approve
    } else {
        Decision::Reject
    }
}

/// The official confirms that the paper paraf recorded in their name is theirs (PIN).
#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn confirm_paper_paraf(
    store: &Store,
    actor: &Actor,
    input: PaperReviewInput,
) -> Result<ActResult> {
    require(actor, Action::Paraf)?;
    let user_id = actor.person()?.id;
    confirm_pin(store, actor, &input.pin)?;
    let no = store.with_db_tx(|db| {
        let p = reviewable(db, input.paraf_id, user_id)?;
        record(db, &p, user_id, "confirmed", "")?;
        audit::append(
            db,
            Some(user_id),
            "paraf.paper.confirm",
            "release",
            &p.release_uid,
            &serde_json::json!({ "paraf": p.id, "scan": p.scan_sha }),
        )?;
        Ok(p.agenda_no)
    })?;
    Ok(ActResult {
        message: crate::tr!("err-paraf-kertas-pada-rilis-dikonfirmasi", no = no),
        agenda_nos: vec![no],
    })
}

/// The official says the paper paraf recorded in their name is not theirs (PIN, reason). It is
/// marked revoked with every later live paraf of the release (a co-paraf made on a decision
/// that was never given is void too), and the release waits for that paraf again.
#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn disown_paper_paraf(
    store: &Store,
    actor: &Actor,
    input: PaperReviewInput,
) -> Result<ActResult> {
    require(actor, Action::Paraf)?;
    let user_id = actor.person()?.id;
    check_text("reason", "label-alasan", &input.reason, true, 500)?;
    confirm_pin(store, actor, &input.pin)?;
    let reason = input.reason.trim();
    let no = store.with_db_tx(|db| {
        let p = reviewable(db, input.paraf_id, user_id)?;
        let state = load_state(db, &p.release_uid)?;
        if !matches!(
            state.status,
            Status::Initialed | Status::Approved | Status::Rejected
        ) {
            return Err(Error::Conflict(crate::tr!(
                "err-rilis-sudah-paraf-tidak-dapat",
                agenda_no = state.agenda_no,
                to_lowercase = state.status.label().to_lowercase()
            )));
        }
        record(db, &p, user_id, "disowned", reason)?;
        let now = timefmt::now();
        db.execute(
            "UPDATE parafs SET revoked_at = ?1, revoked_by = ?2, revoke_reason = ?3
             WHERE release_id = ?4 AND id >= ?5 AND revoked_at IS NULL",
            args![
                timefmt::to_db(now),
                user_id,
                format!("Bukan paraf saya: {reason}"),
                state.id,
                p.id
            ],
        )?;
        let sop = template::load_version(db, state.version_id)?;
        let deciding = sop
            .step(p.step_seq)
            .is_some_and(|s| s.act == ActKind::CheckParaf);
        let kind = if deciding {
            ActKind::CheckParaf
        } else {
            ActKind::CoParaf
        };
        workflow::reopen(db, &state, kind)?;
        let back = load_state(db, &state.uid)?.status;
        let payload = serde_json::json!({
            "paraf": p.id,
            "scan": p.scan_sha,
            "reason": reason,
            "status": back.as_str(),
            "fingerprint": fingerprint(db, state.id)?,
        });
        audit::append(
            db,
            Some(user_id),
            "paraf.paper.disown",
            "release",
            &p.release_uid,
            &payload,
        )?;
        Ok(state.agenda_no)
    })?;
    Ok(ActResult {
        message: crate::tr!("err-paraf-kertas-pada-rilis-ditandai", no = no),
        agenda_nos: vec![no],
    })
}

struct PaperParaf {
    id: i64,
    step_seq: i64,
    release_uid: String,
    agenda_no: String,
    scan_sha: String,
}

/// The paraf, if it is a live, unreviewed paper paraf in `user_id`'s name.
fn reviewable(db: &Db, paraf_id: i64, user_id: i64) -> Result<PaperParaf> {
    type Found = (i64, String, i64, i64, i64, String, Option<String>, bool);
    let found: Option<Found> = db.query_opt(
        "SELECT p.step_seq, r.uid, r.agenda_year, r.agenda_seq, p.user_id, p.medium,
                p.revoked_at, EXISTS (SELECT 1 FROM paper_paraf_reviews v
                                      WHERE v.paraf_id = p.id)
         FROM parafs p JOIN releases r ON r.id = p.release_id WHERE p.id = ?1",
        args![paraf_id],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        },
    )?;
    let Some((step_seq, uid, year, seq, owner, medium, revoked, reviewed)) = found else {
        return Err(Error::NotFound(crate::tr!(
            "err-paraf-tidak-ditemukan",
            paraf_id = paraf_id
        )));
    };
    let agenda_no = crate::numbering::agenda_display(year, seq);
    if medium != "paper" {
        return Err(Error::invalid(
            "paraf_id",
            crate::tr!(
                "err-paraf-pada-rilis-bukan-paraf",
                paraf_id = paraf_id,
                agenda_no = agenda_no
            ),
        ));
    }
    if owner != user_id {
        return Err(Error::Forbidden(crate::tr!(
            "err-paraf-kertas-pada-rilis-dicatat",
            agenda_no = agenda_no
        )));
    }
    if reviewed {
        return Err(Error::Conflict(crate::tr!(
            "err-paraf-kertas-pada-rilis-sudah",
            agenda_no = agenda_no
        )));
    }
    if revoked.is_some() {
        return Err(Error::Conflict(crate::tr!(
            "err-paraf-kertas-pada-rilis-sudah-2",
            agenda_no = agenda_no
        )));
    }
    let scan_sha: String = db.query_row(
        "SELECT scan_sha FROM parafs WHERE id = ?1",
        args![paraf_id],
        |r| r.get(0),
    )?;
    Ok(PaperParaf {
        id: paraf_id,
        step_seq,
        release_uid: uid,
        agenda_no,
        scan_sha,
    })
}

fn record(db: &Db, p: &PaperParaf, user_id: i64, outcome: &str, reason: &str) -> Result<()> {
    db.execute(
        "INSERT INTO paper_paraf_reviews (paraf_id, outcome, user_id, reason, at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        args![
            p.id,
            outcome,
            user_id,
            reason,
            timefmt::to_db(timefmt::now())
        ],
    )?;
    Ok(())
}
