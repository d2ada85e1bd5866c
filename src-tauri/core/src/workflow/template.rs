//! An SOP template version as the office wrote it: its steps, each with the act it is, the
//! roles that act, the state it reaches, its time standard, output and requirements. Read
//! from the store; never changed (an admin's change makes a new version).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::args;
use crate::error::{Error, Result};
use crate::model::{Role, Status};
use crate::sql::{Db, Row};
use crate::time_standard::TimeStandard;

/// What a step is, for the one door every act goes through (`advance`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ActKind {
    /// The office's, not a record's: the monthly duty roster (SOP 001).
    Roster,
    Register,
    /// Coverage given to a reporter.
    Assign,
    /// The reporter sends the material.
    Submit,
    /// Turned into news: the text may be edited while this step is open.
    Write,
    /// The Kasi checks; the last role of the step gives the deciding paraf.
    CheckParaf,
    /// The other roles co-initial: approved or not approved.
    CoParaf,
    /// Edited and verified (corrected) before release: the deciding act of its SOP.
    Verify,
    Publish,
    Document,
    Archive,
    /// Any other step: done with a note.
    Complete,
}

impl ActKind {
    pub const ALL: [ActKind; 12] = [
        ActKind::Roster,
        ActKind::Register,
        ActKind::Assign,
        ActKind::Submit,
        ActKind::Write,
        ActKind::CheckParaf,
        ActKind::CoParaf,
        ActKind::Verify,
        ActKind::Publish,
        ActKind::Document,
        ActKind::Archive,
        ActKind::Complete,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActKind::Roster => "roster",
            ActKind::Register => "register",
            ActKind::Assign => "assign",
            ActKind::Submit => "submit",
            ActKind::Write => "write",
            ActKind::CheckParaf => "check_paraf",
            ActKind::CoParaf => "co_paraf",
            ActKind::Verify => "verify",
            ActKind::Publish => "publish",
            ActKind::Document => "document",
            ActKind::Archive => "archive",
            ActKind::Complete => "complete",
        }
    }

    pub fn parse(s: &str) -> Result<ActKind> {
        ActKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| Error::Corrupt(crate::tr!("err-act-unknown", kind = s)))
    }

    /// "Pemeriksaan dan paraf", "Penayangan": what the step's act is called on screen, in the
    /// interface language.
    pub fn label(self) -> &'static str {
        crate::i18n::label(match self {
            ActKind::Roster => "act-roster",
            ActKind::Register => "act-register",
            ActKind::Assign => "act-assign",
            ActKind::Submit => "act-submit",
            ActKind::Write => "act-write",
            ActKind::CheckParaf => "act-check-paraf",
            ActKind::CoParaf => "act-co-paraf",
            ActKind::Verify => "act-verify",
            ActKind::Publish => "act-publish",
            ActKind::Document => "act-document",
            ActKind::Archive => "act-archive",
            ActKind::Complete => "act-complete",
        })
    }

    /// The step acts on the record's text: it may be edited while the step is open.
    pub fn edits_text(self) -> bool {
        matches!(self, ActKind::Write | ActKind::Verify | ActKind::Submit)
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SopStep {
    pub seq: i64,
    pub name: String,
    pub act: ActKind,
    pub roles: Vec<Role>,
    pub state_reached: Status,
    /// The state as this SOP names it ("Ditulis", "Didokumentasikan").
    pub state_label: String,
    pub standard: TimeStandard,
    pub standard_label: String,
    /// The standard in seconds where it is a span (minutes, hours); 0 otherwise.
    pub time_standard_secs: i64,
    pub output: String,
    pub requirements: String,
    /// For a publication: on how many websites.
    pub sites: i64,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SopTemplate {
    /// The template (one per SOP); `version_id` is this version of it.
    pub id: i64,
    pub version_id: i64,
    pub version: i64,
    pub code: String,
    pub title: String,
    pub office: String,
    pub record_book: String,
    pub steps: Vec<SopStep>,
}

impl SopTemplate {
    /// The steps a record goes through (the roster is the office's).
    pub fn record_steps(&self) -> impl Iterator<Item = &SopStep> {
        self.steps.iter().filter(|s| s.act != ActKind::Roster)
    }

    pub fn step(&self, seq: i64) -> Option<&SopStep> {
        self.steps.iter().find(|s| s.seq == seq)
    }

    /// The first step of the given act, if the SOP has one.
    pub fn step_of(&self, act: ActKind) -> Option<&SopStep> {
        self.steps.iter().find(|s| s.act == act)
    }

    /// The record step after `seq`.
    pub fn after(&self, seq: i64) -> Option<&SopStep> {
        self.record_steps().find(|s| s.seq > seq)
    }

    pub fn first(&self) -> Result<&SopStep> {
        self.record_steps()
            .next()
            .ok_or_else(|| Error::Corrupt(crate::tr!("err-sop-no-steps", code = self.code)))
    }

    /// Whether the SOP uses an act at all: an office on SOP 003 never sees a paraf screen.
    pub fn uses(&self, act: ActKind) -> bool {
        self.steps.iter().any(|s| s.act == act)
    }
}

/// One version of a template, with its steps in order.
pub fn load_version(db: &Db, version_id: i64) -> Result<SopTemplate> {
    let head = db
        .query_opt(
            "SELECT t.id, v.version, t.code, v.title, t.office, v.record_book
             FROM sop_versions v JOIN sop_templates t ON t.id = v.template_id WHERE v.id = ?1",
            args![version_id],
            |r| {
                Ok((
                    r.get::<i64>(0)?,
                    r.get::<i64>(1)?,
                    r.get::<String>(2)?,
                    r.get::<String>(3)?,
                    r.get::<String>(4)?,
                    r.get::<String>(5)?,
                ))
            },
        )?
        .ok_or_else(|| Error::NotFound(crate::tr!("err-versi-sop-tidak-ditemukan")))?;
    let (id, version, code, title, office, record_book) = head;
    let steps = db
        .query(
            "SELECT seq, name, act, roles, state_reached, state_label, standard_kind,
                    standard_amount, output, requirements, sites
             FROM sop_version_steps WHERE version_id = ?1 ORDER BY seq",
            args![version_id],
        )?
        .iter()
        .map(step)
        .collect::<Result<_>>()?;
    Ok(SopTemplate {
        id,
        version_id,
        version,
        code,
        title,
        office,
        record_book,
        steps,
    })
}

fn step(r: &Row) -> Result<SopStep> {
    let standard = TimeStandard::from_parts(&r.get::<String>(6)?, r.get(7)?)?;
    let roles: String = r.get(3)?;
    Ok(SopStep {
        seq: r.get(0)?,
        name: r.get(1)?,
        act: ActKind::parse(&r.get::<String>(2)?)?,
        roles: roles.split(',').map(Role::parse).collect::<Result<_>>()?,
        state_reached: Status::parse(&r.get::<String>(4)?)?,
        state_label: r.get(5)?,
        standard_label: standard.label(),
        time_standard_secs: standard.span_secs().unwrap_or(0),
        standard,
        output: r.get(8)?,
        requirements: r.get(9)?,
        sites: r.get(10)?,
    })
}

/// The latest version of a template: what new records start under.
pub fn current_version_id(db: &Db, template_id: i64) -> Result<i64> {
    db.query_opt(
        "SELECT id FROM sop_versions WHERE template_id = ?1 ORDER BY version DESC LIMIT 1",
        args![template_id],
        |r| r.get(0),
    )?
    .ok_or_else(|| Error::NotFound(crate::tr!("err-templat-sop-tidak-punya-versi")))
}

/// The template the office works under (chosen at first run, changed in Pengaturan → SOP).
pub fn office_template_id(db: &Db) -> Result<i64> {
    db.query_opt(
        "SELECT id FROM sop_templates WHERE is_default = 1 ORDER BY id",
        args![],
        |r| r.get(0),
    )?
    .ok_or_else(|| Error::Corrupt(crate::tr!("err-sop-not-chosen")))
}

/// The version a new record of this office starts under.
pub fn office_sop(db: &Db) -> Result<SopTemplate> {
    load_version(db, current_version_id(db, office_template_id(db)?)?)
}

/// A template by its code ("SOP-003", or just "003").
pub fn template_id_by_code(db: &Db, code: &str) -> Result<i64> {
    let code = code.trim().to_uppercase();
    let full = if code.starts_with("SOP-") {
        code.clone()
    } else {
        format!("SOP-{code}")
    };
    db.query_opt(
        "SELECT id FROM sop_templates WHERE code = ?1",
        args![full],
        |r| r.get(0),
    )?
    .ok_or_else(|| {
        Error::invalid(
            "sop",
            crate::tr!("err-sop-tidak-dikenal-pilih-sop", code = code),
        )
    })
}

/// Makes a template the office's: its latest version is what new records start under; the
/// caller audits the choice (`sop::choose_sop`, first run). (The
/// flag is 0/1 on both stores; a comparison is a boolean on the server, so it is spelt out.)
pub fn set_office_template(db: &Db, template_id: i64) -> Result<()> {
    db.execute(
        "UPDATE sop_templates SET is_default = CASE WHEN id = ?1 THEN 1 ELSE 0 END",
        args![template_id],
    )?;
    Ok(())
}

/// A template in a list: which SOP, which version is current, and whether it is the office's.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SopSummary {
    pub code: String,
    pub title: String,
    pub office: String,
    pub summary: String,
    pub version: i64,
    pub steps: i64,
    pub record_book: String,
    /// The office works under this one.
    pub chosen: bool,
}

pub fn summaries(db: &Db) -> Result<Vec<SopSummary>> {
    db.query(
        "SELECT t.code, v.title, t.office, t.summary, v.version,
                (SELECT count(*) FROM sop_version_steps s WHERE s.version_id = v.id),
                v.record_book, t.is_default
         FROM sop_templates t JOIN sop_versions v ON v.template_id = t.id
         WHERE v.version = (SELECT max(version) FROM sop_versions w WHERE w.template_id = t.id)
         ORDER BY t.is_default DESC, t.id",
        args![],
    )?
    .iter()
    .map(|r| {
        Ok(SopSummary {
            code: r.get(0)?,
            title: r.get(1)?,
            office: r.get(2)?,
            summary: r.get(3)?,
            version: r.get(4)?,
            steps: r.get(5)?,
            record_book: r.get(6)?,
            chosen: r.get(7)?,
        })
    })
    .collect()
}
