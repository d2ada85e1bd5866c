//! Printing: PDF documents written with pdf-writer, DejaVu Sans embedded and subset, streams
//! compressed, images never re-encoded lossily, pages written out as they are made: the release
//! sheet, filing labels and their calibration page, the numbered filing index (Daftar Arsip),
//! the Buku Agenda ledger, the other SOPs' record books, the duty roster, the period
//! reports and the archivist's lists (Daftar Berkas, Daftar Isi Berkas, retention lists), all
//! but the labels in one page frame (`frame`). The files form layers with no import loop:
//! `base` → `pdf` → `fonts`, `images` → `canvas` → `table`, `grid`, `qr` →
//! `frame` → the documents → `document` → `shown`.

mod archive_pdf;
mod base;
mod berita_acara;
mod calibration;
mod canvas;
mod context;
mod document;
mod fonts;
mod frame;
mod grid;
mod groups_pdf;
mod images;
mod index;
mod label_sheet;
mod labels;
mod ledger;
mod ledger_cells;
mod ledger_load;
mod ledger_paraf;
mod pdf;
mod photos;
mod published_pdf;
mod qr;
mod record_book;
mod roster_pdf;
mod scan;
mod sheet;
mod sheet_input;
mod shown;
mod sop_pdf;
mod stock;
mod table;
mod text;
mod trail;

pub use archive_pdf::archive_list_pdf;
pub use base::Paper;
pub use calibration::calibration_page;
pub use document::{record_book, record_book_for, render as render_document, DocumentRequest};
pub use frame::Closing;
pub use groups_pdf::groups_pdf;
pub use index::{filing_index_pdf, filing_index_to, IndexInput};
pub use labels::{folder_labels, release_labels, FolderLabel, LabelKind};
pub use ledger::{render_ledger, render_ledger_with, LedgerInput};
pub use ledger_load::{ledger_pdf, ledger_pdf_for, ledger_pdf_to, ledger_pdf_with};
pub use published_pdf::published_report_pdf;
pub use record_book::{record_book_pdf, record_book_pdf_to};
pub use roster_pdf::roster_pdf;
pub use sheet::{release_sheet, release_sheet_for, render_release_sheet};
pub use sheet_input::SheetInput;
pub use shown::Shown;
pub use sop_pdf::sop_report_pdf;
pub use stock::{builtin_stocks, find_stock, label_boxes};
pub use stock::{LabelBox, LabelJob, LabelStock};
