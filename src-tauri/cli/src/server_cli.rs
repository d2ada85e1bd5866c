//! `pressdesk-cli server …`: the office's shared PostgreSQL server, set up by its
//! administrator (`init`, `migrate`, `desk add|remove|list`) and tested from any desk
//! (`check`). The server's URL comes from `--db` or `PRESSDESK_DB_URL`; none of these touch
//! this computer's own store.

use pressdesk_core::model::{Role, TimeZone};
use pressdesk_core::office::{FirstRun, Office};
use pressdesk_core::server;
use pressdesk_core::users::NewUser;
use pressdesk_core::{Error, Result};

use crate::args::Args;

/// The server `--db` or `PRESSDESK_DB_URL` names, if any: every command runs on it then.
pub fn server_url(args: &mut Args) -> Result<Option<String>> {
    Ok(args.value("--db")?.or_else(|| {
        std::env::var("PRESSDESK_DB_URL")
            .ok()
            .filter(|u| !u.is_empty())
    }))
}

fn db_url(args: &mut Args) -> Result<String> {
    server_url(args)?.ok_or_else(|| {
        Error::invalid(
            "db",
            "Sebutkan server dengan --db postgres://… atau PRESSDESK_DB_URL.",
        )
    })
}

pub fn server(args: &mut Args) -> Result<()> {
    let what = args.command().unwrap_or_default();
    match what.as_str() {
        "init" => init(args),
        "migrate" => {
            let url = db_url(args)?;
            let mut client = server::connect(&url)?;
            let db = server::setup::database_name(&mut client)?;
            let applied = server::migrate(&mut client, &server::Roles::of(&db))?;
            println!("Skema server: {} migrasi diterapkan.", applied.len());
            Ok(())
        }
        "desk" => desk(args),
        "move" => {
            let from = args
                .value("--from")?
                .ok_or_else(|| Error::invalid("from", "Sebutkan --from FOLDER_DATA."))?;
            let url = db_url(args)?;
            let moved = server::move_office(std::path::Path::new(&from), &url)?;
            for (table, rows) in &moved.tables {
                println!("{table}: {rows} baris");
            }
            println!(
                "Dipindahkan dan diperiksa: {} berkas ({} bita), {} peristiwa audit, kepala \
                 rantai {}.",
                moved.files, moved.bytes, moved.events, moved.chain_head
            );
            println!("Folder {from} tidak diubah; simpan sebagai cadangan.");
            Ok(())
        }
        "check" => {
            let url = db_url(args)?;
            for line in server::check(&url)?.lines() {
                println!("{line}");
            }
            Ok(())
        }
        other => Err(Error::invalid(
            "server",
            format!("Perintah server «{other}» tidak dikenal: init, migrate, desk, check, move."),
        )),
    }
}

fn init(args: &mut Args) -> Result<()> {
    let url = db_url(args)?;
    let input = FirstRun {
        office: Office {
            name: args.value("--office")?.unwrap_or_default(),
            unit_code: args.value("--unit")?.unwrap_or_default(),
            address: args.value("--address")?.unwrap_or_default(),
            timezone: TimeZone::parse(&args.value("--tz")?.unwrap_or_else(|| "WITA".into()))?,
            logo_sha: None,
        },
        admin: NewUser {
            pin: args.secret("--admin-pin", "PRESSDESK_ADMIN_PIN")?,
            name: args.value("--admin-name")?.unwrap_or_default(),
            nip: args.value("--admin-nip")?.unwrap_or_default(),
            role: Role::Admin,
            position: args
                .value("--admin-position")?
                .unwrap_or_else(|| "Administrator".into()),
            rank: None,
        },
        sop_code: args.value("--sop")?,
    };
    let made = server::init(&url, input)?;
    println!(
        "Server siap: basis data {}, pemilik skema {}, peran aplikasi {}, Admin {} (id {}).",
        made.database, made.roles.owner, made.roles.app, made.admin.name, made.admin.id
    );
    println!("Tambahkan satu login per komputer: pressdesk-cli server desk add NAMA --db …");
    Ok(())
}

fn desk(args: &mut Args) -> Result<()> {
    let what = args.command().unwrap_or_default();
    let url = db_url(args)?;
    match what.as_str() {
        "add" => {
            let name = args.command().unwrap_or_default();
            let desk = server::desk_add(&url, &name)?;
            println!("Desk {name} dibuat. Login: {}", desk.login);
            println!("Kata sandi (hanya ditampilkan sekali; simpan di keyring desk itu):");
            println!("{}", desk.password);
        }
        "remove" => {
            let name = args.command().unwrap_or_default();
            let login = server::desk_remove(&url, &name)?;
            println!("Desk {name} dihapus: login {login} tidak dapat tersambung lagi.");
        }
        "list" => {
            for name in server::desk_list(&url)? {
                println!("{name}");
            }
        }
        other => {
            return Err(Error::invalid(
                "desk",
                format!("Perintah desk «{other}» tidak dikenal: add NAMA, remove NAMA, list."),
            ))
        }
    }
    Ok(())
}
