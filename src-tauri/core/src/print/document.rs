//! One entry point for every PDF the app makes: a request names the document, `render`
//! returns its bytes and the file name to save it under. Preview, save and open share it.

use serde::Deserialize;
use ts_rs::TS;

use super::archive_pdf::archive_list_pdf;
use super::base::Paper;
use super::calibration::calibration_page;
use super::context::office_on;
use super::groups_pdf::groups_pdf;
use super::index::{filing_index_to, IndexInput};
use super::labels::{folder_labels, release_labels, FolderLabel, LabelKind};
use super::ledger_load::ledger_pdf_for;
use super::published_pdf::published_report_pdf_as;
use super::record_book::record_book_pdf_as;
use super::roster_pdf::roster_pdf;
use super::sheet::release_sheet_for;
use super::sop_pdf::sop_report_pdf;
use super::stock::LabelJob;
use crate::access::Reader;
use crate::archive::{self, DueKind, ListKind};
use crate::db::Store;
use crate::error::Result;
use crate::job::Job;
use crate::model::Actor;
use crate::period::Period;
use crate::permissions::{require, Action};
use crate::workflow::{template, ActKind};
use crate::{filing, release, timefmt};

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "lowercase")]
#[ts(export)]
pub enum DocumentRequest {
    /// Lembar Press Release of one release.
    Sheet { key: String, paper: Paper },
    /// Release labels of a year's archive numbers `from..=to`.
    Labels {
        year: i32,
        from: Option<i64>,
        to: Option<i64>,
        job: LabelJob,
    },
    /// Folder, spine or drawer labels of a year.
    Folders {
        year: i32,
        label: LabelKind,
        job: LabelJob,
    },
    /// Labels of the files (berkas) of a year: the front of a folder or the spine of a box,
    /// each with the file's code, number, period and description.
    #[serde(rename = "berkas_labels")]
    BerkasLabels {
        year: i32,
        label: LabelKind,
        job: LabelJob,
    },
    /// A page of label outlines to hold against a sheet and measure the printer's offset.
    Calibration { job: LabelJob },
    /// Daftar Berkas of a year (landscape).
    #[serde(rename = "daftar_berkas")]
    DaftarBerkas { year: i32, paper: Paper },
    /// Daftar Isi Berkas of a year (landscape).
    #[serde(rename = "isi_berkas")]
    IsiBerkas { year: i32, paper: Paper },
    /// A retention list of a year with its berita acara (landscape).
    Retensi {
        year: i32,
        due: DueKind,
        paper: Paper,
    },
    /// Daftar Arsip of a year.
    Index { year: i32, paper: Paper },
    /// Buku Agenda Press Release of a period (landscape).
    Ledger { period: Period, paper: Paper },
    /// The record book of the office's SOP for a period: the Buku Agenda Press Release for an
    /// SOP with the Kadis's check and paraf (SOP 004), else the book its version names (Buku
    /// Jadwal Kegiatan, Laporan Berita yang Disebarluaskan, ...). `sop` asks for another
    /// template's book ("SOP-003"), for the records begun under it.
    #[serde(rename = "record_book")]
    RecordBook {
        period: Period,
        paper: Paper,
        #[serde(default)]
        #[ts(optional)]
        sop: Option<String>,
    },
    /// The media center's duty roster of a month (SOP 001), portrait.
    Roster { year: i32, month: u32, paper: Paper },
    /// SOP time report of a year or one month.
    #[serde(rename = "sop_report")]
    SopReport {
        year: i32,
        month: Option<u32>,
        paper: Paper,
    },
    /// Laporan penyebarluasan of a period.
    #[serde(rename = "published_report")]
    PublishedReport { period: Period, paper: Paper },
    /// The groups of step 3 initialed on one day (`YYYY-MM-DD`).
    Groups { date: String, paper: Paper },
    /// A PDF the sender brought (a letter, a paper-paraf scan), shown as it was stored.
    Evidence { key: String, sha256: String },
}

/// The PDF bytes and a file name for them. Only the books are long enough to report progress
/// to `job`; every document stops before it starts once `job` is cancelled.
pub fn render(
    store: &Store,
    actor: &Actor,
    request: &DocumentRequest,
    job: &Job,
) -> Result<(Vec<u8>, String)> {
    // A refusal is said to the user in their language; the document is Indonesian.
    require(actor, Action::Read)?;
    let _official = crate::i18n::Official::enter();
    job.step("progress-preparing", 0, 1, 0, 0)?;
    let office = || store.with_db(office_on);
    let reader = || store.with_db(|db| Reader::of(db, actor));
    match request {
        DocumentRequest::Sheet { key, paper } => {
            let detail = release::detail(store, actor, key)?;
            let pdf = release_sheet_for(store, actor, &detail.summary.id, *paper)?;
            let no = detail.summary.agenda_no.replace('/', "-");
            Ok((pdf, format!("lembar-press-release-{no}.pdf")))
        }
        DocumentRequest::Labels {
            year,
            from,
            to,
            job,
        } => {
            let items = filing::labels_of(store, &reader()?, *year, *from, *to)?;
            Ok((
                release_labels(&items, &office()?, job)?,
                format!("label-arsip-{year}.pdf"),
            ))
        }
        DocumentRequest::Folders { year, label, job } => {
            let folders = FolderLabel::from_index(
                *year,
                &filing::index_of(store, &reader()?, *year)?,
                *label,
            );
            Ok((
                folder_labels(&folders, job, *label)?,
                format!("label-map-{year}.pdf"),
            ))
        }
        DocumentRequest::BerkasLabels { year, label, job } => {
            let files = archive::list_berkas(store, actor, Some(*year))?;
            let labels: Vec<FolderLabel> = files.iter().map(berkas_label).collect();
            Ok((
                folder_labels(&labels, job, *label)?,
                format!("label-berkas-{year}.pdf"),
            ))
        }
        DocumentRequest::Calibration { job } => Ok((
            calibration_page(job)?,
            format!("kalibrasi-{}.pdf", job.stock.name),
        )),
        DocumentRequest::Index { year, paper } => {
            let office = office()?;
            let folders = filing::index_of(store, &reader()?, *year)?;
            let printed = timefmt::format_datetime(timefmt::now(), office.timezone);
            let logo = office
                .logo_sha
                .as_deref()
                .and_then(|sha| std::fs::read(store.file_path(sha).ok()?).ok());
            let input = IndexInput {
                office: &office,
                year: *year,
                folders: &folders,
                printed_at: &printed,
                logo: logo.as_deref(),
            };
            let mut pdf = Vec::new();
            filing_index_to(&input, *paper, &mut pdf)?;
            Ok((pdf, format!("daftar-arsip-{year}.pdf")))
        }
        DocumentRequest::DaftarBerkas { year, paper } => {
            list_document(store, actor, *year, ListKind::DaftarBerkas, *paper)
        }
        DocumentRequest::IsiBerkas { year, paper } => {
            list_document(store, actor, *year, ListKind::IsiBerkas, *paper)
        }
        DocumentRequest::Retensi { year, due, paper } => {
            list_document(store, actor, *year, ListKind::Retensi(*due), *paper)
        }
        DocumentRequest::Ledger { period, paper } => Ok((
            ledger_pdf_for(store, actor, period, *paper, job)?,
            format!("buku-agenda-{}.pdf", period.slug()),
        )),
        DocumentRequest::RecordBook { period, paper, sop } => {
            let (pdf, book) = record_book_for(store, actor, period, sop.as_deref(), *paper, job)?;
            Ok((pdf, format!("{}-{}.pdf", slug(&book), period.slug())))
        }
        DocumentRequest::Roster { year, month, paper } => Ok((
            roster_pdf(store, actor, *year, *month, *paper)?,
            format!("jadwal-piket-{year}-{month:02}.pdf"),
        )),
        DocumentRequest::SopReport { year, month, paper } => {
            let slug = month.map_or(year.to_string(), |m| format!("{year}-{m:02}"));
            Ok((
                sop_report_pdf(store, *year, *month, *paper)?,
                format!("laporan-waktu-sop-{slug}.pdf"),
            ))
        }
        DocumentRequest::PublishedReport { period, paper } => Ok((
            published_report_pdf_as(store, &reader()?, period, *paper)?,
            format!("laporan-penyebarluasan-{}.pdf", period.slug()),
        )),
        DocumentRequest::Groups { date, paper } => Ok((
            groups_pdf(store, actor, date, *paper)?,
            format!("kelompok-press-release-{date}.pdf"),
        )),
        DocumentRequest::Evidence { key, sha256 } => {
            crate::originals::read_original(store, actor, key, sha256)
        }
    }
}

/// A file's label: its code and number, its period, what it holds and where it is kept.
fn berkas_label(b: &archive::Berkas) -> FolderLabel {
    let place = b.location.as_deref().unwrap_or_default();
    FolderLabel {
        title: format!("{} · {}", b.code, b.period_label),
        range: format!("Berkas {}", b.number),
        location: [b.description.as_str(), place]
            .iter()
            .filter(|s| !s.trim().is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" — "),
    }
}

/// An archivist's list of `year` as `actor` may see it, and its file name.
fn list_document(
    store: &Store,
    actor: &Actor,
    year: i32,
    kind: ListKind,
    paper: Paper,
) -> Result<(Vec<u8>, String)> {
    let list = archive::archive_list(store, actor, year, kind)?;
    let pdf = archive_list_pdf(store, &list, paper)?;
    Ok((pdf, format!("{}-{year}.pdf", kind.slug())))
}

/// The record book of the office's SOP (or of `code`'s) and its name: the Buku Agenda Press
/// Release where the SOP has SOP 004's check and paraf (its columns are those parafs), else
/// the book the template's version names.
pub fn record_book(
    store: &Store,
    period: &Period,
    code: Option<&str>,
    paper: Paper,
    job: &Job,
) -> Result<(Vec<u8>, String)> {
    let _official = crate::i18n::Official::enter();
    record_book_for(store, &Actor::console(), period, code, paper, job)
}

/// [`record_book`] as `actor` may see it: the Buku Agenda masks what they may not open.
pub fn record_book_for(
    store: &Store,
    actor: &Actor,
    period: &Period,
    code: Option<&str>,
    paper: Paper,
    job: &Job,
) -> Result<(Vec<u8>, String)> {
    let _official = crate::i18n::Official::enter();
    let sop = store.with_db(|db| {
        let id = match code {
            Some(code) => template::template_id_by_code(db, code)?,
            None => template::office_template_id(db)?,
        };
        template::load_version(db, template::current_version_id(db, id)?)
    })?;
    if sop.uses(ActKind::CheckParaf) {
        return Ok((
            ledger_pdf_for(store, actor, period, paper, job)?,
            "Buku Agenda".to_owned(),
        ));
    }
    let reader = store.with_db(|db| Reader::of(db, actor))?;
    let mut pdf = Vec::new();
    record_book_pdf_as(
        store,
        &reader,
        period,
        Some(&sop.code),
        paper,
        job,
        &mut pdf,
    )?;
    Ok((pdf, sop.record_book))
}

/// "Buku Jadwal Kegiatan" → "buku-jadwal-kegiatan", for a file name.
fn slug(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}
