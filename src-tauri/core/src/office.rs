//! The office profile (instansi, unit code, address, time zone, letterhead logo), the first-run
//! set-up that creates it with the first admin, and the start-up snapshot the UI loads once.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::catalog::{self, ChecklistItem, NewsType};
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{check_text, Actor, Role, TimeZone, User};
use crate::permissions::{require, Action};
use crate::promotion::Promotion;
use crate::sql::Db;
use crate::timefmt;
use crate::users::{self, NewUser};
use crate::workflow::template::{self, SopSummary};
use crate::workflow::SopTemplate;
use crate::{args, audit};

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Office {
    pub name: String,
    pub unit_code: String,
    pub address: String,
    pub timezone: TimeZone,
    /// SHA-256 of the letterhead logo, staged with `stage_file`.
    pub logo_sha: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct FirstRun {
    pub office: Office,
    pub admin: NewUser,
    /// The SOP the office works under ("SOP-004", the default, "SOP-001", "SOP-003",
    /// "SOP-000").
    #[serde(default)]
    pub sop_code: Option<String>,
}

/// Everything the UI needs at start, in one call.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AppSetup {
    pub office: Option<Office>,
    pub users: Vec<User>,
    pub news_types: Vec<NewsType>,
    pub checklist: Vec<ChecklistItem>,
    pub sop: SopTemplate,
    /// Every SOP the office may choose, for the first-run screen and Pengaturan → SOP.
    pub templates: Vec<SopSummary>,
    /// "Now" in the office's zone as `YYYY-MM-DDTHH:MM`, the form's default received time.
    pub local_now: String,
    /// This PressDesk's version (the workspace's), for Pengaturan → Tentang.
    pub version: String,
    /// Where the records are: the office server's "host:port", or None for this computer's
    /// own store in `data_dir`.
    pub server: Option<String>,
    pub data_dir: String,
    /// The folder of the support log (`logs/` of the data folder), for Pengaturan → Tentang.
    pub log_dir: String,
}

pub fn get(db: &Db) -> Result<Option<Office>> {
    db.query_opt(
        "SELECT name, unit_code, address, timezone, logo_sha FROM office WHERE id = 1",
        args![],
        |r| {
            Ok(Office {
                name: r.get(0)?,
                unit_code: r.get(1)?,
                address: r.get(2)?,
                timezone: TimeZone::parse(&r.get::<String>(3)?)?,
                logo_sha: r.get(4)?,
            })
        },
    )
}

/// The office's zone; WIB until the office is set up.
pub fn timezone(db: &Db) -> Result<TimeZone> {
    db.query_opt("SELECT timezone FROM office WHERE id = 1", &[], |r| {
        TimeZone::parse(&r.get::<String>(0)?)
    })
    .map(|tz| tz.unwrap_or(TimeZone::WIB))
}

/// [`timezone`], by its earlier name (the rules ported first call it so).
pub fn timezone_on(db: &Db) -> Result<TimeZone> {
    timezone(db)
}

pub(crate) fn validate(office: &Office) -> Result<()> {
    check_text(
        "office.name",
        "label-nama-instansi",
        &office.name,
        true,
        200,
    )?;
    check_text(
        "office.unit_code",
        "label-kode-unit",
        &office.unit_code,
        true,
        30,
    )?;
    check_text("office.address", "label-alamat", &office.address, true, 300)?;
    if office.unit_code.trim().contains(char::is_whitespace) {
        return Err(Error::invalid(
            "office.unit_code",
            crate::tr!("err-kode-unit-tidak-boleh-berisi"),
        ));
    }
    Ok(())
}

fn upsert(db: &Db, office: &Office) -> Result<()> {
    db.execute(
        "INSERT INTO office (id, name, unit_code, address, timezone, logo_sha, created_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, unit_code = excluded.unit_code,
           address = excluded.address, timezone = excluded.timezone, logo_sha = excluded.logo_sha",
        args![
            office.name.trim(),
            office.unit_code.trim().to_uppercase(),
            office.address.trim(),
            office.timezone.as_str(),
            office.logo_sha,
            timefmt::to_db(timefmt::now())
        ],
    )?;
    Ok(())
}

/// Runs `act` in one transaction with the logo promoted into the store (on a server, its
/// `files` row and bytes go up with the act).
fn with_logo<T>(store: &Store, office: &Office, act: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
    let logo = Promotion::logo(store, office.logo_sha.as_deref())?;
    logo.commit_in(|db| {
        logo.record_in(db)?;
        act(db)
    })
}

/// Creates the office profile and the first admin; refused once the office exists.
pub fn setup_office(store: &Store, input: FirstRun) -> Result<AppSetup> {
    validate(&input.office)?;
    if input.admin.role != Role::Admin {
        return Err(Error::invalid(
            "admin.role",
            crate::tr!("err-pengguna-pertama-harus-berperan-admin"),
        ));
    }
    if input.admin.pin.as_deref().unwrap_or("").is_empty() {
        return Err(Error::invalid(
            "pin",
            crate::tr!("err-buat-pin-untuk-admin-4"),
        ));
    }
    let pin_hash = users::prepare(&input.admin)?;
    with_logo(store, &input.office, |db| {
        if get(db)?.is_some() {
            return Err(Error::Conflict(crate::tr!(
                "err-profil-kantor-sudah-dibuat"
            )));
        }
        upsert(db, &input.office)?;
        if let Some(code) = input.sop_code.as_deref().filter(|c| !c.trim().is_empty()) {
            template::set_office_template(db, template::template_id_by_code(db, code)?)?;
        }
        let office = get(db)?;
        audit::append(
            db,
            None,
            "office.setup",
            "office",
            "1",
            &serde_json::json!(office),
        )?;
        users::insert(db, &input.admin, pin_hash, None, None)?;
        Ok(())
    })?;
    get_setup(store)
}

pub fn update_office(store: &Store, actor: &Actor, office: Office) -> Result<Office> {
    require(actor, Action::ManageOffice)?;
    validate(&office)?;
    with_logo(store, &office, |db| {
        if get(db)?.is_none() {
            return Err(Error::Conflict(crate::tr!(
                "err-profil-kantor-belum-dibuat"
            )));
        }
        upsert(db, &office)?;
        audit::append(
            db,
            None,
            "office.update",
            "office",
            "1",
            &serde_json::json!(get(db)?),
        )?;
        Ok(())
    })?;
    store.with_db(|db| {
        get(db)?.ok_or_else(|| Error::NotFound(crate::tr!("err-profil-kantor-hilang")))
    })
}

pub fn get_setup(store: &Store) -> Result<AppSetup> {
    store.with_db(|db| {
        let office = get(db)?;
        let tz = office.as_ref().map(|o| o.timezone).unwrap_or(TimeZone::WIB);
        let local_now = timefmt::now().with_timezone(&timefmt::offset(tz));
        Ok(AppSetup {
            office,
            users: users::all(db)?,
            news_types: catalog::news_types(db)?,
            checklist: catalog::checklist(),
            sop: template::office_sop(db)?,
            templates: template::summaries(db)?,
            local_now: local_now.format("%Y-%m-%dT%H:%M").to_string(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
            server: store.server_place().map(str::to_owned),
            data_dir: store.dir().display().to_string(),
            log_dir: crate::logging::log_dir_of(store).display().to_string(),
        })
    })
}

/// For the few things allowed before anyone can sign in: while the office is not set up yet,
/// the first-run form may stage the logo and see its thumbnail. Afterwards a user is needed.
pub fn require_or_first_run(store: &Store, actor: Option<&Actor>, action: Action) -> Result<()> {
    match actor {
        Some(actor) => require(actor, action),
        None if store.with_db(get)?.is_none() => Ok(()),
        None => Err(Error::Forbidden(crate::tr!("err-sign-in-first"))),
    }
}
