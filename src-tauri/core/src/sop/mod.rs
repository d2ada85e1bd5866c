//! The office's SOP, as the admin keeps it: the templates of the seeds to choose from, the steps
//! of one as a table, and a revision (names, time standards, roles) that becomes a new version.
//! Records keep the version they started under; new ones start under the latest.

mod roster;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use roster::{duty_roster, set_duty, DutyDay, DutyInput, Roster};

use crate::db::Store;
use crate::error::{Error, FieldErrors, Result};
use crate::model::Actor;
use crate::model::{check_text, Role};
use crate::permissions::{require, Action};
use crate::time_standard::TimeStandard;
use crate::workflow::template::{self, SopSummary};
use crate::workflow::SopTemplate;
use crate::{args, audit, timefmt};

/// One template with every version it has had.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SopDetail {
    pub current: SopTemplate,
    /// "versi 2, 7 Desember 2026: mutu baku langkah 3 menjadi 10 menit", newest first.
    pub versions: Vec<SopVersionNote>,
    pub chosen: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SopVersionNote {
    pub version: i64,
    pub note: String,
    pub created_display: String,
    pub created_by: Option<String>,
    /// How many records were begun under it.
    pub records: i64,
}

/// What the admin changes in a step: its name, the roles that act, its time standard as the
/// seeds write it ("7 menit", "2 hari", "H+1").
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct StepRevision {
    pub seq: i64,
    pub name: String,
    pub roles: Vec<Role>,
    pub standard: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct SopRevision {
    pub code: String,
    /// Why: kept with the version.
    pub note: String,
    pub steps: Vec<StepRevision>,
}

pub fn list_sops(store: &Store, actor: &Actor) -> Result<Vec<SopSummary>> {
    require(actor, Action::Read)?;
    store.with_db(template::summaries)
}

pub fn show_sop(store: &Store, actor: &Actor, code: &str) -> Result<SopDetail> {
    require(actor, Action::Read)?;
    store.with_db(|db| {
        let id = template::template_id_by_code(db, code)?;
        let current = template::load_version(db, template::current_version_id(db, id)?)?;
        let tz = crate::office::timezone(db)?;
        let rows = db.query(
            "SELECT v.version, v.note, v.created_at, u.name,
                    (SELECT count(*) FROM releases r WHERE r.sop_version_id = v.id)
             FROM sop_versions v LEFT JOIN users u ON u.id = v.created_by
             WHERE v.template_id = ?1 ORDER BY v.version DESC",
            args![id],
        )?;
        let mut versions = Vec::new();
        for r in &rows {
            let at = timefmt::from_db(&r.get::<String>(2)?)?;
            versions.push(SopVersionNote {
                version: r.get(0)?,
                note: r.get(1)?,
                created_display: timefmt::show_datetime(at, tz),
                created_by: r.get(3)?,
                records: r.get(4)?,
            });
        }
        Ok(SopDetail {
            chosen: template::office_template_id(db)? == id,
            current,
            versions,
        })
    })
}

/// The office works under another SOP from now on; what was begun finishes on its own.
pub fn choose_sop(store: &Store, actor: &Actor, code: &str) -> Result<SopSummary> {
    require(actor, Action::ManageOffice)?;
    store.with_db_tx(|db| {
        let id = template::template_id_by_code(db, code)?;
        template::set_office_template(db, id)?;
        let chosen = template::summaries(db)?
            .into_iter()
            .find(|s| s.chosen)
            .ok_or_else(|| Error::Corrupt(crate::tr!("sop-office-missing")))?;
        audit::append(
            db,
            actor.id(),
            "sop.choose",
            "sop",
            &chosen.code,
            &serde_json::json!({ "code": chosen.code, "version": chosen.version }),
        )?;
        Ok(chosen)
    })
}

/// Makes a new version of a template with the admin's changes; every step keeps its act and
/// the state it reaches, which are the SOP's shape, not its wording.
pub fn revise_sop(store: &Store, actor: &Actor, rev: SopRevision) -> Result<SopTemplate> {
    require(actor, Action::ManageOffice)?;
    check_text("note", "label-alasan-perubahan", &rev.note, true, 300)?;
    let mut errs = FieldErrors::default();
    let mut standards = Vec::new();
    for (i, step) in rev.steps.iter().enumerate() {
        let at = |f: &str| format!("steps.{i}.{f}");
        errs.check(check_text(
            &at("name"),
            "label-nama-langkah",
            &step.name,
            true,
            300,
        ))?;
        if step.roles.is_empty() {
            errs.check::<()>(Err(Error::invalid(
                &at("roles"),
                crate::tr!("err-langkah-perlu-sedikitnya-satu-peran", seq = step.seq),
            )))?;
        }
        standards.push(errs.check(TimeStandard::parse(&at("standard"), &step.standard))?);
    }
    errs.finish()?;
    store.with_db_tx(|db| {
        let id = template::template_id_by_code(db, &rev.code)?;
        let old = template::load_version(db, template::current_version_id(db, id)?)?;
        if rev.steps.len() != old.steps.len()
            || rev
                .steps
                .iter()
                .zip(&old.steps)
                .any(|(r, o)| r.seq != o.seq)
        {
            return Err(Error::invalid(
                "steps",
                crate::tr!("err-langkah-sop-tidak-dapat-ditambah"),
            ));
        }
        let version = old.version + 1;
        let version_id: i64 = db.query_row(
            "INSERT INTO sop_versions (template_id, version, title, record_book, note,
                created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
            args![
                id,
                version,
                old.title,
                old.record_book,
                rev.note.trim(),
                timefmt::to_db(timefmt::now()),
                actor.id()
            ],
            |r| r.get(0),
        )?;
        for ((r, o), standard) in rev.steps.iter().zip(&old.steps).zip(&standards) {
            let standard = standard.unwrap_or(o.standard);
            let (kind, amount) = standard.parts();
            let roles: Vec<&str> = r.roles.iter().map(|r| r.as_str()).collect();
            db.execute(
                "INSERT INTO sop_version_steps (version_id, seq, name, act, roles, state_reached,
                    state_label, standard_kind, standard_amount, output, requirements, sites)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                args![
                    version_id,
                    o.seq,
                    r.name.trim(),
                    o.act.as_str(),
                    roles.join(","),
                    o.state_reached.as_str(),
                    o.state_label,
                    kind,
                    amount,
                    o.output,
                    o.requirements,
                    o.sites
                ],
            )?;
        }
        audit::append(
            db,
            actor.id(),
            "sop.revise",
            "sop",
            &old.code,
            &serde_json::json!({ "version": version, "note": rev.note.trim() }),
        )?;
        template::load_version(db, version_id)
    })
}
