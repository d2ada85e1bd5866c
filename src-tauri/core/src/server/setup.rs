//! `server init`: on an empty database, as the server's administrator (the `postgres`
//! superuser, say), makes the schema owner (no login; used only by init and migrations) and the
//! application role every desk's login joins, closes the database to everyone else, applies
//! the migrations and writes the office and its first admin, audited like the first run.

use postgres::Client;
use serde_json::json;

use super::connect::{self, describe};
use super::migrate::{self, quote_ident, Roles};
use crate::error::{Error, Result};
use crate::model::{Role, User};
use crate::office::{self, FirstRun};
use crate::timefmt;
use crate::users;

fn db_error(e: postgres::Error) -> Error {
    describe(&e, "server")
}

/// The database's name, checked to make role names from (`<db>_owner`, `<db>_app`,
/// `<db>_desk_<name>`: PostgreSQL's 63 bytes at most).
pub fn database_name(client: &mut Client) -> Result<String> {
    let name: String = client
        .query_one("SELECT current_database()", &[])
        .map_err(db_error)?
        .get(0);
    let ok = !name.is_empty()
        && name.len() <= 24
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if !ok {
        return Err(Error::invalid(
            "db",
            crate::tr!("err-nama-basis-data-harus-huruf", name = name),
        ));
    }
    Ok(name)
}

fn role_exists(client: &mut Client, role: &str) -> Result<bool> {
    Ok(client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
            &[&role],
        )
        .map_err(db_error)?
        .get(0))
}

/// Makes the two roles (kept when they exist) and closes the database to every other login.
pub(super) fn make_roles(client: &mut Client, db: &str, roles: &Roles) -> Result<()> {
    for role in [&roles.owner, &roles.app] {
        if !role_exists(client, role)? {
            client
                .batch_execute(&format!(
                    "CREATE ROLE {} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT",
                    quote_ident(role)
                ))
                .map_err(db_error)?;
        }
    }
    let is_super: bool = client
        .query_one(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
            &[],
        )
        .map_err(db_error)?
        .get(0);
    let (db, owner, app) = (
        quote_ident(db),
        quote_ident(&roles.owner),
        quote_ident(&roles.app),
    );
    if !is_super {
        // An administrator with CREATEROLE may take the owner's part only as its member.
        client
            .batch_execute(&format!("GRANT {owner} TO current_user"))
            .map_err(db_error)?;
    }
    client
        .batch_execute(&format!(
            "REVOKE ALL ON DATABASE {db} FROM PUBLIC;
             GRANT CONNECT, CREATE, TEMPORARY ON DATABASE {db} TO {owner};
             GRANT CONNECT ON DATABASE {db} TO {app};
             ALTER DATABASE {db} SET search_path = pressdesk, pg_catalog;"
        ))
        .map_err(db_error)?;
    Ok(())
}

/// What `init` made.
#[derive(Debug, Clone)]
pub struct ServerInit {
    pub database: String,
    pub roles: Roles,
    pub admin: User,
    pub migrations: Vec<i64>,
}

/// Sets up an empty database for the office. Refused once the office exists there.
#[tracing::instrument(skip_all)]
pub fn init(url: &str, input: FirstRun) -> Result<ServerInit> {
    office::validate(&input.office)?;
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
    if input.office.logo_sha.is_some() {
        return Err(Error::invalid(
            "office.logo_sha",
            crate::tr!("err-logo-kop-surat-dipasang-nanti"),
        ));
    }
    let pin_hash = users::prepare(&input.admin)?;
    let mut client = connect::connect(url)?;
    let db = database_name(&mut client)?;
    let roles = Roles::of(&db);
    refuse_set_up(&mut client)?;
    make_roles(&mut client, &db, &roles)?;
    let migrations = migrate::migrate(&mut client, &roles)?;
    let admin = write_office(&mut client, &roles, &input, pin_hash)?;
    Ok(ServerInit {
        database: db,
        roles,
        admin,
        migrations,
    })
}

pub(crate) fn refuse_set_up(client: &mut Client) -> Result<()> {
    let version = migrate::version(client)?;
    if version == 0 {
        return Ok(());
    }
    let has_office: bool = client
        .query_one("SELECT EXISTS (SELECT 1 FROM pressdesk.office)", &[])
        .map_err(db_error)?
        .get(0);
    if has_office {
        return Err(Error::Conflict(crate::tr!(
            "err-server-ini-sudah-disiapkan-profil"
        )));
    }
    Ok(())
}

/// The office and its first admin in one transaction, audited through the chain function as
/// the first run on a desk audits them (`office.setup`, then `user.add`).
fn write_office(
    client: &mut Client,
    roles: &Roles,
    input: &FirstRun,
    pin_hash: Option<String>,
) -> Result<User> {
    let now = timefmt::to_db(timefmt::now());
    let mut office = input.office.clone();
    office.name = office.name.trim().to_owned();
    office.unit_code = office.unit_code.trim().to_uppercase();
    office.address = office.address.trim().to_owned();
    let nip = users::normalize_nip(&input.admin.nip)?;
    let mut tx = client.transaction().map_err(db_error)?;
    tx.batch_execute(&format!("SET LOCAL ROLE {}", quote_ident(&roles.owner)))
        .map_err(db_error)?;
    tx.execute(
        "INSERT INTO office (id, name, unit_code, address, timezone, logo_sha, created_at)
         VALUES (1, $1, $2, $3, $4, NULL, $5)",
        &[
            &office.name,
            &office.unit_code,
            &office.address,
            &office.timezone.as_str(),
            &now,
        ],
    )
    .map_err(db_error)?;
    if let Some(code) = input.sop_code.as_deref().filter(|c| !c.trim().is_empty()) {
        let set = tx
            .execute(
                "UPDATE sop_templates SET is_default = (code = $1)::int
                 WHERE EXISTS (SELECT 1 FROM sop_templates WHERE code = $1)",
                &[&code.trim()],
            )
            .map_err(db_error)?;
        if set == 0 {
            return Err(Error::invalid(
                "sop",
                crate::tr!("err-sop-tidak-dikenal", code = code),
            ));
        }
    }
    append(&mut tx, None, "office.setup", "office", "1", &json!(office))?;
    let rank = input.admin.rank.as_deref().unwrap_or("").trim().to_owned();
    let id: i64 = tx
        .query_one(
            "INSERT INTO users (name, nip, role, position, active, created_at, pin_hash, rank)
             VALUES ($1, $2, 'Admin', $3, 1, $4, $5, $6) RETURNING id",
            &[
                &input.admin.name.trim(),
                &nip,
                &input.admin.position.trim(),
                &now,
                &pin_hash,
                &rank,
            ],
        )
        .map_err(db_error)?
        .get(0);
    let admin = User {
        id,
        name: input.admin.name.trim().to_owned(),
        nip,
        role: Role::Admin,
        role_label: Role::Admin.label().to_owned(),
        position: input.admin.position.trim().to_owned(),
        rank,
        active: true,
        has_pin: pin_hash.is_some(),
        saved_initials_sha: None,
        lang: Default::default(),
    };
    append(
        &mut tx,
        None,
        "user.add",
        "user",
        &id.to_string(),
        &json!(admin),
    )?;
    tx.commit().map_err(db_error)?;
    Ok(admin)
}

/// Appends an event through the server's chain function; returns its hash.
pub fn append(
    client: &mut impl postgres::GenericClient,
    actor: Option<i64>,
    action: &str,
    entity: &str,
    entity_id: &str,
    payload: &serde_json::Value,
) -> Result<String> {
    Ok(client
        .query_one(
            "SELECT pressdesk.append_audit($1, $2, $3, $4, $5)",
            &[&actor, &action, &entity, &entity_id, &payload.to_string()],
        )
        .map_err(db_error)?
        .get(0))
}
