//! `pressdesk-cli server …`: the office's shared PostgreSQL server, set up by its
//! administrator (`init`, `migrate`, `desk add|remove|list`) and tested from any desk
//! (`check`). The server's URL comes from `--db` or `PRESSDESK_DB_URL`; none of these touch
//! this computer's own store.

use pressdesk_core::server;
use pressdesk_core::{tr, Error, Result};

use crate::cli::OfficeSetupArgs;

#[derive(clap::Args, Debug)]
pub struct ServerArgs {
    #[command(subcommand)]
    pub command: ServerCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum ServerCommand {
    Init(OfficeSetupArgs),
    Migrate,
    Desk(DeskArgs),
    Check,
    Move(MoveArgs),
}

#[derive(clap::Args, Debug)]
pub struct DeskArgs {
    #[command(subcommand)]
    pub command: DeskCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum DeskCommand {
    Add { name: String },
    Remove { name: String },
    List,
}

#[derive(clap::Args, Debug)]
pub struct MoveArgs {
    #[arg(long)]
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
    db.ok_or_else(|| Error::invalid("db", tr!("cli-server-need-db")))
}

pub fn server(args: ServerArgs, db: Option<String>) -> Result<()> {
    match args.command {
        ServerCommand::Init(setup) => init(setup, db),
        ServerCommand::Migrate => {
            let url = db_url(db)?;
            let mut client = server::connect(&url)?;
            let db = server::setup::database_name(&mut client)?;
            let applied = server::migrate(&mut client, &server::Roles::of(&db))?;
            println!("{}", tr!("cli-server-migrated", count = applied.len()));
            Ok(())
        }
        ServerCommand::Desk(args) => desk(args, db),
        ServerCommand::Move(args) => {
            let from = args
                .from
                .ok_or_else(|| Error::invalid("from", tr!("cli-server-need-from")))?;
            let url = db_url(db)?;
            let bar = crate::progress::spinner(&tr!("cli-progress-server-move"));
            let moved = server::move_office(std::path::Path::new(&from), &url);
            bar.finish_and_clear();
            let moved = moved?;
            for (table, rows) in &moved.tables {
                println!(
                    "{}",
                    tr!("cli-server-table-rows", table = table, rows = rows)
                );
            }
            let line = tr!(
                "cli-server-moved",
                files = moved.files,
                bytes = moved.bytes,
                events = moved.events,
                head = moved.chain_head
            );
            println!("{line}");
            println!("{}", tr!("cli-server-moved-kept", from = from));
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
    let line = tr!(
        "cli-server-ready",
        database = made.database,
        owner = made.roles.owner,
        app = made.roles.app,
        admin = made.admin.name,
        id = made.admin.id
    );
    println!("{line}");
    println!("{}", tr!("cli-server-add-desks"));
    Ok(())
}

fn desk(args: DeskArgs, db: Option<String>) -> Result<()> {
    let url = db_url(db)?;
    match args.command {
        DeskCommand::Add { name } => {
            let desk = server::desk_add(&url, &name)?;
            println!("{}", tr!("cli-desk-made", name = name, login = desk.login));
            println!("{}", tr!("cli-desk-password"));
            println!("{}", desk.password);
        }
        DeskCommand::Remove { name } => {
            let login = server::desk_remove(&url, &name)?;
            println!("{}", tr!("cli-desk-removed", name = name, login = login));
        }
        DeskCommand::List => {
            for name in server::desk_list(&url)? {
                println!("{name}");
            }
        }
    }
    Ok(())
}
