//! `pressdesk-cli server …`: the office's shared PostgreSQL server, set up by its
//! administrator (`init`, `migrate`, `desk add|remove|list`) and tested from any desk
//! (`check`). The server's URL comes from `--db` or `PRESSDESK_DB_URL`; none of these touch
//! this computer's own store.

use pressdesk_core::server;
use pressdesk_core::{Error, Result};

use crate::cli::OfficeSetupArgs;

#[derive(clap::Args, Debug)]
pub struct ServerArgs {
    #[command(subcommand)]
    pub command: ServerCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum ServerCommand {
    /// Menyiapkan basis data kosong: skema, peran, kantor dan admin pertamanya
    Init(OfficeSetupArgs),
    /// Menerapkan migrasi skema setelah PressDesk diperbarui
    Migrate,
    /// Login per desk (komputer)
    Desk(DeskArgs),
    /// Uji sambungan dari desk
    Check,
    /// Data satu komputer ke server kosong, lalu diperiksa
    Move(MoveArgs),
}

#[derive(clap::Args, Debug)]
pub struct DeskArgs {
    #[command(subcommand)]
    pub command: DeskCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum DeskCommand {
    /// Membuat login desk (kata sandinya ditampilkan sekali)
    Add { name: String },
    /// Menghapus login desk dan menutup sesinya
    Remove { name: String },
    /// Nama setiap desk
    List,
}

#[derive(clap::Args, Debug)]
pub struct MoveArgs {
    /// Folder data komputer ini
    #[arg(long, value_name = "FOLDER")]
    pub from: Option<String>,
}

/// The server `--db` or `PRESSDESK_DB_URL` names, if any: every command runs on it then.
pub fn server_url(flag: Option<String>) -> Option<String> {
    flag.or_else(|| {
        std::env::var("PRESSDESK_DB_URL")
            .ok()
            .filter(|u| !u.is_empty())
    })
}

fn db_url(db: Option<String>) -> Result<String> {
    db.ok_or_else(|| {
        Error::invalid(
            "db",
            "Sebutkan server dengan --db postgres://… atau PRESSDESK_DB_URL.",
        )
    })
}

pub fn server(args: ServerArgs, db: Option<String>) -> Result<()> {
    match args.command {
        ServerCommand::Init(setup) => init(setup, db),
        ServerCommand::Migrate => {
            let url = db_url(db)?;
            let mut client = server::connect(&url)?;
            let db = server::setup::database_name(&mut client)?;
            let applied = server::migrate(&mut client, &server::Roles::of(&db))?;
            println!("Skema server: {} migrasi diterapkan.", applied.len());
            Ok(())
        }
        ServerCommand::Desk(args) => desk(args, db),
        ServerCommand::Move(args) => {
            let from = args
                .from
                .ok_or_else(|| Error::invalid("from", "Sebutkan --from FOLDER_DATA."))?;
            let url = db_url(db)?;
            let bar = crate::progress::spinner("Memindahkan dan memeriksa data di server");
            let moved = server::move_office(std::path::Path::new(&from), &url);
            bar.finish_and_clear();
            let moved = moved?;
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
        ServerCommand::Check => {
            let url = db_url(db)?;
            for line in server::check(&url)?.lines() {
                println!("{line}");
            }
            Ok(())
        }
    }
}

fn init(setup: OfficeSetupArgs, db: Option<String>) -> Result<()> {
    let url = db_url(db)?;
    let input = setup.first_run()?;
    let made = server::init(&url, input)?;
    println!(
        "Server siap: basis data {}, pemilik skema {}, peran aplikasi {}, Admin {} (id {}).",
        made.database, made.roles.owner, made.roles.app, made.admin.name, made.admin.id
    );
    println!("Tambahkan satu login per komputer: pressdesk-cli server desk add NAMA --db …");
    Ok(())
}

fn desk(args: DeskArgs, db: Option<String>) -> Result<()> {
    let url = db_url(db)?;
    match args.command {
        DeskCommand::Add { name } => {
            let desk = server::desk_add(&url, &name)?;
            println!("Desk {name} dibuat. Login: {}", desk.login);
            println!("Kata sandi (hanya ditampilkan sekali; simpan di keyring desk itu):");
            println!("{}", desk.password);
        }
        DeskCommand::Remove { name } => {
            let login = server::desk_remove(&url, &name)?;
            println!("Desk {name} dihapus: login {login} tidak dapat tersambung lagi.");
        }
        DeskCommand::List => {
            for name in server::desk_list(&url)? {
                println!("{name}");
            }
        }
    }
    Ok(())
}
