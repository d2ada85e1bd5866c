//! The lists an archivist hands to the records center, as rows of text in the national
//! columns: the Daftar Berkas and the Daftar Isi Berkas of a year, and the retention lists of a
//! year (usul pindah, usul musnah, usul serah permanen, dinilai kembali). The printed PDF
//! (`print::archive_list_pdf`) and the XLSX export ([`archive_list_xlsx`]) both write these
//! rows, so the paper and the spreadsheet never disagree. Titles of releases the printing user
//! may not open come masked from `berkas_details`. Both are official records: their words stay
//! Indonesian whatever the interface language (`i18n::Official`).

use super::{berkas_details, retention_due, Berkas, DueKind};
use crate::access::Security;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::Actor;
use rust_xlsxwriter::{Format, FormatAlign, Workbook, XlsxError};

/// Which list of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// Daftar Berkas: one row per file.
    DaftarBerkas,
    /// Daftar Isi Berkas: one row per item of every file.
    IsiBerkas,
    /// A retention list: the closed files due in the year.
    Retensi(DueKind),
}

/// A list ready to print or export: its title, column titles, each column's share of the
/// width, and its rows of text.
#[derive(Debug, Clone)]
pub struct ArchiveList {
    pub kind: ListKind,
    pub year: i32,
    /// The office's name and address, as the printed list's letterhead names them (none before
    /// the office profile exists): a workbook passed on still says whose list it is.
    pub letterhead: Vec<String>,
    /// "Daftar Berkas Tahun 2026"
    pub title: String,
    /// "12 berkas, 3 ditutup"
    pub summary: String,
    pub columns: Vec<&'static str>,
    /// Relative widths of the columns (they are scaled to the page).
    pub shares: Vec<f32>,
    pub rows: Vec<Vec<String>>,
    /// How many files the list names (for the berita acara).
    pub files: usize,
}

const BERKAS_COLUMNS: [&str; 8] = [
    "No.",
    "Kode Klasifikasi",
    "Nomor Berkas",
    "Unit Pengolah",
    "Uraian Informasi Berkas",
    "Kurun Waktu",
    "Jumlah",
    "Keterangan",
];
const ISI_COLUMNS: [&str; 9] = [
    "No.",
    "Nomor Berkas",
    "Nomor Item",
    "Kode Klasifikasi",
    "Uraian Informasi Arsip",
    "Tanggal",
    "Tingkat Perkembangan",
    "Jumlah",
    "Keterangan",
];
const DUE_COLUMNS: [&str; 9] = [
    "No.",
    "Kode Klasifikasi",
    "Nomor Berkas",
    "Uraian Informasi Berkas",
    "Kurun Waktu",
    "Jumlah",
    "Retensi Aktif / Inaktif",
    "Tanggal Jatuh Tempo",
    "Keterangan",
];

impl ListKind {
    /// The list's name as printed: "Daftar Usul Musnah Arsip".
    pub fn name(self) -> &'static str {
        match self {
            ListKind::DaftarBerkas => "Daftar Berkas",
            ListKind::IsiBerkas => "Daftar Isi Berkas",
            ListKind::Retensi(DueKind::Pindah) => "Daftar Arsip Usul Pindah",
            ListKind::Retensi(DueKind::Musnah) => "Daftar Arsip Usul Musnah",
            ListKind::Retensi(DueKind::Permanen) => "Daftar Arsip Usul Serah Permanen",
            ListKind::Retensi(DueKind::DinilaiKembali) => "Daftar Arsip Dinilai Kembali",
        }
    }

    /// "daftar-berkas", for file names.
    pub fn slug(self) -> String {
        self.name().to_lowercase().replace(' ', "-")
    }
}

/// The list `kind` of `year` as `actor` may see it.
pub fn archive_list(
    store: &Store,
    actor: &Actor,
    year: i32,
    kind: ListKind,
) -> Result<ArchiveList> {
    let _official = crate::i18n::Official::enter();
    let title = format!("{} Tahun {year}", kind.name());
    let (columns, shares, rows, files, summary) = match kind {
        ListKind::DaftarBerkas => {
            let files = berkas_details(store, actor, Some(year))?;
            let closed = files.iter().filter(|f| f.berkas.closed).count();
            let rows: Vec<_> = files
                .iter()
                .enumerate()
                .map(|(i, f)| berkas_row(i, &f.berkas))
                .collect();
            let summary = format!("{} berkas, {closed} ditutup", files.len());
            let shares = vec![5.0, 13.0, 11.0, 18.0, 40.0, 16.0, 9.0, 28.0];
            (BERKAS_COLUMNS.to_vec(), shares, rows, files.len(), summary)
        }
        ListKind::IsiBerkas => {
            let files = berkas_details(store, actor, Some(year))?;
            let mut rows = Vec::new();
            for f in &files {
                for item in &f.items {
                    let jumlah = match item.evidence_count {
                        0 => "1 naskah".to_owned(),
                        n => format!("1 naskah, {n} lampiran"),
                    };
                    let mut note = item.archive_no.clone().unwrap_or_default();
                    if item.security != Security::Biasa {
                        note = format!("{note} ({})", item.security.label());
                    }
                    if let Some(folder) = &item.elsewhere {
                        note = format!("{note}; di Map {folder}");
                    }
                    rows.push(vec![
                        (rows.len() + 1).to_string(),
                        f.berkas.number.clone(),
                        item.item_no.to_string(),
                        item.code.clone().unwrap_or_else(|| f.berkas.code.clone()),
                        item.title.clone(),
                        item.date_display.clone(),
                        item.development.clone(),
                        jumlah,
                        note.trim().to_owned(),
                    ]);
                }
            }
            let summary = format!("{} item dalam {} berkas", rows.len(), files.len());
            let shares = vec![5.0, 10.0, 7.0, 11.0, 35.0, 14.0, 15.0, 13.0, 30.0];
            (ISI_COLUMNS.to_vec(), shares, rows, files.len(), summary)
        }
        ListKind::Retensi(due) => {
            let files = retention_due(store, actor, year, due)?;
            let rows: Vec<_> = files
                .iter()
                .enumerate()
                .map(|(i, b)| due_row(i, b, due))
                .collect();
            let summary = format!("{} berkas jatuh tempo pada tahun {year}", files.len());
            let shares = vec![5.0, 12.0, 11.0, 40.0, 16.0, 9.0, 13.0, 17.0, 17.0];
            (DUE_COLUMNS.to_vec(), shares, rows, files.len(), summary)
        }
    };
    let letterhead = store
        .with_db(crate::office::get)?
        .map(|o| vec![o.name, o.address])
        .unwrap_or_default();
    Ok(ArchiveList {
        kind,
        year,
        letterhead,
        title,
        summary,
        columns,
        shares,
        rows,
        files,
    })
}

fn berkas_row(i: usize, b: &Berkas) -> Vec<String> {
    let mut note = vec![if b.closed {
        "Ditutup".to_owned()
    } else {
        "Terbuka".to_owned()
    }];
    if let Some(place) = b.location.as_deref().filter(|l| !l.trim().is_empty()) {
        note.push(place.to_owned());
    }
    let r = &b.retention;
    if let Some(day) = &r.inactive_display {
        note.push(format!("Inaktif {day}"));
    }
    if let Some(day) = &r.disposition_display {
        note.push(format!("{} {day}", r.disposition_label));
    }
    for done in [&b.moved, &b.disposed].into_iter().flatten() {
        note.push(format!(
            "{} {} (BA {})",
            done.label, done.done_display, done.ba_number
        ));
    }
    if b.security != Security::Biasa {
        note.push(b.security.label().to_owned());
    }
    vec![
        (i + 1).to_string(),
        b.code.clone(),
        b.number.clone(),
        b.unit.clone(),
        b.description.clone(),
        b.period_label.clone(),
        format!("{} item", b.item_count),
        note.join("; "),
    ]
}

fn due_row(i: usize, b: &Berkas, due: DueKind) -> Vec<String> {
    let r = &b.retention;
    let (date, note) = match due {
        DueKind::Pindah => (
            r.inactive_display.clone(),
            "Pindah ke Unit Kearsipan".to_owned(),
        ),
        _ => (r.disposition_display.clone(), r.disposition_label.clone()),
    };
    vec![
        (i + 1).to_string(),
        b.code.clone(),
        b.number.clone(),
        b.description.clone(),
        b.period_label.clone(),
        format!("{} item", b.item_count),
        format!("{} th / {} th", r.active_years, r.inactive_years),
        date.unwrap_or_default(),
        note,
    ]
}

fn xlsx_err(e: XlsxError) -> Error {
    Error::Internal(crate::tr!("xlsx-failed", error = e))
}

/// The list as an XLSX workbook: the office's name and address, the list's title and its
/// summary above, the column titles bold and frozen under them, the rows as text (whole
/// numbers as numbers).
pub fn archive_list_xlsx(list: &ArchiveList) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let name: String = list.kind.name().chars().take(31).collect();
    sheet.set_name(&name).map_err(xlsx_err)?;
    let bold = Format::new().set_bold();
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color("#E0E0E0");
    let cell = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let mut line = 0;
    for (i, text) in list.letterhead.iter().enumerate() {
        match i {
            0 => sheet.write_string_with_format(line, 0, text, &bold),
            _ => sheet.write_string(line, 0, text),
        }
        .map_err(xlsx_err)?;
        line += 1;
    }
    sheet
        .write_string_with_format(line, 0, &list.title, &bold)
        .map_err(xlsx_err)?;
    sheet
        .write_string(line + 1, 0, &list.summary)
        .map_err(xlsx_err)?;
    let head_row = line + 3;
    for (col, (title, share)) in list.columns.iter().zip(&list.shares).enumerate() {
        let col = col as u16;
        let width = f64::from(*share) * 1.2;
        sheet
            .set_column_width(col, width.max(6.0))
            .map_err(xlsx_err)?;
        sheet
            .write_string_with_format(head_row, col, *title, &head)
            .map_err(xlsx_err)?;
    }
    sheet.set_freeze_panes(head_row + 1, 0).map_err(xlsx_err)?;
    for (i, row) in list.rows.iter().enumerate() {
        let r = head_row + 1 + i as u32;
        for (col, text) in row.iter().enumerate() {
            let col = col as u16;
            // A whole number (the row's and an item's number) is a number to sum and sort
            // by; "001/2026" and "PR.01.01" stay text.
            let whole = !text.is_empty()
                && text.bytes().all(|b| b.is_ascii_digit())
                && (text.len() == 1 || !text.starts_with('0'));
            match text.parse::<f64>() {
                Ok(n) if whole => sheet.write_number_with_format(r, col, n, &cell),
                _ => sheet.write_string_with_format(r, col, text, &cell),
            }
            .map_err(xlsx_err)?;
        }
    }
    let props = rust_xlsxwriter::DocProperties::new()
        .set_title(list.title.clone())
        .set_author("PressDesk");
    book.set_properties(&props);
    book.save_to_buffer().map_err(xlsx_err)
}
