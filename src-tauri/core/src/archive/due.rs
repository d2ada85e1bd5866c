//! The retention lists of a year: the closed files whose computed date falls in it, due to
//! move to the records center (usul pindah), or due to be destroyed (usul musnah), handed over
//! permanently (usul serah permanen) or reviewed again.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::berkas::{all_on, Berkas};
use super::Disposition;
use crate::access::Reader;
use crate::db::Store;
use crate::error::Result;
use crate::model::Actor;
use crate::permissions::{require, Action};

/// Which list of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DueKind {
    /// Usul pindah: the files becoming inactive in the year.
    Pindah,
    /// Usul musnah: the files whose retention ends in the year and are destroyed.
    Musnah,
    /// Usul serah permanen: the files whose retention ends and are kept permanently.
    Permanen,
    /// The files whose retention ends and are to be reviewed again.
    DinilaiKembali,
}

impl DueKind {
    pub fn parse(s: &str) -> Result<DueKind> {
        match s.trim().to_lowercase().replace([' ', '-'], "_").as_str() {
            "pindah" => Ok(DueKind::Pindah),
            "musnah" => Ok(DueKind::Musnah),
            "permanen" | "serah" | "serah_permanen" => Ok(DueKind::Permanen),
            "dinilai_kembali" | "nilai_kembali" => Ok(DueKind::DinilaiKembali),
            _ => Err(crate::Error::invalid(
                "kind",
                crate::tr!("err-jenis-daftar-tidak-dikenal-pilih", s = s),
            )),
        }
    }

    /// The final disposition a list of this kind carries out (`None` for `pindah`).
    pub fn disposition(self) -> Option<Disposition> {
        match self {
            DueKind::Pindah => None,
            DueKind::Musnah => Some(Disposition::Musnah),
            DueKind::Permanen => Some(Disposition::Permanen),
            DueKind::DinilaiKembali => Some(Disposition::DinilaiKembali),
        }
    }

    /// Whether `b` is on this list of `year`: due by the end of `year` and not yet carried
    /// out, so that a file not handled in its year stays on the next year's list.
    pub fn names(self, b: &Berkas, year: i32) -> bool {
        let by_year = |d: &Option<String>| {
            d.as_deref()
                .and_then(|d| d.get(..4))
                .and_then(|y| y.parse::<i32>().ok())
                .is_some_and(|y| y <= year)
        };
        match self {
            DueKind::Pindah => b.moved.is_none() && by_year(&b.retention.inactive_on),
            final_kind => {
                b.disposed.is_none()
                    && final_kind.disposition() == Some(b.retention.disposition)
                    && by_year(&b.retention.disposition_on)
            }
        }
    }
}

/// The closed files due on list `kind` by the end of `year` and not yet carried out, by year
/// and number: what the archivist proposes to move, destroy, hand over or review that year.
pub fn retention_due(
    store: &Store,
    actor: &Actor,
    year: i32,
    kind: DueKind,
) -> Result<Vec<Berkas>> {
    require(actor, Action::Read)?;
    store.with_db(|db| {
        let reader = Reader::of(db, actor)?;
        Ok(all_on(db, None)?
            .into_iter()
            .filter(|b| kind.names(b, year))
            .map(|b| b.as_read_by(&reader))
            .collect())
    })
}
