//! The classification scheme as data: its codes (listed; imported in `import.rs`), the code
//! suggested for each news type, and the code and security marking of a
//! release, given when it is archived and changed by the archivist until its file is closed.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{norm_code, number_of, ClassCode, Disposition};
use crate::access::{security_of, Security};
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{check_text, Actor};
use crate::permissions::{require, Action};
use crate::sql::{Db, Row};
use crate::workflow::load_state;
use crate::{args, audit, timefmt};

const CODE_SELECT: &str = "SELECT code, name, active_years, inactive_years, disposition,
    security FROM class_codes";

fn code_from_row(r: &Row) -> Result<ClassCode> {
    let disposition = Disposition::parse(&r.get::<String>(4)?)?;
    let security = Security::parse(&r.get::<String>(5)?)?;
    Ok(ClassCode {
        code: r.get(0)?,
        name: r.get(1)?,
        active_years: r.get(2)?,
        inactive_years: r.get(3)?,
        disposition,
        disposition_label: disposition.label().to_owned(),
        security,
        security_label: security.label().to_owned(),
    })
}

/// The scheme, in its order.
pub fn list_codes(store: &Store, actor: &Actor) -> Result<Vec<ClassCode>> {
    require(actor, Action::Read)?;
    store.with_db(|db| {
        db.query(&format!("{CODE_SELECT} ORDER BY sort, code"), &[])?
            .iter()
            .map(code_from_row)
            .collect()
    })
}

/// One code, which must be in the scheme.
pub(crate) fn code_on(db: &Db, code: &str) -> Result<ClassCode> {
    let code = norm_code(code);
    db.query_opt(
        &format!("{CODE_SELECT} WHERE code = ?1"),
        args![code],
        code_from_row,
    )?
    .ok_or_else(|| {
        Error::invalid(
            "code",
            crate::tr!("err-kode-klasifikasi-tidak-ada-dalam", code = code),
        )
    })
}

/// The code suggested for a news type.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Suggestion {
    pub news_type_id: i64,
    pub news_type: String,
    pub code: Option<String>,
}

pub fn suggestions(store: &Store, actor: &Actor) -> Result<Vec<Suggestion>> {
    require(actor, Action::Read)?;
    store.with_db(|db| {
        db.query(
            "SELECT n.id, n.name, s.code FROM news_types n
             LEFT JOIN class_suggestions s ON s.news_type_id = n.id ORDER BY n.sort, n.id",
            &[],
        )?
        .iter()
        .map(|r| {
            Ok(Suggestion {
                news_type_id: r.get(0)?,
                news_type: r.get(1)?,
                code: r.get(2)?,
            })
        })
        .collect()
    })
}

/// Sets the code suggested for a news type (the admin's or the archivist's act).
pub fn set_suggestion(store: &Store, actor: &Actor, news_type_id: i64, code: &str) -> Result<()> {
    require(actor, Action::ManageFiling)?;
    store.with_db_tx(|db| {
        let code = code_on(db, code)?.code;
        if !db.exists(
            "SELECT 1 FROM news_types WHERE id = ?1",
            args![news_type_id],
        )? {
            return Err(Error::NotFound(crate::tr!(
                "err-jenis-berita-itu-tidak-ada"
            )));
        }
        db.execute(
            "INSERT INTO class_suggestions (news_type_id, code) VALUES (?1, ?2)
             ON CONFLICT (news_type_id) DO UPDATE SET code = excluded.code",
            args![news_type_id, code],
        )?;
        let payload = serde_json::json!({ "code": code });
        let id = news_type_id.to_string();
        audit::append(db, actor.id(), "class.suggest", "news_type", &id, &payload)?;
        Ok(())
    })
}

/// A release's classification as the archivist sees it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ReleaseClass {
    pub release_id: String,
    /// The code given (when archived or by the archivist); `None` before.
    pub code: Option<String>,
    pub code_name: Option<String>,
    /// The code its news type suggests.
    pub suggested: Option<String>,
    /// The release's own marking, which only raises its code's class.
    pub own_security: Option<Security>,
    /// What decides who opens it: the higher of its code's class and its own marking.
    pub security: Security,
    /// The file it is an item of ("003/2026"), and whether that file is closed (then the
    /// classification never changes).
    pub berkas: Option<String>,
    pub closed: bool,
}

pub fn release_class(store: &Store, actor: &Actor, key: &str) -> Result<ReleaseClass> {
    require(actor, Action::Read)?;
    store.with_db(|db| {
        let uid = crate::release::resolve(db, key)?;
        class_on(db, &uid)
    })
}

pub(crate) fn class_on(db: &Db, uid: &str) -> Result<ReleaseClass> {
    let (id,): (i64,) =
        db.query_row("SELECT id FROM releases WHERE uid = ?1", args![uid], |r| {
            Ok((r.get(0)?,))
        })?;
    let row = db.query_opt(
        "SELECT rc.code, cc.name, rc.security, cc.security FROM release_classes rc
         LEFT JOIN class_codes cc ON cc.code = rc.code WHERE rc.release_id = ?1",
        args![id],
        |r| {
            Ok((
                r.get::<Option<String>>(0)?,
                r.get::<Option<String>>(1)?,
                r.get::<Option<String>>(2)?,
                r.get::<Option<String>>(3)?,
            ))
        },
    )?;
    let (code, code_name, own, of_code) = row.unwrap_or((None, None, None, None));
    let own_security = own.as_deref().map(Security::parse).transpose()?;
    let security = security_of(of_code.as_deref())?.max(own_security.unwrap_or(Security::Biasa));
    let berkas = db.query_opt(
        "SELECT b.year, b.seq, b.closed_at FROM berkas_items i JOIN berkas b
           ON b.id = i.berkas_id WHERE i.release_id = ?1",
        args![id],
        |r| {
            Ok((
                r.get::<i64>(0)?,
                r.get::<i64>(1)?,
                r.get::<Option<String>>(2)?,
            ))
        },
    )?;
    Ok(ReleaseClass {
        release_id: uid.to_owned(),
        suggested: suggested_code(db, id)?,
        code,
        code_name,
        own_security,
        security,
        closed: berkas.as_ref().is_some_and(|b| b.2.is_some()),
        berkas: berkas.map(|(y, s, _)| number_of(y, s)),
    })
}

/// The code the release's news type suggests.
fn suggested_code(db: &Db, release_id: i64) -> Result<Option<String>> {
    db.query_opt(
        "SELECT s.code FROM releases r JOIN class_suggestions s ON s.news_type_id = r.news_type_id
         WHERE r.id = ?1",
        args![release_id],
        |r| r.get(0),
    )
}

/// Gives an archived release the suggested code, unless it has one (inside the archiving act).
pub(crate) fn assign_suggested(db: &Db, release_id: i64, by: Option<i64>) -> Result<()> {
    let code = suggested_code(db, release_id)?;
    let now = timefmt::to_db(timefmt::now());
    if db.exists(
        "SELECT 1 FROM release_classes WHERE release_id = ?1",
        args![release_id],
    )? {
        db.execute(
            "UPDATE release_classes SET code = ?1 WHERE release_id = ?2 AND code IS NULL",
            args![code, release_id],
        )?;
        return Ok(());
    }
    db.execute(
        "INSERT INTO release_classes (release_id, code, security, set_at, set_by)
         VALUES (?1, ?2, NULL, ?3, ?4)",
        args![release_id, code, now, by],
    )?;
    Ok(())
}

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct ClassifyInput {
    pub release_id: String,
    /// The code; unchanged when `None`.
    #[serde(default)]
    pub code: Option<String>,
    /// The release's own marking; unchanged when `None`, `biasa` to clear it.
    #[serde(default)]
    pub security: Option<Security>,
}

/// Sets a release's code or its own security marking (the archivist's act, audited). Refused
/// once the file it is an item of is closed.
pub fn classify_release(
    store: &Store,
    actor: &Actor,
    input: ClassifyInput,
) -> Result<ReleaseClass> {
    require(actor, Action::Archive)?;
    if let Some(code) = &input.code {
        check_text("code", "label-kode-klasifikasi", code, true, 30)?;
    }
    store.with_db_tx(|db| {
        let uid = crate::release::resolve(db, &input.release_id)?;
        let state = load_state(db, &uid)?;
        let before = class_on(db, &uid)?;
        if before.closed {
            return Err(Error::Conflict(crate::tr!(
                "err-rilis-sudah-masuk-berkas-yang",
                agenda_no = state.agenda_no,
                unwrap_or_default = before.berkas.unwrap_or_default()
            )));
        }
        let code = match &input.code {
            Some(c) => Some(code_on(db, c)?.code),
            None => before.code.clone(),
        };
        if let Some(number) = before.berkas.as_ref().filter(|_| code != before.code) {
            return Err(Error::invalid(
                "code",
                crate::tr!(
                    "err-kode-isi-berkas",
                    agenda_no = state.agenda_no,
                    number = number
                ),
            ));
        }
        let own = match input.security {
            Some(Security::Biasa) => None,
            Some(s) => Some(s),
            None => before.own_security,
        };
        let now = timefmt::to_db(timefmt::now());
        db.execute(
            "INSERT INTO release_classes (release_id, code, security, set_at, set_by)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (release_id) DO UPDATE SET code = excluded.code,
                security = excluded.security, set_at = excluded.set_at, set_by = excluded.set_by",
            args![state.id, code, own.map(Security::as_str), now, actor.id()],
        )?;
        let payload = serde_json::json!({
            "code": code,
            "security": own.map(Security::as_str),
            "from": before.code,
        });
        audit::append(
            db,
            actor.id(),
            "release.classify",
            "release",
            &uid,
            &payload,
        )?;
        class_on(db, &uid)
    })
}
