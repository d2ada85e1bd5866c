//! The CLI's archive by the national rules: `class import|list|set|suggest` (the office's
//! classification scheme) and `berkas open|close|add|list|show|due` (files, their items and
//! the retention lists of a year).

use pressdesk_core::access::Security;
use pressdesk_core::archive::{self, Berkas, BerkasInput, ClassifyInput, DisposalInput, DueKind};
use pressdesk_core::model::Actor;
use pressdesk_core::{Error, Result, Store};

use crate::acts::{signed_in, Auth};

/// `--user NIP --pin PIN`, or none for the workstation's console (`--console` says so).
#[derive(clap::Args, Debug)]
pub struct UserOrConsole {
    #[command(flatten)]
    pub auth: Auth,
    /// Sebagai konsol komputer ini, tanpa pengguna
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
    /// Keluaran JSON
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: ClassCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum ClassCommand {
    /// Mengimpor skema klasifikasi dari CSV (semua atau tidak sama sekali)
    Import {
        /// Berkas CSV: kode, nama, aktif, inaktif, keterangan akhir, keamanan
        file: Vec<String>,
        #[command(flatten)]
        who: UserOrConsole,
    },
    /// Daftar kode klasifikasi
    List,
    /// Kode klasifikasi dan keamanan sebuah rilis
    Set {
        /// Rilis: id atau nomor agenda
        key: Vec<String>,
        #[arg(long, value_name = "KODE")]
        code: Option<String>,
        /// biasa, terbatas atau rahasia
        #[arg(long)]
        security: Option<String>,
        #[command(flatten)]
        auth: Auth,
    },
    /// Kode yang disarankan untuk satu jenis berita
    Suggest {
        /// ID jenis berita
        news_type: i64,
        /// Kode klasifikasi
        code: String,
        #[command(flatten)]
        who: UserOrConsole,
    },
}

#[derive(clap::Args, Debug)]
pub struct BerkasArgs {
    /// Keluaran JSON
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: BerkasCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum BerkasCommand {
    /// Membuka berkas baru
    Open {
        #[arg(long, value_name = "KODE")]
        code: Option<String>,
        #[arg(long, value_name = "URAIAN")]
        description: Option<String>,
        #[arg(long)]
        unit: Option<String>,
        /// Map tempat berkas
        #[arg(long, value_name = "MAP")]
        folder: Option<String>,
        /// Awal periode (YYYY-MM-DD)
        #[arg(long, value_name = "TANGGAL")]
        start: Option<String>,
        #[command(flatten)]
        auth: Auth,
    },
    /// Menutup berkas pada akhir periodenya
    Close {
        /// Nomor berkas
        key: Vec<String>,
        /// Akhir periode (YYYY-MM-DD)
        #[arg(long, value_name = "TANGGAL")]
        end: Option<String>,
        #[command(flatten)]
        auth: Auth,
    },
    /// Menambahkan rilis yang diarsipkan ke berkas
    Add {
        /// Nomor berkas, lalu rilisnya
        words: Vec<String>,
        #[command(flatten)]
        auth: Auth,
    },
    /// Daftar berkas dengan retensinya
    List {
        #[arg(long)]
        year: Option<i32>,
    },
    /// Satu berkas dengan itemnya
    Show {
        /// Nomor berkas
        key: Vec<String>,
    },
    /// Mencatat pemindahan atau keterangan akhir yang telah dilaksanakan, dengan berita acaranya
    Done {
        /// Nomor berkas
        key: Vec<String>,
        /// pindah, musnah, permanen atau dinilai-kembali
        #[arg(long)]
        kind: Option<String>,
        /// Nomor berita acara
        #[arg(long, value_name = "NOMOR")]
        ba: Option<String>,
        /// Tanggal berita acara (YYYY-MM-DD); hari ini bila kosong
        #[arg(long, value_name = "TANGGAL")]
        on: Option<String>,
        #[command(flatten)]
        auth: Auth,
    },
    /// Berkas yang jatuh tempo pada satu tahun
    Due {
        #[arg(long)]
        year: Option<i32>,
        /// pindah, musnah, permanen atau dinilai-kembali
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
                Error::invalid("csv", format!("Berkas «{path}» tidak dapat dibaca: {e}."))
            })?;
            let done = archive::import_codes(store, &actor, &text)?;
            println!(
                "Skema klasifikasi diimpor: {} kode baru, {} kode diperbarui.",
                done.added, done.updated
            );
            Ok(())
        }
        ClassCommand::List => {
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
            println!(
                "Klasifikasi: {} ({})",
                c.code.unwrap_or_else(|| "—".into()),
                c.security.label()
            );
            Ok(())
        }
        ClassCommand::Suggest {
            news_type: id,
            code,
            who,
        } => {
            let actor = user_or_console(store, who)?;
            archive::set_suggestion(store, &actor, id, &code)?;
            println!("Jenis berita {id} disarankan berkode {code}.");
            Ok(())
        }
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
            eprintln!("Berkas {} dibuka: {} {}.", b.number, b.code, b.description);
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
                return Err(Error::invalid(
                    "command",
                    "Gunakan: berkas add NO ID --user NIP --pin PIN.",
                ));
            };
            let item = archive::add_to_berkas(store, &actor, &key, &release)?;
            println!(
                "Berkas {key} item {}: {} {}",
                item.item_no, item.agenda_no, item.title
            );
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
                println!(
                    "Berkas {}: {} {} (BA {}).",
                    b.number, d.label, d.done_display, d.ba_number
                );
            }
            Ok(())
        }
        BerkasCommand::Due { year, kind } => {
            let year = year.ok_or_else(|| Error::invalid("year", "Sebutkan --year TAHUN."))?;
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
