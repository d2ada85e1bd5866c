//! The CLI's archive by the national rules: `class import|list|set|suggest` (the office's
//! classification scheme) and `berkas open|close|add|list|show|due` (files, their items and
//! the retention lists of a year).

use pressdesk_core::access::Security;
use pressdesk_core::archive::{self, Berkas, BerkasInput, ClassifyInput, DisposalInput, DueKind};
use pressdesk_core::model::Actor;
use pressdesk_core::{tr, Error, Result, Store};

use crate::acts::{signed_in, Auth};

/// `--user NIP --pin PIN`, or none for the workstation's console (`--console` says so).
#[derive(clap::Args, Debug)]
pub struct UserOrConsole {
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long)]
    pub console: bool,
}

/// The user named by `--user`, or the workstation's console when none is.
pub(crate) fn user_or_console(store: &Store, who: UserOrConsole) -> Result<Actor> {
    if who.console || who.auth.user.is_none() {
        return Ok(Actor::console());
    }
    signed_in(store, who.auth)
}

#[derive(clap::Args, Debug)]
pub struct ClassArgs {
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: ClassCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum ClassCommand {
    Import {
        file: Vec<String>,
        #[command(flatten)]
        who: UserOrConsole,
    },
    List,
    Set {
        key: Vec<String>,
        #[arg(long)]
        code: Option<String>,
        #[arg(long)]
        security: Option<String>,
        #[command(flatten)]
        auth: Auth,
    },
    Suggest {
        news_type: i64,
        code: String,
        #[command(flatten)]
        who: UserOrConsole,
    },
}

#[derive(clap::Args, Debug)]
pub struct BerkasArgs {
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: BerkasCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum BerkasCommand {
    Open {
        #[arg(long)]
        code: Option<String>,
        #[arg(long)]
        description: Option<String>,
        #[arg(long)]
        unit: Option<String>,
        #[arg(long)]
        folder: Option<String>,
        #[arg(long)]
        start: Option<String>,
        #[command(flatten)]
        auth: Auth,
    },
    Close {
        key: Vec<String>,
        #[arg(long)]
        end: Option<String>,
        #[command(flatten)]
        auth: Auth,
    },
    Add {
        words: Vec<String>,
        #[command(flatten)]
        auth: Auth,
    },
    List {
        #[arg(long)]
        year: Option<i32>,
    },
    Show {
        key: Vec<String>,
    },
    Done {
        key: Vec<String>,
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        ba: Option<String>,
        #[arg(long)]
        on: Option<String>,
        #[command(flatten)]
        auth: Auth,
    },
    Due {
        #[arg(long)]
        year: Option<i32>,
        #[arg(long)]
        kind: Option<String>,
    },
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

pub fn class(store: &Store, args: ClassArgs) -> Result<()> {
    let json = args.json;
    match args.command {
        ClassCommand::Import { file, who } => {
            let actor = user_or_console(store, who)?;
            let path = file.join(" ");
            let text = std::fs::read_to_string(&path).map_err(|e| {
                Error::invalid("csv", tr!("cli-file-unreadable", path = path, detail = e))
            })?;
            let done = archive::import_codes(store, &actor, &text)?;
            let line = tr!(
                "cli-class-imported",
                added = done.added,
                updated = done.updated
            );
            println!("{line}");
            Ok(())
        }
        ClassCommand::List => {
            let codes = archive::list_codes(store, &Actor::console())?;
            if json {
                return print_json(&codes);
            }
            for c in codes {
                let years = tr!(
                    "cli-class-years",
                    active = c.active_years,
                    inactive = c.inactive_years
                );
                println!(
                    "{:<12} {:<48} {years}, {}, {}",
                    c.code, c.name, c.disposition_label, c.security_label
                );
            }
            Ok(())
        }
        ClassCommand::Set {
            key,
            code,
            security,
            auth,
        } => {
            let actor = signed_in(store, auth)?;
            let security = security.map(|s| Security::parse(&s)).transpose()?;
            let input = ClassifyInput {
                release_id: key.join(" "),
                code,
                security,
            };
            let c = archive::classify_release(store, &actor, input)?;
            let code = c.code.unwrap_or_else(|| "—".into());
            let line = tr!("cli-class-set", code = code, security = c.security.label());
            println!("{line}");
            Ok(())
        }
        ClassCommand::Suggest {
            news_type: id,
            code,
            who,
        } => {
            let actor = user_or_console(store, who)?;
            archive::set_suggestion(store, &actor, id, &code)?;
            println!("{}", tr!("cli-class-suggested", id = id, code = code));
            Ok(())
        }
    }
}

fn line(b: &Berkas) -> String {
    let state = tr!(if b.closed {
        "cli-berkas-closed"
    } else {
        "cli-berkas-open"
    });
    let inactive = b.retention.inactive_display.as_deref().unwrap_or("—");
    format!(
        "{}  {}  {}  {}  {}  {state}  {}  {} {}",
        b.number,
        b.code,
        b.description,
        b.period_label,
        tr!("cli-berkas-items", count = b.item_count),
        tr!("cli-berkas-inactive", date = inactive),
        b.retention.disposition_label,
        b.retention.disposition_display.as_deref().unwrap_or("—"),
    )
}

pub fn berkas(store: &Store, args: BerkasArgs) -> Result<()> {
    let json = args.json;
    match args.command {
        BerkasCommand::Open {
            code,
            description,
            unit,
            folder,
            start,
            auth,
        } => {
            let actor = signed_in(store, auth)?;
            let input = BerkasInput {
                code: code.unwrap_or_default(),
                description: description.unwrap_or_default(),
                unit,
                folder,
                period_start: start,
            };
            let b = archive::open_berkas(store, &actor, input)?;
            println!("{}", b.number);
            let line = tr!(
                "cli-berkas-opened",
                number = b.number,
                code = b.code,
                description = b.description
            );
            eprintln!("{line}");
            Ok(())
        }
        BerkasCommand::Close { key, end, auth } => {
            let actor = signed_in(store, auth)?;
            let key = key.join(" ");
            let b = archive::close_berkas(store, &actor, &key, end.as_deref())?;
            println!("{}", line(&b));
            Ok(())
        }
        BerkasCommand::Add { words, auth } => {
            let actor = signed_in(store, auth)?;
            let mut rest = words.into_iter();
            let (Some(key), release) = (rest.next(), rest.collect::<Vec<_>>().join(" ")) else {
                return Err(Error::invalid("command", tr!("cli-berkas-add-usage")));
            };
            let item = archive::add_to_berkas(store, &actor, &key, &release)?;
            let line = tr!(
                "cli-berkas-item-added",
                key = key,
                item = item.item_no,
                agenda = item.agenda_no,
                title = item.title
            );
            println!("{line}");
            Ok(())
        }
        BerkasCommand::List { year } => {
            let all = archive::list_berkas(store, &Actor::console(), year)?;
            if json {
                return print_json(&all);
            }
            all.iter().for_each(|b| println!("{}", line(b)));
            Ok(())
        }
        BerkasCommand::Show { key } => {
            let key = key.join(" ");
            let d = archive::get_berkas(store, &Actor::console(), &key)?;
            if json {
                return print_json(&d);
            }
            println!("{}", line(&d.berkas));
            for i in &d.items {
                println!(
                    "  {:>3}  {}  {}  {}  {}",
                    i.item_no,
                    i.agenda_no,
                    i.code.as_deref().unwrap_or("—"),
                    i.date_display,
                    i.title
                );
            }
            Ok(())
        }
        BerkasCommand::Done {
            key,
            kind,
            ba,
            on,
            auth,
        } => {
            let actor = signed_in(store, auth)?;
            let input = DisposalInput {
                berkas: key.join(" "),
                kind: DueKind::parse(kind.as_deref().unwrap_or("pindah"))?,
                done_on: on,
                ba_number: ba.unwrap_or_default(),
            };
            let b = archive::record_disposal(store, &actor, input)?;
            let done = b.disposed.as_ref().or(b.moved.as_ref());
            if let Some(d) = done {
                let line = tr!(
                    "cli-berkas-done",
                    number = b.number,
                    label = d.label,
                    date = d.done_display,
                    ba = d.ba_number
                );
                println!("{line}");
            }
            Ok(())
        }
        BerkasCommand::Due { year, kind } => {
            let year = year.ok_or_else(|| Error::invalid("year", tr!("cli-need-year")))?;
            let kind = DueKind::parse(kind.as_deref().unwrap_or("pindah"))?;
            let due = archive::retention_due(store, &Actor::console(), year, kind)?;
            if json {
                return print_json(&due);
            }
            due.iter().for_each(|b| println!("{}", line(b)));
            Ok(())
        }
    }
}
