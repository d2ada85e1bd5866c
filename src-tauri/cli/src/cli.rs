//! The command line as `clap` reads it: the global options, every command with its own
//! `--help`, and the arguments of the commands `main.rs` runs itself. The commands of the other
//! modules take the argument structs defined beside their code.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::lang::Lang;
use crate::{
    acts, archive_cli, archive_print_cli, backup_cli, bench, corrections_cli, evidence_cli,
    filing_cli, office_cli, paper_cli, reports_cli, server_cli, sop_cli,
};

/// The whole list at a glance, shown under `--help` (the commands' own `--help` say more).
pub const SUMMARY: &str = "Ringkasan perintah:
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
  completions bash|zsh|fish|elvish|powershell   (pelengkapan perintah untuk shell)

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
Bahasa: --lang id|en, atau PRESSDESK_LANG, atau LANG sistem; bawaan Bahasa Indonesia.
Hari libur dari CSV: satu per baris tanggal,nama (2026-12-25,Hari Raya Natal); satu baris salah,
tidak ada yang ditambahkan.
PIN: --pin PIN terlihat oleh pengguna lain di daftar proses; lebih aman --pin-stdin (baris
pertama masukan) atau variabel PRESSDESK_PIN (--admin-pin-stdin, PRESSDESK_ADMIN_PIN).";

/// PressDesk tanpa jendela: Buku Agenda Press Release pada penyimpanan yang sama dengan
/// aplikasinya.
#[derive(Parser, Debug)]
#[command(name = "pressdesk-cli", version, after_help = SUMMARY)]
pub struct Cli {
    /// Folder data (selain itu PRESSDESK_DATA_DIR, atau ~/.local/share/pressdesk)
    #[arg(long, global = true, value_name = "FOLDER")]
    pub data: Option<PathBuf>,
    /// Server kantor (PostgreSQL), selain itu PRESSDESK_DB_URL
    #[arg(long, global = true, value_name = "URL")]
    pub db: Option<String>,
    /// Bahasa keluaran: id atau en (selain itu PRESSDESK_LANG, lalu LANG sistem)
    #[arg(long, global = true, value_name = "id|en")]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Membuat penyimpanan (dan profil kantor dengan admin pertamanya)
    Init(InitArgs),
    /// Empat SOP kantor: daftar, isi langkahnya, pilihan admin
    Sop(sop_cli::SopArgs),
    /// Satu langkah SOP 001, 003 atau 000 oleh pengguna perannya
    Step(sop_cli::StepArgs),
    /// Jadwal piket media center (SOP 001)
    Roster(sop_cli::RosterArgs),
    /// Mencatat press release baru dari berkas JSON
    Register(RegisterArgs),
    /// Menambah pengguna
    User(acts::UserArgs),
    /// Jam kerja dan hari libur kantor
    #[command(override_usage = office_cli::OFFICE_USAGE)]
    Office(office_cli::OfficeArgs),
    /// Pemeriksaan format oleh Kasi (atau pengembalian), satu atau beberapa rilis
    Check(acts::CheckArgs),
    /// Kasi membetulkan rilis sebelum paraf yang menentukan
    Edit(corrections_cli::EditArgs),
    /// Rilis yang dikembalikan, sudah dibetulkan, diperiksa lagi
    Resubmit(corrections_cli::ResubmitArgs),
    /// Pengirim menarik rilisnya: nomornya tetap, ditandai Ditarik
    Withdraw(corrections_cli::WithdrawArgs),
    /// Paraf Kadis atau Kabid, dan paraf kertas
    Paraf(acts::ParafArgs),
    /// Kadis mencabut paraf
    Revoke(acts::RevokeArgs),
    /// Kelompok langkah 3 sehari sebagai satu halaman PDF
    Groups(paper_cli::GroupsArgs),
    /// Lembar Press Release (PDF)
    Sheet(SheetArgs),
    /// Menyimpan berkas asli bukti sebuah rilis ke folder
    Evidence(evidence_cli::EvidenceArgs),
    /// Mencatat di mana rilis tayang
    Publish(filing_cli::PublishArgs),
    /// Map di lemari arsip
    Folder(filing_cli::FolderArgs),
    /// Memberi nomor arsip
    Archive(filing_cli::ArchiveArgs),
    /// Membatalkan nomor arsip
    Void(filing_cli::VoidArgs),
    /// Skema klasifikasi kantor
    Class(archive_cli::ClassArgs),
    /// Berkas arsip per tahun dan retensinya
    Berkas(archive_cli::BerkasArgs),
    /// Daftar arsip tercetak (PDF atau XLSX)
    Print(archive_print_cli::PrintArgs),
    /// Label arsip (PDF)
    Labels(filing_cli::LabelsArgs),
    /// Daftar Arsip setahun (PDF)
    Index(filing_cli::IndexArgs),
    /// Buku Agenda Press Release (PDF)
    Ledger(reports_cli::LedgerArgs),
    /// Buku catatan SOP kantor (PDF)
    Book(reports_cli::BookArgs),
    /// Laporan waktu SOP atau laporan penyebarluasan (PDF)
    Report(reports_cli::ReportArgs),
    /// Buku Agenda sebagai CSV atau XLSX
    Export(reports_cli::ExportArgs),
    /// Tolok ukur kinerja (membuat datanya sendiri)
    Bench(bench::BenchArgs),
    /// Buku agenda, urut terbaru
    List(ListArgs),
    /// Pencarian teks penuh
    Search(SearchArgs),
    /// Satu rilis lengkap dengan riwayatnya
    Show(ShowArgs),
    /// Kantor contoh dengan N rilis
    Demo(DemoArgs),
    /// Memeriksa basis data, rantai audit dan setiap berkas
    Verify(VerifyArgs),
    /// Cadangan satu berkas selagi aplikasi dipakai
    Backup(backup_cli::BackupArgs),
    /// Memulihkan cadangan ke folder baru atau server kosong
    Restore(backup_cli::RestoreArgs),
    /// Server kantor (PostgreSQL)
    Server(server_cli::ServerArgs),
    /// Skrip pelengkapan perintah untuk shell (bash, zsh, fish, elvish, powershell)
    Completions(CompletionsArgs),
}

/// The office profile and first admin, as `init` and `server init` take them.
#[derive(Args, Debug)]
pub struct OfficeSetupArgs {
    /// Nama instansi
    #[arg(long, value_name = "NAMA")]
    pub office: Option<String>,
    /// Kode unit (nomor arsip)
    #[arg(long, value_name = "KODE")]
    pub unit: Option<String>,
    /// Alamat kantor
    #[arg(long, value_name = "ALAMAT")]
    pub address: Option<String>,
    /// Zona waktu: WIB, WITA atau WIT
    #[arg(long, value_name = "ZONA")]
    pub tz: Option<String>,
    /// SOP kantor (bawaan SOP-004)
    #[arg(long, value_name = "KODE")]
    pub sop: Option<String>,
    /// Nama admin pertama
    #[arg(long, value_name = "NAMA")]
    pub admin_name: Option<String>,
    /// NIP admin pertama
    #[arg(long, value_name = "NIP")]
    pub admin_nip: Option<String>,
    /// Jabatan admin pertama
    #[arg(long, value_name = "JABATAN")]
    pub admin_position: Option<String>,
    #[command(flatten)]
    pub admin_pin: acts::AdminPin,
}

#[derive(Args, Debug)]
pub struct InitArgs {
    #[command(flatten)]
    pub setup: OfficeSetupArgs,
}

#[derive(Args, Debug)]
pub struct RegisterArgs {
    /// Isian rilis: {"title": "…", "sender": "…"} sudah cukup
    #[arg(long, value_name = "BERKAS")]
    pub json: Option<String>,
    /// Berkas bukti (foto, video, surat), boleh berulang
    #[arg(long, value_name = "PATH")]
    pub attach: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Status rilis
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long)]
    pub year: Option<i32>,
    #[arg(long)]
    pub month: Option<u32>,
    #[arg(long)]
    pub limit: Option<u32>,
    /// Keluaran JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// Kata yang dicari (judul, isi, pengirim, nomor)
    pub words: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// Id, nomor agenda atau nomor surat
    pub key: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct SheetArgs {
    /// Id atau nomor agenda
    pub key: Vec<String>,
    #[arg(long, value_name = "BERKAS.pdf")]
    pub out: Option<String>,
    /// a4 atau f4
    #[arg(long)]
    pub paper: Option<String>,
}

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Banyaknya rilis contoh
    #[arg(long, default_value_t = 50)]
    pub releases: u32,
}

#[derive(Args, Debug)]
pub struct VerifyArgs {
    /// Tanpa memeriksa isi setiap berkas
    #[arg(long)]
    pub no_files: bool,
    #[arg(long)]
    pub json: bool,
    /// Kepala rantai audit yang tercetak di Buku Agenda: peristiwa rantai ini?
    #[arg(long, value_name = "KEPALA")]
    pub head: Option<String>,
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish atau powershell
    pub shell: clap_complete::Shell,
}

impl OfficeSetupArgs {
    /// The office and its first admin (Administrator, on WITA, unless named otherwise).
    pub fn first_run(self) -> pressdesk_core::Result<pressdesk_core::office::FirstRun> {
        use pressdesk_core::model::{Role, TimeZone};
        use pressdesk_core::office::{FirstRun, Office};
        use pressdesk_core::users::NewUser;
        Ok(FirstRun {
            office: Office {
                name: self.office.unwrap_or_default(),
                unit_code: self.unit.unwrap_or_default(),
                address: self.address.unwrap_or_default(),
                timezone: TimeZone::parse(self.tz.as_deref().unwrap_or("WITA"))?,
                logo_sha: None,
            },
            admin: NewUser {
                pin: self.admin_pin.read()?,
                name: self.admin_name.unwrap_or_default(),
                nip: self.admin_nip.unwrap_or_default(),
                role: Role::Admin,
                position: self
                    .admin_position
                    .unwrap_or_else(|| "Administrator".into()),
                rank: None,
            },
            sop_code: self.sop,
        })
    }
}
