//! The CLI's SOP commands: `sop list`, `sop show CODE`, `sop choose CODE`; `step ID ACT` for the
//! steps of the other SOPs (assign, submit, write, verify, document, complete); and the media
//! center's duty roster, `roster show`, `roster print` (the PDF) and `roster set`.

use pressdesk_core::model::Actor;
use pressdesk_core::print::{self, Paper};
use pressdesk_core::release::{self, StepInput};
use pressdesk_core::sop::{self, DutyInput};
use pressdesk_core::users;
use pressdesk_core::workflow::ActKind;
use pressdesk_core::{Error, Result, Store};

use crate::acts::signed_in;
use crate::args::Args;

pub fn sop(store: &Store, args: &mut Args, json: bool) -> Result<()> {
    let console = Actor::console();
    match args.command().as_deref() {
        Some("list") => {
            let list = sop::list_sops(store, &console)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&list)?);
                return Ok(());
            }
            for s in list {
                let mark = if s.chosen { "*" } else { " " };
                println!(
                    "{mark} {:<8} v{}  {} langkah  {} ({})\n             {}",
                    s.code, s.version, s.steps, s.title, s.office, s.summary
                );
            }
            println!("\n* SOP kantor ini.");
        }
        Some("show") => {
            let code = args.rest().join(" ");
            let d = sop::show_sop(store, &console, &code)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&d)?);
                return Ok(());
            }
            let t = &d.current;
            println!("{} versi {}: {}", t.code, t.version, t.title);
            println!("{}; buku catatan: {}\n", t.office, t.record_book);
            for s in &t.steps {
                let roles: Vec<&str> = s.roles.iter().map(|r| r.label()).collect();
                println!(
                    "{:>2}. {}\n    {} · {} · mutu baku {} · hasil: {} ({})",
                    s.seq,
                    s.name,
                    s.act.label(),
                    roles.join(", "),
                    s.standard_label,
                    s.output,
                    s.state_label
                );
            }
        }
        Some("choose") => {
            let admin = signed_in(store, args)?;
            let code = args.rest().join(" ");
            let chosen = sop::choose_sop(store, &admin, &code)?;
            println!(
                "Kantor kini bekerja dengan {} versi {}: {}.",
                chosen.code, chosen.version, chosen.title
            );
        }
        _ => {
            return Err(Error::invalid(
                "command",
                "Perintah sop: list, show KODE atau choose KODE --user NIP --pin PIN.",
            ))
        }
    }
    Ok(())
}

/// `step ID ACT --user NIP --pin PIN [--note TEKS] [--assignee NIP] [--reject]`
pub fn step(store: &Store, args: &mut Args, json: bool) -> Result<()> {
    // The options first: what is left are the release and the act.
    let actor = signed_in(store, args)?;
    let assignee_id = match args.value("--assignee")? {
        Some(nip) => Some(store.with_db(|db| users::find_by_nip(db, &nip))?.id),
        None => None,
    };
    let note = args.value("--note")?.unwrap_or_default();
    let reject = args.flag("--reject");
    let rest = args.rest();
    let (Some(key), Some(act)) = (rest.first(), rest.get(1)) else {
        return Err(Error::invalid(
            "act",
            "Sebutkan rilis dan langkahnya: step ID assign|submit|write|verify|document|complete.",
        ));
    };
    let act = ActKind::parse(act).map_err(|_| {
        Error::invalid(
            "act",
            format!(
                "Langkah «{act}» tidak dikenal; pilih assign, submit, write, verify, document \
                 atau complete."
            ),
        )
    })?;
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
        println!(
            "Rilis {}: {}.",
            detail.summary.agenda_no, detail.summary.status_label
        );
        if let Some(next) = detail.open_step {
            let roles: Vec<&str> = next.roles.iter().map(|r| r.label()).collect();
            println!("Berikutnya: {} ({}).", next.name, roles.join(", "));
        }
    }
    Ok(())
}

pub fn roster(store: &Store, args: &mut Args) -> Result<()> {
    match args.command().as_deref() {
        Some("set") => {
            let day = args
                .value("--day")?
                .ok_or_else(|| Error::invalid("day", "Sebutkan --day YYYY-MM-DD."))?;
            let mut user_ids = Vec::new();
            for nip in args.values("--person")? {
                user_ids.push(store.with_db(|db| users::find_by_nip(db, &nip))?.id);
            }
            let duty = args.value("--duty")?.unwrap_or_default();
            let actor = signed_in(store, args)?;
            sop::set_duty(
                store,
                &actor,
                DutyInput {
                    day,
                    user_ids,
                    duty,
                },
            )?;
            println!("Jadwal piket disimpan.");
        }
        Some("show") => {
            let year = args
                .parsed("--year")?
                .ok_or_else(|| Error::invalid("year", "Sebutkan --year Y."))?;
            let month = args
                .parsed("--month")?
                .ok_or_else(|| Error::invalid("month", "Sebutkan --month M."))?;
            let r = sop::duty_roster(store, &Actor::console(), year, month)?;
            println!("Jadwal piket media center, {}", r.label);
            for d in r.days {
                println!("{:<28} {} {}", d.display, d.people.join(", "), d.duty);
            }
        }
        Some("print") => {
            let year = args
                .parsed("--year")?
                .ok_or_else(|| Error::invalid("year", "Sebutkan --year Y."))?;
            let month = args
                .parsed("--month")?
                .ok_or_else(|| Error::invalid("month", "Sebutkan --month M."))?;
            let out = args
                .value("--out")?
                .ok_or_else(|| Error::invalid("out", "Sebutkan --out BERKAS.pdf."))?;
            let paper = Paper::parse(&args.value("--paper")?.unwrap_or_else(|| "a4".into()))?;
            let pdf = print::roster_pdf(store, &Actor::console(), year, month, paper)?;
            std::fs::write(&out, pdf).map_err(Error::from_io)?;
            println!("Jadwal piket ditulis ke {out}");
        }
        _ => {
            return Err(Error::invalid(
                "command",
                "Perintah roster: show --year Y --month M, print --year Y --month M --out \
                 BERKAS.pdf, atau set --day TGL --person NIP... --user NIP --pin PIN.",
            ))
        }
    }
    Ok(())
}
