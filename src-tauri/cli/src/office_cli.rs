//! `office hours` and `office holiday`: the office's working week and holidays, which the time
//! standards of "2 hari" count in. The console may set them, as the admin does in Pengaturan.

use pressdesk_core::calendar::{self, Holiday, NewHoliday, WorkingDay, WorkingHoursInput};
use pressdesk_core::model::Actor;
use pressdesk_core::{i18n, timefmt, tr, Error, Result, Store};

#[derive(clap::Args, Debug)]
pub struct OfficeArgs {
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: OfficeCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum OfficeCommand {
    Hours {
        #[command(subcommand)]
        set: Option<HoursCommand>,
    },
    Holiday {
        #[command(subcommand)]
        command: HolidayCommand,
    },
}

#[derive(clap::Subcommand, Debug)]
pub enum HoursCommand {
    Set {
        #[arg(long)]
        day: Option<String>,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        #[arg(long)]
        off: bool,
    },
}

#[derive(clap::Subcommand, Debug)]
pub enum HolidayCommand {
    Add {
        words: Vec<String>,
    },
    Remove {
        date: Vec<String>,
    },
    List {
        #[arg(long)]
        year: Option<i32>,
    },
    Import {
        file: Vec<String>,
    },
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
            let day = day.ok_or_else(|| Error::invalid("day", tr!("cli-hours-need-day")))?;
            let input = WorkingHoursInput {
                day: day_number(&day)?,
                open: from,
                close: to,
            };
            if off == (input.open.is_some() || input.close.is_some()) {
                return Err(Error::invalid("day", tr!("cli-hours-need-times")));
            }
            calendar::set_working_hours(store, &console, input)?
        }
        None => calendar::working_week(store, &console)?,
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&week)?);
        return Ok(());
    }
    println!("{}", tr!("cli-hours-heading"));
    // The hours line up, past the longest day name of the language ("Wednesday").
    let longest = week.iter().map(|d| d.name.chars().count()).max();
    let width = longest.unwrap_or(0).max(8);
    for day in &week {
        println!("  {:<width$} {}", day.name, hours_text(day));
    }
    Ok(())
}

fn hours_text(day: &WorkingDay) -> String {
    match (&day.open, &day.close) {
        (Some(open), Some(close)) => format!("{open}–{close}"),
        _ => tr!("cli-hours-off"),
    }
}

/// "senin", "Jum'at", "monday" or 1…7.
fn day_number(text: &str) -> Result<u8> {
    let plain = |s: &str| s.trim().to_lowercase().replace('\'', "");
    let t = plain(text);
    if let Ok(n) = t.parse::<u8>() {
        return Ok(n);
    }
    let english = |i| i18n::with_lang(i18n::Lang::En, || timefmt::show_weekday(i));
    (0..7)
        .find(|&i| plain(calendar::DAY_NAMES[i]) == t || plain(&english(i)) == t)
        .map(|i| i as u8 + 1)
        .ok_or_else(|| Error::invalid("day", tr!("cli-day-unknown", day = text)))
}

fn holiday(store: &Store, command: HolidayCommand, json: bool) -> Result<()> {
    let console = Actor::console();
    match command {
        HolidayCommand::Add { words } => {
            let mut words = words.into_iter();
            let date = words.next().unwrap_or_default();
            let name = words.collect::<Vec<_>>().join(" ");
            let added = calendar::add_holiday(store, &console, NewHoliday { date, name })?;
            println!("{}", tr!("cli-holiday-added", holiday = line(&added)));
        }
        HolidayCommand::Remove { date } => {
            let date = date.join(" ");
            let removed = calendar::remove_holiday(store, &console, &date)?;
            println!("{}", tr!("cli-holiday-removed", holiday = line(&removed)));
        }
        HolidayCommand::List { year } => {
            let all = calendar::list_holidays(store, &console, year)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&all)?);
                return Ok(());
            }
            let heading = match year {
                Some(year) => tr!("cli-holidays-of-year", year = year, count = all.len()),
                None => tr!("cli-holidays", count = all.len()),
            };
            println!("{heading}");
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
        String::new()
    } else {
        format!(" {}", tr!("cli-holiday-on-day-off"))
    };
    format!("{:<28} {}{off}", h.date_display, h.name)
}

/// Every line is checked before anything is added; each bad one is printed with its number.
fn import(store: &Store, path: &str, json: bool) -> Result<()> {
    if path.is_empty() {
        return Err(Error::invalid("csv", tr!("cli-holiday-need-file")));
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::invalid("csv", tr!("cli-file-unreadable", path = path, detail = e)))?;
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
                tr!("cli-holiday-import-refused", count = lines.len()),
            ));
        }
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&done)?);
        return Ok(());
    }
    let summary = tr!(
        "cli-holiday-imported",
        added = done.added.len(),
        already = done.already
    );
    println!("{summary}");
    for h in &done.added {
        println!("  {}", line(h));
    }
    Ok(())
}
