//! pressdesk-cli: PressDesk's operations without the window — set-up, registration, listing,
//! search, demo data and verification — on the same store as the app.

mod acts;
mod archive_cli;
mod archive_print_cli;
mod args;
mod backup_cli;
mod bench;
mod corrections_cli;
mod demo;
mod demo_filing;
mod demo_paraf;
mod demo_timing;
mod evidence_cli;
mod filing_cli;
mod office_cli;
mod paper_cli;
mod print;
mod reports_cli;
mod server_cli;
mod sop_cli;

use std::path::PathBuf;
use std::process::ExitCode;

use pressdesk_core::evidence;
use pressdesk_core::model::Actor;
use pressdesk_core::office::{self, FirstRun, Office};
use pressdesk_core::release::{self, EvidenceInput, ListQuery, NewRelease};
use pressdesk_core::users::NewUser;
use pressdesk_core::verify;
use pressdesk_core::{Error, Result, Store};

use args::Args;

const USAGE: &str = "pressdesk-cli [--data DIR] PERINTAH

Perintah:
  init [--office NAMA --unit KODE --address ALAMAT --tz WIB|WITA|WIT [--sop KODE]
        --admin-name NAMA --admin-nip NIP --admin-position JABATAN --admin-pin PIN]
  sop list [--json] | sop show KODE [--json] | sop choose KODE --user NIP_ADMIN --pin PIN
  step ID assign|submit|write|verify|document|complete --user NIP --pin PIN [--note TEKS]
       [--assignee NIP] [--reject]
  roster show --year Y --month M | roster print --year Y --month M [--paper a4|f4] --out BERKAS.pdf
  roster set --day TGL --person NIP... [--duty TUGAS] --user NIP --pin PIN
  register --json BERKAS [--attach PATH]...
  user add --name NAMA --nip NIP --role PERAN --pin PIN [--position JABATAN] [--rank PANGKAT]
           [--admin NIP --admin-pin PIN]   (Kadis, Kabid dan Admin hanya oleh admin)
  office hours [set --day senin --from 07.30 --to 16.00 | set --day sabtu --off] [--json]
  office holiday add TANGGAL NAMA | office holiday remove TANGGAL
  office holiday list [--year Y] [--json] | office holiday import BERKAS.csv [--json]
  check ID... --user NIP --pin PIN [--return ALASAN]
  edit ID --user NIP --pin PIN [--json ISIAN.json] [--attach PATH]... [--detach SHA256]...
  resubmit ID --user NIP --pin PIN [--json]
  withdraw ID --user NIP --pin PIN --reason ALASAN [--json]
  paraf ID... --user NIP --pin PIN --decision setuju|tolak [--initials PARAF.png] [--note TEKS]
  revoke ID... --user NIP --pin PIN --reason ALASAN
  paraf paper ID --user NIP_KASI --pin PIN --official NIP --decision setuju|tolak --scan BERKAS
  paraf pending --user NIP --pin PIN
  paraf confirm ID --user NIP --pin PIN
  paraf disown ID --user NIP --pin PIN --reason ALASAN
  groups --date YYYY-MM-DD --out BERKAS.pdf [--paper a4|f4]
  sheet ID --out BERKAS.pdf [--paper a4|f4]
  evidence save ID --out FOLDER [--kind photo|video|letter] [--sha SHA] [--json]
  publish ID --user NIP --pin PIN --site NAMA --url URL
  folder add --cabinet A --drawer 1 --code KODE [--name NAMA] [--capacity N]
  folder close KODE [--reason ALASAN] | folder reopen KODE [--reason ALASAN]
  archive ID --user NIP --pin PIN [--folder KODE] [--date YYYY-MM-DD]
  void NO_ARSIP --user NIP --pin PIN --reason ALASAN
  class import BERKAS.csv [--user NIP --pin PIN] | class list [--json]
  class set ID [--code KODE] [--security biasa|terbatas|rahasia] --user NIP --pin PIN
  class suggest ID_JENIS_BERITA KODE
  berkas open --code KODE --description URAIAN [--unit UNIT] [--folder MAP] [--start TGL]
         --user NIP --pin PIN
  berkas close NO [--end YYYY-MM-DD] --user NIP --pin PIN | berkas add NO ID --user NIP --pin PIN
  berkas list [--year Y] [--json] | berkas show NO [--json]
  berkas due --year Y --kind pindah|musnah|permanen|dinilai-kembali [--json]
  print daftar-berkas|isi-berkas --year Y [--paper a4|f4] --out BERKAS.pdf|BERKAS.xlsx
        [--user NIP --pin PIN]
  print retensi --year Y --kind pindah|musnah|permanen|dinilai-kembali [--paper a4|f4]
        --out BERKAS.pdf|BERKAS.xlsx [--user NIP --pin PIN]   (dengan berita acara)
  labels --year Y [--from N --to M] [--stock L7160|L7163|L4731|STOK_SENDIRI] [--printer NAMA]
         [--paper a4|f4] [--start K] --out BERKAS.pdf
  index --year Y [--paper a4|f4] --out BERKAS.pdf
  ledger --year Y [--month M | --from YYYY-MM-DD --to YYYY-MM-DD] [--paper a4|f4] --out BERKAS.pdf
  book --year Y [--month M | --from TGL --to TGL] [--sop KODE] [--paper a4|f4] --out BERKAS.pdf
       (buku catatan SOP kantor: Buku Agenda pada SOP-004, Buku Jadwal Kegiatan pada SOP-001, …)
  report sop --year Y [--month M] [--paper a4|f4] --out BERKAS.pdf
  report published --year Y [--month M] [--paper a4|f4] --out BERKAS.pdf
  export --format csv|xlsx --year Y [--month M | --from TGL --to TGL] --out BERKAS
  bench [all|thumbs|intake|search|agenda|ledger|labels|verify|data] [--sizes 1000,10000,100000]
  bench app --bin PATH/pressdesk [--releases N]
  bench ledger --releases N [--paper a4|f4] [--out BERKAS.pdf]
  list [--status S] [--year Y] [--month M] [--limit N] [--json]
  search KATA... [--json]
  show ID|NO_AGENDA|NO_SURAT [--json]
  demo --releases N
  verify [--no-files] [--json] [--head KEPALA_RANTAI_TERCETAK]
  backup --out BERKAS [--json]
  restore BERKAS --into FOLDER | --db URL_ADMIN [--json]

Server kantor (PostgreSQL; --db URL atau PRESSDESK_DB_URL):
  server init --db URL --office NAMA --unit KODE --address ALAMAT [--tz WITA] [--sop KODE]
      --admin-name NAMA --admin-nip NIP [--admin-position JABATAN] --admin-pin-stdin
  server migrate --db URL
  server desk add NAMA --db URL      (kata sandi login desk ditampilkan sekali)
  server desk remove NAMA --db URL
  server desk list --db URL
  server check --db URL               (uji sambungan dari desk)
  server move --from FOLDER --db URL  (data satu komputer ke server kosong, lalu diperiksa)
  Setiap perintah lain bekerja pada server bila --db URL atau PRESSDESK_DB_URL disebut (URL
  login desk); folder data lalu hanya menyimpan salinan berkas server (server-cache/).

Folder data: --data, atau PRESSDESK_DATA_DIR, atau ~/.local/share/pressdesk.
Hari libur dari CSV: satu per baris tanggal,nama (2026-12-25,Hari Raya Natal); satu baris salah,
tidak ada yang ditambahkan.
PIN: --pin PIN terlihat oleh pengguna lain di daftar proses; lebih aman --pin-stdin (baris
pertama masukan) atau variabel PRESSDESK_PIN (--admin-pin-stdin, PRESSDESK_ADMIN_PIN).";

fn main() -> ExitCode {
    let mut args = Args::from_env();
    if args.flag("--version") || args.flag("-V") {
        println!("pressdesk-cli {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    if args.flag("--help") || args.flag("-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    match run(&mut args) {
        Ok(code) => code,
        Err(err) => {
            match err.field() {
                Some(field) => eprintln!("galat ({field}): {err}"),
                None => eprintln!("galat: {err}"),
            }
            ExitCode::FAILURE
        }
    }
}

fn run(args: &mut Args) -> Result<ExitCode> {
    let dir = args
        .value("--data")?
        .map(PathBuf::from)
        .unwrap_or_else(pressdesk_core::default_data_dir);
    let Some(command) = args.command() else {
        eprintln!("{USAGE}");
        return Ok(ExitCode::from(2));
    };
    // The benchmark makes its own temporary store.
    if command == "bench" {
        bench::run(args)?;
        args.finish()?;
        return Ok(ExitCode::SUCCESS);
    }
    // The office's server is set up and tested without this computer's own store.
    if command == "server" {
        server_cli::server(args)?;
        args.finish()?;
        return Ok(ExitCode::SUCCESS);
    }
    // Restore writes a new folder and never opens (or creates) the current one.
    if command == "restore" {
        backup_cli::restore(args)?;
        args.finish()?;
        return Ok(ExitCode::SUCCESS);
    }
    // With a server (`--db URL` or PRESSDESK_DB_URL) the records are the office's; the data
    // folder then only caches the server's files.
    let store = match server_cli::server_url(args)? {
        Some(url) => Store::open_server(&url, &pressdesk_core::server_cache_dir(&dir))?,
        None => Store::open(&dir)?,
    };
    // `register --json FILE` names its input; everywhere else `--json` asks for JSON output.
    let json = !matches!(command.as_str(), "register" | "edit") && args.flag("--json");
    match command.as_str() {
        "init" => init(&store, args)?,
        "register" => register(&store, args)?,
        "user" => acts::user(&store, args)?,
        "check" => acts::check(&store, args)?,
        "edit" => corrections_cli::edit(&store, args, false)?,
        "resubmit" => corrections_cli::resubmit(&store, args, json)?,
        "withdraw" => corrections_cli::withdraw(&store, args, json)?,
        "paraf" => acts::paraf(&store, args)?,
        "sop" => sop_cli::sop(&store, args, json)?,
        "step" => sop_cli::step(&store, args, json)?,
        "roster" => sop_cli::roster(&store, args)?,
        "revoke" => acts::revoke(&store, args)?,
        "groups" => paper_cli::groups(&store, args)?,
        "publish" => filing_cli::publish(&store, args)?,
        "folder" => filing_cli::folder(&store, args)?,
        "office" => office_cli::office(&store, args, json)?,
        "archive" => filing_cli::archive(&store, args)?,
        "class" => archive_cli::class(&store, args, json)?,
        "berkas" => archive_cli::berkas(&store, args, json)?,
        "print" => archive_print_cli::print(&store, args)?,
        "void" => filing_cli::void(&store, args)?,
        "labels" => filing_cli::labels(&store, args)?,
        "index" => filing_cli::index(&store, args)?,
        "ledger" => reports_cli::ledger(&store, args)?,
        "book" => reports_cli::book(&store, args)?,
        "report" => reports_cli::report(&store, args)?,
        "export" => reports_cli::export(&store, args)?,
        "backup" => backup_cli::backup(&store, args, json)?,
        "evidence" => evidence_cli::evidence(&store, args, json)?,
        "sheet" => {
            let out = args
                .value("--out")?
                .ok_or_else(|| Error::invalid("out", "Sebutkan --out BERKAS.pdf."))?;
            let paper = pressdesk_core::print::Paper::parse(
                &args.value("--paper")?.unwrap_or_else(|| "a4".into()),
            )?;
            let key = args.rest().join(" ");
            let pdf = pressdesk_core::print::release_sheet(&store, &key, paper)?;
            std::fs::write(&out, pdf).map_err(Error::from_io)?;
            println!("Lembar Press Release ditulis ke {out}");
        }
        "list" => {
            let query = ListQuery {
                status: args
                    .value("--status")?
                    .map(|s| pressdesk_core::model::Status::parse(&s))
                    .transpose()?,
                year: args.parsed("--year")?,
                month: args.parsed("--month")?,
                limit: args.parsed("--limit")?,
                ..ListQuery::default()
            };
            print::page(
                &release::list_releases(&store, &Actor::console(), query)?,
                json,
            )?;
        }
        "search" => {
            let text = args.rest().join(" ");
            let query = ListQuery {
                search: Some(text),
                ..ListQuery::default()
            };
            print::page(
                &release::list_releases(&store, &Actor::console(), query)?,
                json,
            )?;
        }
        "show" => {
            let key = args.rest().join(" ");
            print::detail(
                &release::get_release(&store, &Actor::console(), &key)?,
                json,
            )?;
        }
        "demo" => {
            let n: u32 = args.parsed("--releases")?.unwrap_or(50);
            let made = demo::populate(&store, n)?;
            println!("{} rilis contoh dibuat di {}", made.releases, dir.display());
            demo::print_users(&made);
        }
        "verify" => {
            let report = verify::verify(&store, &Actor::console(), !args.flag("--no-files"))?;
            print::verify(&report, json)?;
            // A head printed on a ledger: is it an event of this (intact) chain?
            let printed = match args.value("--head")? {
                Some(head) => print::printed_head(
                    &head,
                    verify::find_printed_head(&store, &Actor::console(), &head)?,
                ),
                None => true,
            };
            args.finish()?;
            return Ok(if report.ok && printed {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            });
        }
        other => {
            return Err(Error::invalid(
                "command",
                format!("Perintah «{other}» tidak dikenal.\n\n{USAGE}"),
            ))
        }
    }
    args.finish()?;
    Ok(ExitCode::SUCCESS)
}

fn init(store: &Store, args: &mut Args) -> Result<()> {
    if let Some(name) = args.value("--office")? {
        let input = FirstRun {
            office: Office {
                name,
                unit_code: args.value("--unit")?.unwrap_or_default(),
                address: args.value("--address")?.unwrap_or_default(),
                timezone: pressdesk_core::model::TimeZone::parse(
                    &args.value("--tz")?.unwrap_or_else(|| "WITA".into()),
                )?,
                logo_sha: None,
            },
            admin: NewUser {
                pin: args.secret("--admin-pin", "PRESSDESK_ADMIN_PIN")?,
                name: args.value("--admin-name")?.unwrap_or_default(),
                nip: args.value("--admin-nip")?.unwrap_or_default(),
                role: pressdesk_core::model::Role::Admin,
                position: args
                    .value("--admin-position")?
                    .unwrap_or_else(|| "Administrator".into()),
                rank: None,
            },
            sop_code: args.value("--sop")?,
        };
        office::setup_office(store, input)?;
    }
    println!("Penyimpanan PressDesk siap di {}", store.dir().display());
    Ok(())
}

fn register(store: &Store, args: &mut Args) -> Result<()> {
    let path = args
        .value("--json")?
        .ok_or_else(|| Error::invalid("json", "Sebutkan berkas JSON dengan --json BERKAS."))?;
    let text = std::fs::read_to_string(&path)
        .map_err(|_| Error::invalid("json", format!("Berkas JSON «{path}» tak terbaca.")))?;
    let mut input: NewRelease = serde_json::from_str(&text)?;
    // The console registers as itself; the receiving officer can be named in the JSON.
    let actor = Actor::console();
    for attach in args.values("--attach")? {
        let staged = evidence::stage_path(store, std::path::Path::new(&attach))?;
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
