//! The archive by the national rules (UU 43/2009, PP 28/2012; issue 17): the office's
//! classification scheme (codes with their retention and security classification, imported
//! from CSV), the code each archived release carries (suggested from its news type), the files
//! (berkas) an archivist gathers archived releases into, the retention computed from a file's
//! end and its code, and the lists of files due to move or to their final disposition in a
//! year. Who may open a restricted release is `crate::access`.
//!
//! The API the prints and the UI read (every function takes the `Store` and the `Actor`):
//! - scheme: [`list_codes`], [`import_codes`] (CSV text, all or nothing), [`suggestions`],
//!   [`set_suggestion`], [`release_class`], [`classify_release`];
//! - files: [`open_berkas`], [`close_berkas`], [`add_to_berkas`], [`list_berkas`],
//!   [`get_berkas`] (one file with its items), [`berkas_details`] (every file of a year with
//!   its items: the Daftar Isi Berkas);
//! - retention: [`retention_due`] (usul pindah / musnah / serah permanen / dinilai kembali);
//! - the lists in the national columns: [`archive_list`], [`archive_list_xlsx`].

mod berkas;
mod disposal;
mod due;
mod import;
mod items;
mod lists;
mod retention;
mod scheme;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::access::Security;
use crate::error::{Error, Result};

pub use berkas::{close_berkas, list_berkas, open_berkas, Berkas, BerkasInput, Disposal};
pub use disposal::{record_disposal, DisposalInput};
pub use due::{retention_due, DueKind};
pub use import::{import_codes, ImportReport};
pub use items::{add_to_berkas, berkas_details, get_berkas, BerkasDetail, BerkasItem};
pub use lists::{archive_list, archive_list_xlsx, ArchiveList, ListKind};
pub use retention::{after_years, Retention};
pub(crate) use scheme::assign_suggested;
pub use scheme::{
    classify_release, list_codes, release_class, set_suggestion, suggestions, ClassifyInput,
    ReleaseClass, Suggestion,
};

/// What happens to a record at the end of its retention (keterangan akhir of the JRA).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum Disposition {
    #[serde(rename = "musnah")]
    Musnah,
    #[serde(rename = "dinilai kembali")]
    DinilaiKembali,
    #[serde(rename = "permanen")]
    Permanen,
}

impl Disposition {
    pub const ALL: [Disposition; 3] = [
        Disposition::Musnah,
        Disposition::DinilaiKembali,
        Disposition::Permanen,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Disposition::Musnah => "musnah",
            Disposition::DinilaiKembali => "dinilai kembali",
            Disposition::Permanen => "permanen",
        }
    }

    /// "Musnah", in the interface language; Indonesian on a print.
    pub fn label(self) -> &'static str {
        crate::i18n::label(match self {
            Disposition::Musnah => "disposition-musnah",
            Disposition::DinilaiKembali => "disposition-dinilai-kembali",
            Disposition::Permanen => "disposition-permanen",
        })
    }

    pub fn parse(s: &str) -> Result<Disposition> {
        let s = s.trim().to_lowercase();
        Disposition::ALL
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or_else(|| {
                Error::invalid(
                    "disposition",
                    crate::tr!("err-keterangan-akhir-tidak-dikenal-pilih", s = s),
                )
            })
    }
}

/// One code of the classification scheme with its retention (Jadwal Retensi Arsip) and its
/// security classification.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ClassCode {
    /// "PR.01.01"
    pub code: String,
    pub name: String,
    /// Years the record stays active (retensi aktif).
    pub active_years: i64,
    /// Years it then stays inactive (retensi inaktif).
    pub inactive_years: i64,
    pub disposition: Disposition,
    pub disposition_label: String,
    pub security: Security,
    pub security_label: String,
}

/// "003/2026": a file's number within its year, the key it is named by.
pub(crate) fn number_of(year: i64, seq: i64) -> String {
    format!("{seq:03}/{year}")
}

/// A code as typed: trimmed and upper-case, so "pr.01.01 " and "PR.01.01" are one code.
pub(crate) fn norm_code(code: &str) -> String {
    code.trim().to_uppercase()
}
