//! What the period reports share — letterhead, title, the Kadis's sign-off, running header and
//! footer — and their loading from the store; the ledger's entry point.

use rusqlite::{Connection, OptionalExtension};

use super::canvas::{Canvas, Ink, Style, MARGIN_TOP};
use super::fonts::Weight;
use super::images::Embedded;
use super::ledger::{render_ledger_with, LedgerInput};
use super::sheet::fit;
use super::Paper;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::job::Job;
use crate::office::{self, Office};
use crate::period::Period;
use crate::reports;
use crate::{audit, timefmt};

const FOOT: Style = Style::new(Weight::Regular, 7.0).ink(Ink::Grey);

/// The "Mengetahui, Kepala Dinas" block: place and date, the Kadis's name, rank and NIP.
pub struct Closing {
    /// "Tanjung Selor, 22 November 2026"
    pub place_date: String,
    pub name: Option<String>,
    /// Pangkat/golongan, "Pembina Utama Muda (IV/c)"; the line is left out when not given.
    pub rank: Option<String>,
    pub nip: Option<String>,
}

/// What the store says the reports need: the office, its Kadis and the printing time.
pub(super) struct Context {
    pub office: Office,
    pub closing: Closing,
    pub audit_head: String,
    pub printed_at: String,
}

pub(super) fn context(store: &Store) -> Result<Context> {
    store.with_conn(|c| {
        let office =
            office::get(c)?.ok_or_else(|| Error::Conflict("Profil kantor belum dibuat.".into()))?;
        let now = timefmt::now();
        let date = timefmt::format_date(timefmt::local_date(now, office.timezone));
        let kadis = kadis(c)?;
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
            audit_head: audit::head(c)?,
            office,
        })
    })
}

/// The active Kadis's name, NIP and rank.
fn kadis(c: &Connection) -> Result<Option<(String, String, String)>> {
    Ok(c.query_row(
        "SELECT name, nip, rank FROM users WHERE role = 'Kadis' AND active = 1 ORDER BY id LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()?)
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
pub(crate) fn town(address: &str) -> Option<String> {
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

/// Loads the period's rows, the office, its Kadis and the initials, then renders the ledger.
pub fn ledger_pdf(store: &Store, period: &Period, paper: Paper) -> Result<Vec<u8>> {
    ledger_pdf_with(store, period, paper, &Job::none())
}

/// `ledger_pdf` that reports its progress to `job` and stops when it is cancelled.
pub fn ledger_pdf_with(store: &Store, period: &Period, paper: Paper, job: &Job) -> Result<Vec<u8>> {
    job.step("Membaca Buku Agenda…", 0, 1, 0, 0)?;
    let rows = reports::ledger_rows(store, period)?;
    job.step("Membaca Buku Agenda…", 1, 1, 0, 5)?;
    let ctx = context(store)?;
    let files = store.files();
    // A paper paraf's scan prints small: its thumbnail is read, not the scan itself (a PDF
    // scan has none and is read whole).
    let scans: std::collections::HashSet<&str> = rows
        .iter()
        .flat_map(|r| [&r.paraf_kadis, &r.paraf_kabid])
        .flatten()
        .filter_map(|m| m.scan_sha.as_deref())
        .collect();
    let images = |sha: &str| {
        let thumb = scans
            .contains(sha)
            .then(|| files.thumb_path(sha).ok())
            .flatten();
        thumb
            .and_then(|p| std::fs::read(p).ok())
            .or_else(|| std::fs::read(files.file_path(sha).ok()?).ok())
    };
    let label = period.label()?;
    let input = LedgerInput {
        office: &ctx.office,
        period_label: &label,
        rows: &rows,
        closing: ctx.closing,
        audit_head: &ctx.audit_head,
        printed_at: &ctx.printed_at,
        images: &images,
    };
    let pdf = render_ledger_with(&input, paper, job);
    drop(rows);
    crate::memory::give_back();
    pdf
}

/// Kop surat: the logo at the left, the office name and address centred, a double rule.
pub(super) fn letterhead(c: &mut Canvas, office: &Office, logo: Option<&Embedded>) {
    const LOGO: f32 = 20.0;
    let (left, right) = (c.left(), c.right());
    let inset = if logo.is_some() { LOGO + 4.0 } else { 0.0 };
    let name = Style::new(Weight::Bold, 13.5);
    let address = Style::new(Weight::Regular, 9.0);
    let width = right - left - 2.0 * inset;
    let names = c
        .fonts
        .wrap(name.weight, name.size, &office.name.to_uppercase(), width);
    let addresses = c
        .fonts
        .wrap(address.weight, address.size, &office.address, width);
    let text_h = names.len() as f32 * name.line_height()
        + 1.0
        + addresses.len() as f32 * address.line_height();
    let block = if logo.is_some() {
        text_h.max(LOGO)
    } else {
        text_h
    };
    let top = c.y;
    if let Some(logo) = logo {
        let (w, h) = fit(logo.aspect(), LOGO, LOGO);
        let bbox = c.box_pt(left + (LOGO - w) / 2.0, top + (block - h) / 2.0, w, h);
        c.image(&logo.id, logo.placement(bbox));
    }
    let mut y = top + (block - text_h) / 2.0;
    for line in &names {
        c.text_centered(left + inset, right - inset, y, line, name);
        y += name.line_height();
    }
    y += 1.0;
    for line in &addresses {
        c.text_centered(left + inset, right - inset, y, line, address);
        y += address.line_height();
    }
    let rule = top + block + 2.0;
    c.line(left, rule, right, rule, 2.2, Ink::Black);
    c.line(left, rule + 1.2, right, rule + 1.2, 0.7, Ink::Black);
    c.y = rule + 5.0;
}

/// The document's title, its period and a one-line summary, centred.
pub(super) fn title_block(c: &mut Canvas, title: &str, period: &str, summary: &str) {
    let (left, right) = (c.left(), c.right());
    let lines = [
        (title.to_owned(), Style::new(Weight::Bold, 13.0)),
        (format!("Periode: {period}"), Style::new(Weight::Bold, 10.0)),
        (
            summary.to_owned(),
            Style::new(Weight::Regular, 8.5).ink(Ink::Grey),
        ),
    ];
    for (text, style) in lines {
        for line in c.fonts.wrap(style.weight, style.size, &text, right - left) {
            let top = c.y;
            c.text_centered(left, right, top, &line, style);
            c.y += style.line_height();
        }
        c.y += 0.6;
    }
    c.y += 2.5;
}

/// The Kadis's sign-off at the right, kept whole on one page; blank lines when no Kadis.
/// Returns the top of the block on the page it went to, for what is drawn beside it.
pub(super) fn closing_block(c: &mut Canvas, closing: &Closing) -> f32 {
    let text = Style::new(Weight::Regular, 9.5);
    let bold = Style::new(Weight::Bold, 9.5);
    c.y += 7.0;
    c.ensure(text.line_height() * 7.0 + 20.0);
    let top = c.y;
    let (left, right) = (c.right() - 85.0, c.right());
    let line = |c: &mut Canvas, s: &str, style: Style| {
        let top = c.y;
        c.text_centered(left, right, top, s, style);
        c.y += style.line_height();
    };
    line(c, &closing.place_date, text);
    line(c, "Mengetahui,", text);
    line(c, "Kepala Dinas", bold);
    c.y += 18.0;
    match &closing.name {
        Some(name) => {
            let w = c.fonts.width(bold.weight, bold.size, name);
            let mid = (left + right) / 2.0;
            let under = c.y + bold.line_height() - 0.4;
            line(c, name, bold);
            c.line(mid - w / 2.0, under, mid + w / 2.0, under, 0.6, Ink::Black);
        }
        None => line(c, "(.........................................)", text),
    }
    if let Some(rank) = &closing.rank {
        line(c, rank, text);
    }
    let nip = closing
        .nip
        .as_deref()
        .unwrap_or("..............................");
    line(c, &format!("NIP. {nip}"), text);
    top
}

pub(super) struct Furniture<'a> {
    /// Running header of continuation pages, left.
    pub running: String,
    /// Right of the running header.
    pub office: &'a str,
    pub printed_at: &'a str,
    /// Centre of the footer.
    pub middle: String,
}

/// Running header of continuation pages and the footer of every page, drawn last because
/// the footer needs the page count.
pub(super) fn furniture(c: &mut Canvas, f: &Furniture) {
    let total = c.page_count();
    for index in 0..total {
        c.on_page(index, |c| {
            let (left, right) = (c.left(), c.right());
            if index > 0 {
                let head = Style::new(Weight::Bold, 8.0).ink(Ink::Grey);
                let used = c.text(left, MARGIN_TOP, &f.running, head);
                let room = c.content_width() - used - 8.0;
                let office = c.fonts.ellipsize(head.weight, head.size, f.office, room);
                c.text_right(right, MARGIN_TOP, &office, head);
                let rule = MARGIN_TOP + head.line_height() + 0.8;
                c.line(left, rule, right, rule, 0.5, Ink::Grey);
            }
            let rule = c.height - 15.0;
            c.line(left, rule, right, rule, 0.5, Ink::Grey);
            let top = rule + 1.2;
            c.text(left, top, &format!("Dicetak {}", f.printed_at), FOOT);
            c.text_centered(left, right, top, &f.middle, FOOT);
            let page = format!("Halaman {} dari {total}", index + 1);
            c.text_right(right, top, &page, FOOT);
        });
    }
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
