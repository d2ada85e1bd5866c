//! The rows of the Buku Agenda for a period, read in one streaming SQL statement: every release
//! received in the period with its parafs, decision, first publication and archive place;
//! collected, or handed on one at a time for the printed ledger.

use serde::Serialize;
use ts_rs::TS;

use crate::access::{security_of, Reader};
use crate::db::Store;
use crate::error::Result;
use crate::model::TimeZone;
use crate::model::{Actor, Status};
use crate::period::Period;
use crate::sql::{Db, Dialect, Row};
use crate::{args, office, timefmt};

/// A live (not revoked) paraf as the ledger shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ParafMark {
    /// Who initialed.
    pub name: String,
    /// On paper (a scan is kept) rather than on screen.
    pub paper: bool,
    /// The screen initials (PNG, by SHA-256); `None` for paper.
    pub initials_sha: Option<String>,
    /// The scan of a paper paraf (by SHA-256); `None` on screen.
    pub scan_sha: Option<String>,
    /// A paper paraf the official confirmed as theirs (always false on screen).
    pub confirmed: bool,
}

/// One line of the Buku Agenda Press Release.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LedgerRow {
    pub release_id: String,
    pub agenda_no: String,
    /// Stored UTC time.
    pub received_at: String,
    /// "21 November 2026"
    pub received_date: String,
    /// "14.05 WITA"
    pub received_time: String,
    pub sender_org: String,
    pub sender_contact: String,
    pub letter_no: String,
    /// `YYYY-MM-DD`
    pub letter_date: Option<String>,
    pub letter_date_display: Option<String>,
    pub title: String,
    pub news_type: String,
    pub evidence_count: i64,
    pub paraf_kadis: Option<ParafMark>,
    pub paraf_kabid: Option<ParafMark>,
    /// "Disetujui", "Tidak disetujui", "Ditarik" or "—".
    pub decision: String,
    /// Stored UTC time of the first publication.
    pub online_at: Option<String>,
    /// Its date, "22 November 2026".
    pub online_display: Option<String>,
    pub archive_no: Option<String>,
    /// "Lemari A · Laci 1 · Map X"
    pub location: Option<String>,
    pub remarks: String,
}

/// The columns of the ledger, as printed and exported.
pub const LEDGER_COLUMNS: [&str; 14] = [
    "No. agenda",
    "Tanggal diterima",
    "Pengirim",
    "No. / tgl. surat",
    "Judul",
    "Jenis berita",
    "Bukti",
    "Paraf Kadis",
    "Paraf Kabid",
    "Keputusan",
    "Tanggal tayang",
    "No. arsip",
    "Lokasi simpan",
    "Keterangan",
];

impl LedgerRow {
    /// "Dinas X (Budi, 0812…)"
    pub fn sender_text(&self) -> String {
        match self.sender_contact.trim() {
            "" => self.sender_org.trim().to_owned(),
            contact => format!("{} ({contact})", self.sender_org.trim()),
        }
    }

    /// "045/DPUPR/XI/2026, 20 November 2026"
    pub fn letter_text(&self) -> String {
        match (self.letter_no.trim(), &self.letter_date_display) {
            ("", None) => "—".to_owned(),
            ("", Some(date)) => date.clone(),
            (no, None) => no.to_owned(),
            (no, Some(date)) => format!("{no}, {date}"),
        }
    }

    /// The row as plain text, one value per column of [`LEDGER_COLUMNS`]; a paraf is "ya"
    /// ("ya (kertas)" on paper) or "—".
    pub fn texts(&self) -> [String; 14] {
        let paraf = |m: &Option<ParafMark>| match m {
            Some(m) if m.paper && m.confirmed => "ya (kertas, dikonfirmasi)".to_owned(),
            Some(m) if m.paper => "ya (kertas, belum dikonfirmasi)".to_owned(),
            Some(_) => "ya".to_owned(),
            None => "—".to_owned(),
        };
        let opt = |o: &Option<String>| o.clone().unwrap_or_else(|| "—".into());
        [
            self.agenda_no.clone(),
            format!("{}, {}", self.received_date, self.received_time),
            self.sender_text(),
            self.letter_text(),
            self.title.clone(),
            self.news_type.clone(),
            self.evidence_count.to_string(),
            paraf(&self.paraf_kadis),
            paraf(&self.paraf_kabid),
            self.decision.clone(),
            opt(&self.online_display),
            opt(&self.archive_no),
            opt(&self.location),
            super::or_dash(&self.remarks),
        ]
    }
}

/// The live paraf of a role: the latest one not revoked.
/// The latest live paraf of a role (`{role}`) as `{p}`, and the live archive number as `a`.
/// SQLite looks each up by an id subquery, run per row through its index; PostgreSQL plans
/// that form as a hash of the whole table (0.5 s for a year of a decade's store), and a
/// LATERAL lookup per row as SQLite does it (0.2 s). Neither has the other's form.
const LATEST_PARAF: [&str; 2] = [
    "LEFT JOIN parafs {p} ON {p}.id = (SELECT id FROM parafs WHERE release_id = r.id
        AND role = {role} AND revoked_at IS NULL ORDER BY id DESC LIMIT 1)",
    "LEFT JOIN LATERAL (SELECT * FROM parafs WHERE release_id = r.id AND role = {role}
        AND revoked_at IS NULL ORDER BY id DESC LIMIT 1) {p} ON true",
];

const LIVE_ARCHIVE_NO: [&str; 2] = [
    "LEFT JOIN archive_numbers a ON a.id = (SELECT max(id) FROM archive_numbers
        WHERE release_id = r.id AND voided_at IS NULL)",
    "LEFT JOIN LATERAL (SELECT * FROM archive_numbers WHERE release_id = r.id
        AND voided_at IS NULL ORDER BY id DESC LIMIT 1) a ON true",
];

const CONFIRMED: &str = "EXISTS (SELECT 1 FROM paper_paraf_reviews v
    WHERE v.paraf_id = {p}.id AND v.outcome = 'confirmed')";

/// The voided archive numbers of a release, joined: the stores name the aggregate apart.
const VOIDED: [&str; 2] = [
    "group_concat(v.number || ': ' || v.void_reason, '; ')",
    "string_agg(v.number || ': ' || v.void_reason, '; ' ORDER BY v.id)",
];

fn query(dialect: Dialect) -> String {
    let pg = usize::from(dialect == Dialect::Postgres);
    format!(
        "SELECT r.uid, r.agenda_year, r.agenda_seq, r.received_at, r.sender_org,
            r.sender_contact, r.letter_no, r.letter_date, r.title, n.name,
            (SELECT count(*) FROM evidence e WHERE e.release_id = r.id AND e.removed_at IS NULL),
            pk.medium, pk.initials_sha, uk.name, pb.medium, pb.initials_sha, ub.name,
            r.status, a.prior_status,
            (SELECT min(published_at) FROM publications p WHERE p.release_id = r.id),
            a.number, c.code, d.code, f.code, r.remarks, r.not_published_reason,
            CASE WHEN r.withdrawn_at IS NOT NULL THEN coalesce(r.withdraw_reason, '') END,
            r.corrected_at,
            (SELECT {voided} FROM archive_numbers v
             WHERE v.release_id = r.id AND v.voided_at IS NOT NULL),
            pk.scan_sha, {confirmed_k}, pb.scan_sha, {confirmed_b}, {security}
        FROM releases r
        JOIN news_types n ON n.id = r.news_type_id
        {kadis}
        LEFT JOIN users uk ON uk.id = pk.user_id
        {kabid}
        LEFT JOIN users ub ON ub.id = pb.user_id
        {archive_no}
        LEFT JOIN folders f ON f.id = a.folder_id
        LEFT JOIN drawers d ON d.id = f.drawer_id
        LEFT JOIN cabinets c ON c.id = d.cabinet_id
        WHERE r.received_at >= ?1 AND r.received_at < ?2
        ORDER BY r.agenda_year, r.agenda_seq",
        kadis = LATEST_PARAF[pg]
            .replace("{p}", "pk")
            .replace("{role}", "?3"),
        kabid = LATEST_PARAF[pg]
            .replace("{p}", "pb")
            .replace("{role}", "?4"),
        archive_no = LIVE_ARCHIVE_NO[pg],
        confirmed_k = CONFIRMED.replace("{p}", "pk"),
        confirmed_b = CONFIRMED.replace("{p}", "pb"),
        voided = VOIDED[pg],
        security = crate::security_of_r!(),
    )
}

/// Every release received in `period` (office zone), in agenda order, as `actor` may see them:
/// a release they may not open keeps its numbers, dates, sender and decision, never its title,
/// remarks nor paper scans (`crate::access`).
pub fn ledger_rows(store: &Store, actor: &Actor, period: &Period) -> Result<Vec<LedgerRow>> {
    let mut out = Vec::new();
    store.with_db(|db| {
        let reader = Reader::of(db, actor)?;
        each_ledger_row(db, &reader, period, &mut |r| {
            out.push(r);
            Ok(())
        })
    })?;
    Ok(out)
}

/// The same rows handed to `f` one at a time as the statement steps, so that a decade's
/// ledger is never in memory at once (on either store). `f` must not use `db`.
pub(crate) fn each_ledger_row(
    db: &Db,
    reader: &Reader,
    period: &Period,
    f: &mut dyn FnMut(LedgerRow) -> Result<()>,
) -> Result<()> {
    let tz = office::timezone_on(db)?;
    let (from, to) = period.bounds(tz)?;
    db.for_each(
        &query(db.dialect()),
        args![from, to, "Kadis", "Kabid"],
        |r| f(row(r, tz, reader)?),
    )
}

/// The paraf whose medium, initials and name are at `at`.., its scan and confirmation at `scan`..
fn mark(r: &Row, at: usize, scan: usize, open: bool) -> Result<Option<ParafMark>> {
    let Some(medium) = r.get::<Option<String>>(at)? else {
        return Ok(None);
    };
    Ok(Some(ParafMark {
        paper: medium == "paper",
        initials_sha: r.get(at + 1)?,
        name: r.get::<Option<String>>(at + 2)?.unwrap_or_default(),
        scan_sha: r.get::<Option<String>>(scan)?.filter(|_| open),
        confirmed: r.get::<Option<bool>>(scan + 1)?.unwrap_or(false),
    }))
}

/// The decision column: a filed release reads as the state it was filed from.
fn decision(status: &str, prior: Option<&str>) -> &'static str {
    let status = Status::parse(status).ok();
    let status = match (status, prior.and_then(|p| Status::parse(p).ok())) {
        (Some(Status::Archived), Some(prior)) => Some(prior),
        (status, _) => status,
    };
    match status {
        Some(Status::Approved | Status::Published) => "Disetujui",
        Some(Status::Rejected) => "Tidak disetujui",
        _ => "—",
    }
}

fn row(r: &Row, tz: TimeZone, reader: &Reader) -> Result<LedgerRow> {
    let security = security_of(r.get::<Option<String>>(33)?.as_deref())?;
    let open = reader.may_open(security);
    let received_at: String = r.get(3)?;
    let received = timefmt::from_db(&received_at)?;
    let local = received.with_timezone(&timefmt::offset(tz));
    let letter_date: Option<String> = r.get(7)?;
    let letter_date_display = letter_date
        .as_deref()
        .and_then(|d| timefmt::parse_date("letter_date", d).ok())
        .map(timefmt::format_date);
    let status: String = r.get(17)?;
    let prior: Option<String> = r.get(18)?;
    let online_at: Option<String> = r.get(19)?;
    let online_display = match &online_at {
        Some(t) => Some(timefmt::format_date(timefmt::local_date(
            timefmt::from_db(t)?,
            tz,
        ))),
        None => None,
    };
    let place: (Option<String>, Option<String>, Option<String>) =
        (r.get(21)?, r.get(22)?, r.get(23)?);
    let location = match place {
        (Some(c), Some(d), Some(f)) => Some(crate::model::folder_location(&c, &d, &f)),
        _ => None,
    };
    let withdrawn: Option<String> = r.get(26)?;
    let corrected = match r.get::<Option<String>>(27)? {
        Some(t) => Some(timefmt::format_date(timefmt::local_date(
            timefmt::from_db(&t)?,
            tz,
        ))),
        None => None,
    };
    // What happened to the release beyond its columns, as the book notes it in words.
    let notes = [
        withdrawn
            .as_deref()
            .map(|w| format!("DITARIK pengirim: {}", w.trim())),
        corrected.map(|d| format!("Diperbaiki sebelum paraf ({d})")),
        r.get::<Option<String>>(25)?
            .map(|w| format!("Tidak ditayangkan: {}", w.trim())),
        r.get::<Option<String>>(28)?
            .map(|v| format!("Nomor arsip dibatalkan: {v}")),
    ];
    let own: String = match open {
        true => r.get::<String>(24)?.trim().to_owned(),
        false => String::new(),
    };
    let remarks = std::iter::once(own)
        .chain(notes.into_iter().flatten())
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    let decision = match withdrawn {
        Some(_) => "Ditarik",
        None => decision(&status, prior.as_deref()),
    };
    Ok(LedgerRow {
        release_id: r.get(0)?,
        agenda_no: crate::numbering::agenda_display(r.get(1)?, r.get(2)?),
        received_date: timefmt::format_date(local.date_naive()),
        received_time: format!("{} {}", local.format("%H.%M"), tz.as_str()),
        received_at,
        sender_org: r.get(4)?,
        sender_contact: r.get(5)?,
        letter_no: r.get(6)?,
        letter_date,
        letter_date_display,
        title: if open {
            r.get(8)?
        } else {
            security.masked_title()
        },
        news_type: r.get(9)?,
        evidence_count: r.get(10)?,
        paraf_kadis: mark(r, 11, 29, open)?,
        paraf_kabid: mark(r, 14, 31, open)?,
        decision: decision.to_owned(),
        online_at,
        online_display,
        archive_no: r.get(20)?,
        location,
        remarks,
    })
}
