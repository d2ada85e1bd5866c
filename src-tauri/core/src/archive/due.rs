//! The retention lists of a year: the closed files whose computed date falls in it, due to
//! move to the records center (usul pindah), or due to be destroyed (usul musnah), handed over
//! permanently (usul serah permanen) or reviewed again.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::berkas::{all_on, Berkas};
use super::Disposition;
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

    /// Whether `b` is on this list of `year`.
    pub fn names(self, b: &Berkas, year: i32) -> bool {
        let in_year =
            |d: &Option<String>| d.as_deref().and_then(|d| d.get(..4)) == Some(&*year.to_string());
        match self {
            DueKind::Pindah => in_year(&b.retention.inactive_on),
            DueKind::Musnah | DueKind::Permanen | DueKind::DinilaiKembali => {
                let wanted = match self {
                    DueKind::Musnah => Disposition::Musnah,
                    DueKind::Permanen => Disposition::Permanen,
                    _ => Disposition::DinilaiKembali,
                };
                b.retention.disposition == wanted && in_year(&b.retention.disposition_on)
            }
        }
    }
}

/// The closed files due on list `kind` in `year`, by year and number: what the archivist
/// proposes to move, destroy, hand over or review that year.
pub fn retention_due(
    store: &Store,
    actor: &Actor,
    year: i32,
    kind: DueKind,
) -> Result<Vec<Berkas>> {
    require(actor, Action::Read)?;
    let all = store.with_db(|db| all_on(db, None))?;
    Ok(all.into_iter().filter(|b| kind.names(b, year)).collect())
}
