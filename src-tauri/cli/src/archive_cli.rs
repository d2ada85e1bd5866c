//! The CLI's archive by the national rules: `class import|list|set|suggest` (the office's
//! classification scheme) and `berkas open|close|add|list|show|due` (files, their items and
//! the retention lists of a year).

use pressdesk_core::access::Security;
use pressdesk_core::archive::{self, Berkas, BerkasInput, ClassifyInput, DueKind};
use pressdesk_core::model::Actor;
use pressdesk_core::{Error, Result, Store};

use crate::acts::signed_in;
use crate::args::Args;

const CLASS_USAGE: &str = "Gunakan: class import BERKAS.csv [--user NIP --pin PIN], class list \
     [--json], class set ID [--code KODE] [--security biasa|terbatas|rahasia] --user NIP --pin \
     PIN, atau class suggest ID_JENIS_BERITA KODE";
const BERKAS_USAGE: &str = "Gunakan: berkas open --code KODE --description URAIAN [--unit UNIT] \
     [--folder MAP] [--start YYYY-MM-DD], berkas close NO [--end YYYY-MM-DD], berkas add NO ID, \
     berkas list [--year Y], berkas show NO, atau berkas due --year Y --kind \
     pindah|musnah|permanen|dinilai-kembali (open/close/add dengan --user NIP --pin PIN)";

/// The user named by `--user`, or the workstation's console when none is.
pub(crate) fn user_or_console(store: &Store, args: &mut Args) -> Result<Actor> {
    if args.flag("--console") {
        return Ok(Actor::console());
    }
    match signed_in(store, args) {
        Ok(actor) => Ok(actor),
        Err(Error::Invalid { field: Some(f), .. }) if f == "user" => Ok(Actor::console()),
        Err(e) => Err(e),
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

pub fn class(store: &Store, args: &mut Args, json: bool) -> Result<()> {
    match args.command().as_deref() {
        Some("import") => {
            let actor = user_or_console(store, args)?;
            let path = args.rest().join(" ");
            let text = std::fs::read_to_string(&path).map_err(|e| {
                Error::invalid("csv", format!("Berkas «{path}» tidak dapat dibaca: {e}."))
            })?;
            let done = archive::import_codes(store, &actor, &text)?;
            println!(
                "Skema klasifikasi diimpor: {} kode baru, {} kode diperbarui.",
                done.added, done.updated
            );
            Ok(())
        }
        Some("list") => {
            let codes = archive::list_codes(store, &Actor::console())?;
            if json {
                return print_json(&codes);
            }
            for c in codes {
                println!(
                    "{:<12} {:<48} aktif {} th, inaktif {} th, {}, {}",
                    c.code,
                    c.name,
                    c.active_years,
                    c.inactive_years,
                    c.disposition_label,
                    c.security_label
                );
            }
            Ok(())
        }
        Some("set") => {
            let actor = signed_in(store, args)?;
            let code = args.value("--code")?;
            let security = args
                .value("--security")?
                .map(|s| Security::parse(&s))
                .transpose()?;
            let input = ClassifyInput {
                release_id: args.rest().join(" "),
                code,
                security,
            };
            let c = archive::classify_release(store, &actor, input)?;
            println!(
                "Klasifikasi: {} ({})",
                c.code.unwrap_or_else(|| "—".into()),
                c.security.label()
            );
            Ok(())
        }
        Some("suggest") => {
            let actor = user_or_console(store, args)?;
            let rest = args.rest();
            let (Some(id), Some(code)) = (rest.first(), rest.get(1)) else {
                return Err(Error::invalid("command", format!("{CLASS_USAGE}.")));
            };
            let id: i64 = id
                .parse()
                .map_err(|_| Error::invalid("news_type", "ID jenis berita harus angka."))?;
            archive::set_suggestion(store, &actor, id, code)?;
            println!("Jenis berita {id} disarankan berkode {code}.");
            Ok(())
        }
        _ => Err(Error::invalid("command", format!("{CLASS_USAGE}."))),
    }
}

fn line(b: &Berkas) -> String {
    format!(
        "{}  {}  {}  {}  {} item  {}  inaktif {}  {} {}",
        b.number,
        b.code,
        b.description,
        b.period_label,
        b.item_count,
        if b.closed { "ditutup" } else { "terbuka" },
        b.retention.inactive_display.as_deref().unwrap_or("—"),
        b.retention.disposition_label,
        b.retention.disposition_display.as_deref().unwrap_or("—"),
    )
}

pub fn berkas(store: &Store, args: &mut Args, json: bool) -> Result<()> {
    match args.command().as_deref() {
        Some("open") => {
            let actor = signed_in(store, args)?;
            let input = BerkasInput {
                code: args.value("--code")?.unwrap_or_default(),
                description: args.value("--description")?.unwrap_or_default(),
                unit: args.value("--unit")?,
                folder: args.value("--folder")?,
                period_start: args.value("--start")?,
            };
            let b = archive::open_berkas(store, &actor, input)?;
            println!("{}", b.number);
            eprintln!("Berkas {} dibuka: {} {}.", b.number, b.code, b.description);
            Ok(())
        }
        Some("close") => {
            let actor = signed_in(store, args)?;
            let end = args.value("--end")?;
            let key = args.rest().join(" ");
            let b = archive::close_berkas(store, &actor, &key, end.as_deref())?;
            println!("{}", line(&b));
            Ok(())
        }
        Some("add") => {
            let actor = signed_in(store, args)?;
            let mut rest = args.rest().into_iter();
            let (Some(key), release) = (rest.next(), rest.collect::<Vec<_>>().join(" ")) else {
                return Err(Error::invalid("command", format!("{BERKAS_USAGE}.")));
            };
            let item = archive::add_to_berkas(store, &actor, &key, &release)?;
            println!(
                "Berkas {key} item {}: {} {}",
                item.item_no, item.agenda_no, item.title
            );
            Ok(())
        }
        Some("list") => {
            let year = args.parsed("--year")?;
            let all = archive::list_berkas(store, &Actor::console(), year)?;
            if json {
                return print_json(&all);
            }
            all.iter().for_each(|b| println!("{}", line(b)));
            Ok(())
        }
        Some("show") => {
            let key = args.rest().join(" ");
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
        Some("due") => {
            let year: i32 = args
                .parsed("--year")?
                .ok_or_else(|| Error::invalid("year", "Sebutkan --year TAHUN."))?;
            let kind = DueKind::parse(&args.value("--kind")?.unwrap_or_else(|| "pindah".into()))?;
            let due = archive::retention_due(store, &Actor::console(), year, kind)?;
            if json {
                return print_json(&due);
            }
            due.iter().for_each(|b| println!("{}", line(b)));
            Ok(())
        }
        _ => Err(Error::invalid("command", format!("{BERKAS_USAGE}."))),
    }
}
