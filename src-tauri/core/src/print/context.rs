//! What the framed documents read from the store besides their own rows: the office, its
//! Kadis for the sign-off (name, rank, NIP shown in groups), the town and date the sign-off is
//! dated at, the printing time and the audit chain's head.

use super::frame::Closing;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::office::Office;
use crate::sql::Db;
use crate::{args, audit, timefmt};

/// What the store says the reports need: the office, its Kadis and the printing time.
pub(super) struct Context {
    pub office: Office,
    pub closing: Closing,
    pub audit_head: String,
    pub printed_at: String,
    /// The office's logo as stored, when it has one that can be read.
    pub logo: Option<Vec<u8>>,
}

pub(super) fn context(store: &Store) -> Result<Context> {
    let mut ctx = store.with_db(|db| {
        let office = office_on(db)?;
        let now = timefmt::now();
        let date = timefmt::format_date(timefmt::local_date(now, office.timezone));
        let kadis = kadis(db)?;
        Ok(Context {
            closing: Closing {
                place_date: match town(&office.address) {
                    Some(town) => format!("{town}, {date}"),
                    None => date,
                },
                name: kadis.as_ref().map(|k| k.0.clone()),
                rank: kadis
                    .as_ref()
                    .map(|k| k.2.clone())
                    .filter(|r| !r.trim().is_empty()),
                nip: kadis.map(|k| nip_display(&k.1)),
            },
            printed_at: timefmt::format_datetime(now, office.timezone),
            audit_head: audit::head(db)?,
            office,
            logo: None,
        })
    })?;
    // Read after the connection is handed back: no lock is held while reading files (on a
    // server the logo is fetched into the desk's cache the first time).
    ctx.logo = ctx
        .office
        .logo_sha
        .as_deref()
        .and_then(|sha| std::fs::read(store.file_path(sha).ok()?).ok());
    Ok(ctx)
}

/// The office profile the documents print, on either store; refused before it is made.
pub(super) fn office_on(db: &Db) -> Result<Office> {
    crate::office::get(db)?.ok_or_else(|| {
        Error::Conflict(crate::i18n::for_user(|| {
            crate::tr!("err-profil-kantor-belum-dibuat")
        }))
    })
}

/// A stored file's bytes for a document being made inside `db`'s transaction: from the
/// store's folder, or on a server from the desk's cache, fetched into it through `db` first
/// (the store's own session is busy with this transaction).
pub(super) fn cache_file(store: &Store, db: &Db, sha: &str) -> Result<()> {
    let path = store.files().file_path(sha)?;
    if store.session().is_none() || path.exists() {
        return Ok(());
    }
    store
        .files()
        .write_streamed(&path, |to| crate::sql::contents::get(db, sha, to))
}

/// The active Kadis's name, NIP and rank.
fn kadis(db: &Db) -> Result<Option<(String, String, String)>> {
    db.query_opt(
        "SELECT name, nip, rank FROM users WHERE role = 'Kadis' AND active = 1 ORDER BY id LIMIT 1",
        args![],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}

/// "19680512 199303 1 004" for an 18-digit NIP; anything else as it is.
fn nip_display(nip: &str) -> String {
    if nip.len() == 18 && nip.bytes().all(|b| b.is_ascii_digit()) {
        format!(
            "{} {} {} {}",
            &nip[..8],
            &nip[8..14],
            &nip[14..15],
            &nip[15..]
        )
    } else {
        nip.to_owned()
    }
}

/// The first town named in an address: "Jl. Kolonel Soetadji, Tanjung Selor" → "Tanjung Selor".
fn town(address: &str) -> Option<String> {
    const NOT_TOWN: [&str; 14] = [
        "jl", "jalan", "no", "nomor", "rt", "rw", "kel", "kec", "desa", "kode pos", "telp", "fax",
        "email", "gedung",
    ];
    address
        .split([',', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .find(|p| {
            let lower = p.to_lowercase();
            !p.starts_with(|c: char| c.is_ascii_digit())
                && !NOT_TOWN.iter().any(|w| {
                    lower.starts_with(w)
                        && !lower[w.len()..].starts_with(|c: char| c.is_alphabetic())
                })
        })
        .map(|p| {
            let p = ["Kota ", "Kabupaten ", "Kab. "]
                .iter()
                .find_map(|pre| p.strip_prefix(pre))
                .unwrap_or(p);
            p.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ')
                .to_owned()
        })
        .filter(|p| !p.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn towns_and_nips() {
        assert_eq!(
            town("Jl. Kolonel Soetadji, Tanjung Selor").as_deref(),
            Some("Tanjung Selor")
        );
        assert_eq!(
            town("Jalan Merdeka No. 5, Kota Tarakan 77111").as_deref(),
            Some("Tarakan")
        );
        assert_eq!(town("Jl. Sudirman No. 1"), None);
        assert_eq!(town(""), None);
        assert_eq!(nip_display("196805121993031004"), "19680512 199303 1 004");
    }
}
