//! `office hours` and `office holiday`: the office's working week and holidays, which the time
//! standards of "2 hari" count in. The console may set them, as the admin does in Pengaturan.

use pressdesk_core::calendar::{self, Holiday, NewHoliday, WorkingDay, WorkingHoursInput};
use pressdesk_core::model::Actor;
use pressdesk_core::{Error, Result, Store};

const HOURS_USAGE: &str = "Gunakan: office hours, atau office hours set --day senin \
                           --from 07.30 --to 16.00 (--off untuk hari libur)";
const HOLIDAY_USAGE: &str = "Gunakan: office holiday add TANGGAL NAMA, office holiday remove \
                             TANGGAL, office holiday list [--year Y] atau office holiday import \
                             BERKAS.csv";
/// What `office` with a wrong word shows (clap's usage line).
pub const OFFICE_USAGE: &str = "pressdesk-cli office hours [set --day HARI --from JAM --to JAM \
                                | --off] atau office holiday add|remove|list|import";
const HOLIDAY_LINE: &str = "pressdesk-cli office holiday add TANGGAL NAMA | office holiday \
                            remove TANGGAL | office holiday list [--year Y] | office holiday \
                            import BERKAS.csv";

#[derive(clap::Args, Debug)]
pub struct OfficeArgs {
    /// Keluaran JSON
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: OfficeCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum OfficeCommand {
    /// Jam kerja kantor, dan mengubahnya (set)
    Hours {
        #[command(subcommand)]
        set: Option<HoursCommand>,
    },
    /// Hari libur kantor
    #[command(override_usage = HOLIDAY_LINE)]
    Holiday {
        #[command(subcommand)]
        command: HolidayCommand,
    },
}

#[derive(clap::Subcommand, Debug)]
pub enum HoursCommand {
    /// Jam kerja satu hari, atau --off untuk hari libur
    Set {
        /// senin … minggu, atau 1…7
        #[arg(long, value_name = "HARI")]
        day: Option<String>,
        /// Jam masuk (07.30)
        #[arg(long, value_name = "JAM")]
        from: Option<String>,
        /// Jam pulang (16.00)
        #[arg(long, value_name = "JAM")]
        to: Option<String>,
        /// Hari itu libur
        #[arg(long)]
        off: bool,
    },
}

#[derive(clap::Subcommand, Debug)]
pub enum HolidayCommand {
    /// Menambah hari libur: TANGGAL NAMA
    Add { words: Vec<String> },
    /// Menghapus hari libur pada TANGGAL
    Remove { date: Vec<String> },
    /// Daftar hari libur
    List {
        #[arg(long)]
        year: Option<i32>,
    },
    /// Hari libur dari CSV (tanggal,nama per baris), semua atau tidak sama sekali
    Import { file: Vec<String> },
}

pub fn office(store: &Store, args: OfficeArgs) -> Result<()> {
    match args.command {
        OfficeCommand::Hours { set } => hours(store, set, args.json),
        OfficeCommand::Holiday { command } => holiday(store, command, args.json),
    }
}

fn hours(store: &Store, set: Option<HoursCommand>, json: bool) -> Result<()> {
    let console = Actor::console();
    let week = match set {
        Some(HoursCommand::Set { day, from, to, off }) => {
            let day = day
                .ok_or_else(|| Error::invalid("day", format!("Sebutkan --day. {HOURS_USAGE}.")))?;
            let input = WorkingHoursInput {
                day: day_number(&day)?,
                open: from,
                close: to,
            };
            if off == (input.open.is_some() || input.close.is_some()) {
                return Err(Error::invalid(
                    "day",
                    format!("Sebutkan --from dan --to, atau --off saja. {HOURS_USAGE}."),
                ));
            }
            calendar::set_working_hours(store, &console, input)?
        }
        None => calendar::working_week(store, &console)?,
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&week)?);
        return Ok(());
    }
    println!("Jam kerja kantor:");
    for day in &week {
        println!("  {:<8} {}", day.name, hours_text(day));
    }
    Ok(())
}

fn hours_text(day: &WorkingDay) -> String {
    match (&day.open, &day.close) {
        (Some(open), Some(close)) => format!("{open}–{close}"),
        _ => "libur".into(),
    }
}

/// "senin", "Jum'at" or 1…7.
fn day_number(text: &str) -> Result<u8> {
    let t = text.trim().to_lowercase().replace('\'', "");
    if let Ok(n) = t.parse::<u8>() {
        return Ok(n);
    }
    calendar::DAY_NAMES
        .iter()
        .position(|name| name.to_lowercase() == t)
        .map(|i| i as u8 + 1)
        .ok_or_else(|| {
            Error::invalid(
                "day",
                format!("Hari «{text}» tidak dikenal; tulis senin, selasa, … minggu."),
            )
        })
}

fn holiday(store: &Store, command: HolidayCommand, json: bool) -> Result<()> {
    let console = Actor::console();
    match command {
        HolidayCommand::Add { words } => {
            let mut words = words.into_iter();
            let date = words.next().unwrap_or_default();
            let name = words.collect::<Vec<_>>().join(" ");
            let added = calendar::add_holiday(store, &console, NewHoliday { date, name })?;
            println!("Hari libur ditambahkan: {}", line(&added));
        }
        HolidayCommand::Remove { date } => {
            let date = date.join(" ");
            let removed = calendar::remove_holiday(store, &console, &date)?;
            println!("Hari libur dihapus: {}", line(&removed));
        }
        HolidayCommand::List { year } => {
            let all = calendar::list_holidays(store, &console, year)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&all)?);
                return Ok(());
            }
            let heading = year.map_or(String::new(), |y| format!(" {y}"));
            println!("Hari libur{heading}: {}", all.len());
            for h in &all {
                println!("  {}", line(h));
            }
        }
        HolidayCommand::Import { file } => import(store, &file.join(" "), json)?,
    }
    Ok(())
}

fn line(h: &Holiday) -> String {
    let off = if h.on_working_day {
        ""
    } else {
        " (jatuh pada hari libur kantor)"
    };
    format!("{:<28} {}{off}", h.date_display, h.name)
}

/// Every line is checked before anything is added; each bad one is printed with its number.
fn import(store: &Store, path: &str, json: bool) -> Result<()> {
    if path.is_empty() {
        return Err(Error::invalid(
            "csv",
            format!("Sebutkan berkasnya. {HOLIDAY_USAGE}."),
        ));
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::invalid("csv", format!("Berkas «{path}» tidak dapat dibaca: {e}.")))?;
    let done = match calendar::import_holidays(store, &Actor::console(), &text) {
        Ok(done) => done,
        Err(err) => {
            let Some(lines) = err.fields() else {
                return Err(err);
            };
            for bad in lines {
                eprintln!("{}", bad.message);
            }
            return Err(Error::invalid(
                "csv",
                format!(
                    "{} baris salah; tidak ada hari libur yang ditambahkan.",
                    lines.len()
                ),
            ));
        }
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&done)?);
        return Ok(());
    }
    println!(
        "{} hari libur ditambahkan, {} sudah tercatat.",
        done.added.len(),
        done.already
    );
    for h in &done.added {
        println!("  {}", line(h));
    }
    Ok(())
}
