//! The command line as `clap` reads it: the global options, every command with its own
//! `--help` (its words in `locales/*/cli.ftl`, see `help.rs`), and the arguments of the
//! commands `main.rs` runs itself. The commands of the other
//! modules take the argument structs defined beside their code.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::lang::Lang;
use crate::{
    acts, archive_cli, archive_print_cli, backup_cli, bench, corrections_cli, evidence_cli,
    filing_cli, office_cli, paper_cli, reports_cli, server_cli, sop_cli,
};

/// The command line. Its texts (every about and help, the summary after `--help`) are in
/// `locales/*/cli.ftl`, put in by `help::command()` in the run's language.
#[derive(Parser, Debug)]
#[command(name = "pressdesk-cli", version)]
pub struct Cli {
    #[arg(long, global = true)]
    pub data: Option<PathBuf>,
    #[arg(long, global = true)]
    pub db: Option<String>,
    #[arg(long, global = true)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Init(InitArgs),
    Sop(sop_cli::SopArgs),
    Step(sop_cli::StepArgs),
    Roster(sop_cli::RosterArgs),
    Register(RegisterArgs),
    User(acts::UserArgs),
    Office(office_cli::OfficeArgs),
    Check(acts::CheckArgs),
    Edit(corrections_cli::EditArgs),
    Resubmit(corrections_cli::ResubmitArgs),
    Withdraw(corrections_cli::WithdrawArgs),
    Paraf(acts::ParafArgs),
    Revoke(acts::RevokeArgs),
    Groups(paper_cli::GroupsArgs),
    Sheet(SheetArgs),
    Evidence(evidence_cli::EvidenceArgs),
    Publish(filing_cli::PublishArgs),
    Folder(filing_cli::FolderArgs),
    Archive(filing_cli::ArchiveArgs),
    Void(filing_cli::VoidArgs),
    Class(archive_cli::ClassArgs),
    Berkas(archive_cli::BerkasArgs),
    Print(archive_print_cli::PrintArgs),
    Labels(filing_cli::LabelsArgs),
    Index(filing_cli::IndexArgs),
    Ledger(reports_cli::LedgerArgs),
    Book(reports_cli::BookArgs),
    Report(reports_cli::ReportArgs),
    Export(reports_cli::ExportArgs),
    Bench(bench::BenchArgs),
    List(ListArgs),
    Search(SearchArgs),
    Show(ShowArgs),
    Demo(DemoArgs),
    Verify(VerifyArgs),
    Backup(backup_cli::BackupArgs),
    Restore(backup_cli::RestoreArgs),
    Server(server_cli::ServerArgs),
    Completions(CompletionsArgs),
}

/// The office profile and first admin, as `init` and `server init` take them.
#[derive(Args, Debug)]
pub struct OfficeSetupArgs {
    #[arg(long)]
    pub office: Option<String>,
    #[arg(long)]
    pub unit: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub tz: Option<String>,
    #[arg(long)]
    pub sop: Option<String>,
    #[arg(long)]
    pub admin_name: Option<String>,
    #[arg(long)]
    pub admin_nip: Option<String>,
    #[arg(long)]
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
    #[arg(long)]
    pub json: Option<String>,
    #[arg(long)]
    pub attach: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long)]
    pub year: Option<i32>,
    #[arg(long)]
    pub month: Option<u32>,
    #[arg(long)]
    pub limit: Option<u32>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    pub words: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    pub key: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct SheetArgs {
    pub key: Vec<String>,
    #[arg(long)]
    pub out: Option<String>,
    #[arg(long)]
    pub paper: Option<String>,
}

#[derive(Args, Debug)]
pub struct DemoArgs {
    #[arg(long, default_value_t = 50)]
    pub releases: u32,
}

#[derive(Args, Debug)]
pub struct VerifyArgs {
    #[arg(long)]
    pub no_files: bool,
    #[arg(long)]
    pub json: bool,
    #[arg(long)]
    pub head: Option<String>,
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
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
