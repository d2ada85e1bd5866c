//! pressdesk-cli: PressDesk's operations without the window — set-up, registration, listing,
//! search, demo data and verification — on the same store as the app.

mod acts;
mod archive_cli;
mod archive_print_cli;
mod backup_cli;
mod bench;
mod cli;
mod corrections_cli;
mod demo;
mod demo_filing;
mod demo_paraf;
mod demo_timing;
mod evidence_cli;
mod filing_cli;
mod help;
mod lang;
mod office_cli;
mod paper_cli;
mod parse_error;
mod print;
mod progress;
mod reports_cli;
mod server_cli;
mod sop_cli;

use std::path::Path;
use std::process::ExitCode;

use clap::FromArgMatches;
use pressdesk_core::evidence;
use pressdesk_core::model::Actor;
use pressdesk_core::office;
use pressdesk_core::release::{self, EvidenceInput, ListQuery, NewRelease};
use pressdesk_core::verify;
use pressdesk_core::{tr, Error, Result, Store};

use cli::{Cli, Command, InitArgs, RegisterArgs};

fn main() -> ExitCode {
    // `pressdesk-cli list | head` ends quietly when the reader stops reading, as other
    // command-line tools do, instead of a panic on the broken pipe.
    // SAFETY: set before any other thread exists; SIG_DFL is a valid disposition for SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // The language is known before the line is parsed: the help and clap's refusals use it.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    pressdesk_core::i18n::set_lang(lang::from_args(&args));
    let command = help::command();
    let parsed = command
        .clone()
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches).map(|cli| (matches, cli)));
    let (matches, cli) = match parsed {
        Ok(parsed) => parsed,
        // `--help` and `--version` are no errors; a wrong line is refused like every other
        // refusal ("galat: …"), naming what is wrong, with the usage line.
        Err(err) if !err.use_stderr() => err.exit(),
        Err(err) => {
            eprint!(
                "{}",
                parse_error::render(&err, help::usage_of(&command, &args))
            );
            return ExitCode::from(2);
        }
    };
    pressdesk_core::i18n::set_lang(lang::resolve(cli.lang));
    // The command's name for the log (its arguments may hold a PIN: never logged).
    let what = matches.subcommand_name().unwrap_or_default().to_owned();
    match run(cli, &what) {
        Ok(code) => code,
        Err(err) => {
            pressdesk_core::logging::refused(&what, &err);
            match err.field() {
                Some(field) => {
                    eprintln!("{}", tr!("cli-refused-field", field = field, message = err))
                }
                None => eprintln!("{}", tr!("cli-refused", message = err)),
            }
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, what: &str) -> Result<ExitCode> {
    let dir = cli.data.unwrap_or_else(pressdesk_core::default_data_dir);
    let Some(command) = cli.command else {
        eprintln!("{}", help::command().render_long_help());
        return Ok(ExitCode::from(2));
    };
    let db = server_cli::server_url(cli.db);
    let done = |()| ExitCode::SUCCESS;
    let store = match &command {
        // These open no store of this computer: the benchmark makes its own, the office's
        // server is set up and tested without it, and a restore writes a new folder.
        Command::Bench(_) | Command::Server(_) | Command::Restore(_) | Command::Completions(_) => {
            None
        }
        // The commands on a store log to its data folder (as the app does, in a file of their
        // own); the others have no data folder of their own to write in. On the office's
        // server the folder holds only a cache and the log starts first, so that a refused
        // connection is logged too; a local store opens first, as a prepared restore may
        // move the folder.
        _ => {
            let log = || pressdesk_core::logging::start(&dir, "pressdesk-cli");
            if db.is_some() {
                log();
            }
            let store = open(&dir, db.clone())?;
            if db.is_none() {
                log();
            }
            Some(store)
        }
    };
    let _span = store
        .as_ref()
        .map(|_| tracing::info_span!("command", name = what).entered());
    let Some(store) = store else {
        return match command {
            Command::Bench(args) => bench::run(args).map(done),
            Command::Server(args) => server_cli::server(args, db).map(done),
            Command::Restore(args) => backup_cli::restore(args, db).map(done),
            Command::Completions(args) => {
                // Written whole, so that a closed pipe is an error here, not a panic inside.
                let mut script = Vec::new();
                clap_complete::generate(
                    args.shell,
                    &mut help::command(),
                    "pressdesk-cli",
                    &mut script,
                );
                std::io::Write::write_all(&mut std::io::stdout(), &script)
                    .map_err(Error::from_io)?;
                Ok(ExitCode::SUCCESS)
            }
            _ => Ok(ExitCode::SUCCESS),
        };
    };
    match command {
        Command::Init(args) => init(&store, args)?,
        Command::Register(args) => register(&store, args)?,
        Command::User(args) => acts::user(&store, args)?,
        Command::Check(args) => acts::check(&store, args)?,
        Command::Edit(args) => corrections_cli::edit(&store, args)?,
        Command::Resubmit(args) => corrections_cli::resubmit(&store, args)?,
        Command::Withdraw(args) => corrections_cli::withdraw(&store, args)?,
        Command::Paraf(args) => acts::paraf(&store, args)?,
        Command::Sop(args) => sop_cli::sop(&store, args)?,
        Command::Step(args) => sop_cli::step(&store, args)?,
        Command::Roster(args) => sop_cli::roster(&store, args)?,
        Command::Revoke(args) => acts::revoke(&store, args)?,
        Command::Groups(args) => paper_cli::groups(&store, args)?,
        Command::Publish(args) => filing_cli::publish(&store, args)?,
        Command::Folder(args) => filing_cli::folder(&store, args)?,
        Command::Office(args) => office_cli::office(&store, args)?,
        Command::Archive(args) => filing_cli::archive(&store, args)?,
        Command::Class(args) => archive_cli::class(&store, args)?,
        Command::Berkas(args) => archive_cli::berkas(&store, args)?,
        Command::Print(args) => archive_print_cli::print(&store, args)?,
        Command::Void(args) => filing_cli::void(&store, args)?,
        Command::Labels(args) => filing_cli::labels(&store, args)?,
        Command::Index(args) => filing_cli::index(&store, args)?,
        Command::Ledger(args) => reports_cli::ledger(&store, args)?,
        Command::Book(args) => reports_cli::book(&store, args)?,
        Command::Report(args) => reports_cli::report(&store, args)?,
        Command::Export(args) => reports_cli::export(&store, args)?,
        Command::Backup(args) => backup_cli::backup(&store, args)?,
        Command::Evidence(args) => evidence_cli::evidence(&store, args)?,
        Command::Sheet(args) => {
            let out = args
                .out
                .ok_or_else(|| Error::invalid("out", tr!("cli-need-out-pdf")))?;
            let paper = pressdesk_core::print::Paper::parse(args.paper.as_deref().unwrap_or("a4"))?;
            let pdf = pressdesk_core::print::release_sheet(&store, &args.key.join(" "), paper)?;
            std::fs::write(&out, pdf).map_err(Error::from_io)?;
            let what = "Lembar Press Release";
            println!("{}", tr!("cli-written", what = what, path = out));
        }
        Command::List(args) => {
            let query = ListQuery {
                status: args
                    .status
                    .map(|s| pressdesk_core::model::Status::parse(&s))
                    .transpose()?,
                year: args.year,
                month: args.month,
                limit: args.limit,
                ..ListQuery::default()
            };
            let page = release::list_releases(&store, &Actor::console(), query)?;
            print::page(&page, args.json)?;
        }
        Command::Search(args) => {
            let query = ListQuery {
                search: Some(args.words.join(" ")),
                ..ListQuery::default()
            };
            let page = release::list_releases(&store, &Actor::console(), query)?;
            print::page(&page, args.json)?;
        }
        Command::Show(args) => {
            let detail = release::get_release(&store, &Actor::console(), &args.key.join(" "))?;
            print::detail(&detail, args.json)?;
        }
        Command::Demo(args) => {
            let made = demo::populate(&store, args.releases)?;
            let dir = dir.display();
            println!("{}", tr!("cli-demo-made", count = made.releases, dir = dir));
            demo::print_users(&made);
        }
        Command::Verify(args) => {
            let bar = progress::spinner(&tr!("cli-progress-verify"));
            let report = verify::verify(&store, &Actor::console(), !args.no_files);
            bar.finish_and_clear();
            let report = report?;
            print::verify(&report, args.json)?;
            // A head printed on a ledger: is it an event of this (intact) chain?
            let printed = match args.head {
                Some(head) => print::printed_head(
                    &head,
                    verify::find_printed_head(&store, &Actor::console(), &head)?,
                ),
                None => true,
            };
            return Ok(if report.ok && printed {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            });
        }
        Command::Bench(_) | Command::Server(_) | Command::Restore(_) | Command::Completions(_) => {}
    }
    Ok(ExitCode::SUCCESS)
}

/// With a server (`--db URL` or PRESSDESK_DB_URL) the records are the office's; the data
/// folder then only caches the server's files.
fn open(dir: &Path, db: Option<String>) -> Result<Store> {
    match db {
        Some(url) => Store::open_server(&url, &pressdesk_core::server_cache_dir(dir)),
        None => Store::open(dir),
    }
}

fn init(store: &Store, args: InitArgs) -> Result<()> {
    if args.setup.office.is_some() {
        office::setup_office(store, args.setup.first_run()?)?;
    }
    println!("{}", tr!("cli-init-ready", dir = store.dir().display()));
    Ok(())
}

fn register(store: &Store, args: RegisterArgs) -> Result<()> {
    let path = args
        .json
        .ok_or_else(|| Error::invalid("json", tr!("cli-need-json")))?;
    let text = std::fs::read_to_string(&path)
        .map_err(|_| Error::invalid("json", tr!("cli-json-unreadable", path = path)))?;
    let mut input: NewRelease = serde_json::from_str(&text)?;
    // The console registers as itself; the receiving officer can be named in the JSON.
    let actor = Actor::console();
    for attach in args.attach {
        let staged = evidence::stage_path(store, Path::new(&attach))?;
        input.evidence.push(EvidenceInput {
            sha256: staged.sha256,
            kind: staged.kind,
            name: staged.name,
        });
    }
    let detail = release::register_release(store, &actor, input)?;
    println!("{}", serde_json::to_string_pretty(&detail)?);
    Ok(())
}
