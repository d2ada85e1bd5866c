//! The Buku Agenda as a spreadsheet: CSV (UTF-8 with a byte-order mark so Excel reads it right,
//! comma-separated, quoted where needed) or XLSX (bold frozen header, sized columns).

use rust_xlsxwriter::{Format, FormatAlign, Workbook, XlsxError};

use super::{ledger_rows, LedgerRow, LEDGER_COLUMNS};
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::Actor;
use crate::period::Period;
use crate::permissions::{require, Action};

/// Column widths of the XLSX, in characters.
const WIDTHS: [f64; 14] = [
    11.0, 24.0, 36.0, 28.0, 60.0, 18.0, 7.0, 12.0, 12.0, 16.0, 18.0, 28.0, 26.0, 30.0,
];

/// The ledger rows of `period` as `csv` or `xlsx` bytes.
pub fn export_agenda(
    store: &Store,
    actor: &Actor,
    period: &Period,
    format: &str,
) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    require(actor, Action::Read)?;
    match format.trim().to_ascii_lowercase().as_str() {
        "csv" => csv_bytes(&ledger_rows(store, actor, period)?),
        "xlsx" => xlsx_bytes(&ledger_rows(store, actor, period)?, &period.label()?),
        other => Err(Error::invalid(
            "format",
            crate::tr!("err-format-tidak-dikenal-pilih-csv", other = other),
        )),
    }
}

fn csv_err(e: impl std::fmt::Display) -> Error {
    Error::Internal(crate::tr!("csv-failed", error = e))
}

fn xlsx_err(e: XlsxError) -> Error {
    Error::Internal(crate::tr!("xlsx-failed", error = e))
}

fn csv_bytes(rows: &[LedgerRow]) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(64 + rows.len() * 256);
    out.extend_from_slice("\u{FEFF}".as_bytes());
    let mut w = csv::Writer::from_writer(out);
    w.write_record(LEDGER_COLUMNS).map_err(csv_err)?;
    for row in rows {
        w.write_record(row.texts()).map_err(csv_err)?;
    }
    w.into_inner().map_err(csv_err)
}

fn xlsx_bytes(rows: &[LedgerRow], period: &str) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Buku Agenda").map_err(xlsx_err)?;
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color("#E0E0E0");
    let cell = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for (col, (title, width)) in LEDGER_COLUMNS.iter().zip(WIDTHS).enumerate() {
        let col = col as u16;
        sheet.set_column_width(col, width).map_err(xlsx_err)?;
        sheet
            .write_string_with_format(0, col, *title, &head)
            .map_err(xlsx_err)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(xlsx_err)?;
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        for (col, text) in row.texts().iter().enumerate() {
            let col = col as u16;
            if col == 6 {
                let n = row.evidence_count as f64;
                sheet
                    .write_number_with_format(r, col, n, &cell)
                    .map_err(xlsx_err)?;
            } else {
                sheet
                    .write_string_with_format(r, col, text, &cell)
                    .map_err(xlsx_err)?;
            }
        }
    }
    let last = rows.len() as u32;
    sheet
        .autofilter(0, 0, last, LEDGER_COLUMNS.len() as u16 - 1)
        .map_err(xlsx_err)?;
    let props = rust_xlsxwriter::DocProperties::new()
        .set_title(format!("Buku Agenda Press Release {period}"))
        .set_author("PressDesk");
    book.set_properties(&props);
    book.save_to_buffer().map_err(xlsx_err)
}
