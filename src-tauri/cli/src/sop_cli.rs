//! The CLI's SOP commands: `sop list`, `sop show CODE`, `sop choose CODE`; `step ID ACT` for the
//! steps of the other SOPs (assign, submit, write, verify, document, complete); and the media
//! center's duty roster, `roster show`, `roster print` (the PDF) and `roster set`.

use pressdesk_core::model::Actor;
use pressdesk_core::print::{self, Paper};
use pressdesk_core::release::{self, StepInput};
use pressdesk_core::sop::{self, DutyInput};
use pressdesk_core::users;
use pressdesk_core::workflow::ActKind;
use pressdesk_core::{tr, Error, Result, Store};

use crate::acts::{signed_in, Auth};

#[derive(clap::Args, Debug)]
pub struct SopArgs {
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: SopCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum SopCommand {
    List,
    Show {
        code: Vec<String>,
    },
    Choose {
        code: Vec<String>,
        #[command(flatten)]
        auth: Auth,
    },
}

#[derive(clap::Args, Debug)]
pub struct StepArgs {
    pub words: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long)]
    pub note: Option<String>,
    #[arg(long)]
    pub assignee: Option<String>,
    #[arg(long)]
    pub reject: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
pub struct RosterArgs {
    #[command(subcommand)]
    pub command: RosterCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum RosterCommand {
    Show(MonthArgs),
    Print {
        #[command(flatten)]
        month: MonthArgs,
        #[arg(long)]
        paper: Option<String>,
        #[arg(long)]
        out: Option<String>,
    },
    Set {
        #[arg(long)]
        day: Option<String>,
        #[arg(long)]
        person: Vec<String>,
        #[arg(long)]
        duty: Option<String>,
        #[command(flatten)]
        auth: Auth,
    },
}

#[derive(clap::Args, Debug)]
pub struct MonthArgs {
    #[arg(long)]
    pub year: Option<i32>,
    #[arg(long)]
    pub month: Option<u32>,
}

impl MonthArgs {
    fn get(&self) -> Result<(i32, u32)> {
        let year = self
            .year
            .ok_or_else(|| Error::invalid("year", tr!("cli-need-year")))?;
        let month = self
            .month
            .ok_or_else(|| Error::invalid("month", tr!("cli-need-month")))?;
        Ok((year, month))
    }
}

pub fn sop(store: &Store, args: SopArgs) -> Result<()> {
    let console = Actor::console();
    let json = args.json;
    match args.command {
        SopCommand::List => {
            let list = sop::list_sops(store, &console)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&list)?);
                return Ok(());
            }
            for s in list {
                let mark = if s.chosen { "*" } else { " " };
                let steps = tr!("cli-sop-steps", count = s.steps);
                println!(
                    "{mark} {:<8} v{}  {steps}  {} ({})\n             {}",
                    s.code, s.version, s.title, s.office, s.summary
                );
            }
            println!("\n{}", tr!("cli-sop-chosen-mark"));
        }
        SopCommand::Show { code } => {
            let code = code.join(" ");
            let d = sop::show_sop(store, &console, &code)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&d)?);
                return Ok(());
            }
            let t = &d.current;
            let line = tr!(
                "cli-sop-version",
                code = t.code,
                version = t.version,
                title = t.title
            );
            println!("{line}");
            let book = tr!("cli-sop-book", office = t.office, book = t.record_book);
            println!("{book}\n");
            for s in &t.steps {
                let roles: Vec<&str> = s.roles.iter().map(|r| r.label()).collect();
                let standard = tr!("cli-sop-standard", standard = s.standard_label);
                let output = tr!("cli-sop-output", output = s.output, state = s.state_label);
                println!(
                    "{:>2}. {}\n    {} · {} · {standard} · {output}",
                    s.seq,
                    s.name,
                    s.act.label(),
                    roles.join(", "),
                );
            }
        }
        SopCommand::Choose { code, auth } => {
            let admin = signed_in(store, auth)?;
            let code = code.join(" ");
            let chosen = sop::choose_sop(store, &admin, &code)?;
            let line = tr!(
                "cli-sop-chosen",
                code = chosen.code,
                version = chosen.version,
                title = chosen.title
            );
            println!("{line}");
        }
    }
    Ok(())
}

/// `step ID ACT --user NIP --pin PIN [--note TEKS] [--assignee NIP] [--reject]`
pub fn step(store: &Store, args: StepArgs) -> Result<()> {
    let json = args.json;
    let actor = signed_in(store, args.auth)?;
    let assignee_id = match args.assignee {
        Some(nip) => Some(store.with_db(|db| users::find_by_nip(db, &nip))?.id),
        None => None,
    };
    let note = args.note.unwrap_or_default();
    let reject = args.reject;
    let rest = args.words;
    let (Some(key), Some(act)) = (rest.first(), rest.get(1)) else {
        return Err(Error::invalid("act", tr!("cli-step-need-act")));
    };
    let act = ActKind::parse(act)
        .map_err(|_| Error::invalid("act", tr!("cli-step-unknown", act = act)))?;
    let input = StepInput {
        release_id: release::get_release(store, &Actor::console(), key)?
            .summary
            .id,
        act,
        note,
        assignee_id,
        approve: reject.then_some(false),
        edit: None,
    };
    let detail = release::complete_step(store, &actor, input)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&detail)?);
    } else {
        let line = tr!(
            "cli-step-done",
            agenda = detail.summary.agenda_no,
            status = detail.summary.status_label
        );
        println!("{line}");
        if let Some(next) = detail.open_step {
            let roles: Vec<&str> = next.roles.iter().map(|r| r.label()).collect();
            let roles = roles.join(", ");
            println!("{}", tr!("cli-step-next", step = next.name, roles = roles));
        }
    }
    Ok(())
}

pub fn roster(store: &Store, args: RosterArgs) -> Result<()> {
    match args.command {
        RosterCommand::Set {
            day,
            person,
            duty,
            auth,
        } => {
            let day = day.ok_or_else(|| Error::invalid("day", tr!("cli-need-day")))?;
            let mut user_ids = Vec::new();
            for nip in person {
                user_ids.push(store.with_db(|db| users::find_by_nip(db, &nip))?.id);
            }
            let duty = duty.unwrap_or_default();
            let actor = signed_in(store, auth)?;
            sop::set_duty(
                store,
                &actor,
                DutyInput {
                    day,
                    user_ids,
                    duty,
                },
            )?;
            println!("{}", tr!("cli-roster-saved"));
        }
        RosterCommand::Show(month) => {
            let (year, month) = month.get()?;
            let r = sop::duty_roster(store, &Actor::console(), year, month)?;
            println!("{}", tr!("cli-roster-heading", month = r.label));
            for d in r.days {
                println!("{:<28} {} {}", d.display, d.people.join(", "), d.duty);
            }
        }
        RosterCommand::Print { month, paper, out } => {
            let (year, month) = month.get()?;
            let out = out.ok_or_else(|| Error::invalid("out", tr!("cli-need-out-pdf")))?;
            let paper = Paper::parse(paper.as_deref().unwrap_or("a4"))?;
            let pdf = print::roster_pdf(store, &Actor::console(), year, month, paper)?;
            std::fs::write(&out, pdf).map_err(Error::from_io)?;
            let what = "Jadwal piket";
            println!("{}", tr!("cli-written", what = what, path = out));
        }
    }
    Ok(())
}
