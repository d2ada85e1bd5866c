//! The rows of an SOP's record book (Buku Jadwal Kegiatan, Laporan Berita yang Disebarluaskan,
//! Buku Agenda Informasi Publik): every record of the template received in a period, with
//! each finished step's time, who did it and their note, the websites it went to, and what
//! happened to it beyond its steps; read in one streaming statement. Also which template
//! versions a period's records were done under, for every book and ledger to say.

use crate::access::{security_of, Reader};
use crate::error::Result;
use crate::period::Period;
use crate::sql::{Db, Dialect, Row};
use crate::{args, office};

/// A finished step of a record.
#[derive(Debug, Clone)]
pub struct RecordStep {
    pub seq: i64,
    /// Stored UTC time it was done.
    pub at: String,
    pub by: String,
    pub note: String,
}

/// One row of a record book.
#[derive(Debug, Clone)]
pub struct RecordRow {
    pub agenda_no: String,
    /// Stored UTC time.
    pub received_at: String,
    pub title: String,
    pub sender_org: String,
    pub sender_contact: String,
    /// `YYYY-MM-DD`
    pub event_date: Option<String>,
    pub event_place: String,
    /// The template version the record was done under (its number, "1").
    pub version: i64,
    /// The finished steps, in order.
    pub steps: Vec<RecordStep>,
    /// The reporter the coverage was given to.
    pub assignee: Option<String>,
    /// Site name and address of each publication, in time order.
    pub sites: Vec<(String, String)>,
    /// Not approved at its deciding step.
    pub rejected: bool,
    /// The sender withdrew it: the reason.
    pub withdrawn: Option<String>,
    /// Its own remarks and what happened to it, in words.
    pub remarks: String,
}

/// Separators of the values packed by `group_concat`: ASCII unit and record separators, which
/// no field typed in a form holds.
const UNIT: char = '\u{1f}';
const RECORD: char = '\u{1e}';

const QUERY: &str = concat!(
    "SELECT r.agenda_year, r.agenda_seq, r.received_at, r.title, r.sender_org,
        r.sender_contact, r.event_date, r.event_place, v.version,
        (SELECT group_concat(t.step_seq || char(31) || t.ended_at || char(31)
                || coalesce(u.name, '') || char(31) || t.note, char(30))
         FROM step_timings t LEFT JOIN users u ON u.id = t.actor_id
         WHERE t.release_id = r.id AND t.ended_at IS NOT NULL),
        (SELECT name FROM users WHERE id = r.assignee_id),
        (SELECT group_concat(p.published_at || char(31) || s.name || char(31) || p.url, char(30))
         FROM publications p JOIN sites s ON s.id = p.site_id WHERE p.release_id = r.id),
        r.status = ?4 OR coalesce(a.prior_status, '') = ?4,
        CASE WHEN r.withdrawn_at IS NOT NULL THEN coalesce(r.withdraw_reason, '') END,
        r.remarks, r.not_published_reason, ",
    crate::security_of_r!(),
    "
    FROM releases r JOIN sop_versions v ON v.id = r.sop_version_id
    LEFT JOIN archive_numbers a ON a.id = (SELECT max(id) FROM archive_numbers
        WHERE release_id = r.id AND voided_at IS NULL)
    WHERE r.template_id = ?3 AND r.received_at >= ?1 AND r.received_at < ?2
    ORDER BY r.agenda_year, r.agenda_seq"
);

/// [`QUERY`] in the store's dialect: the server names SQLite's `group_concat` and `char`
/// `string_agg` and `chr` (the packed values are sorted after, so their order is free).
fn query(db: &Db) -> String {
    match db.dialect() {
        Dialect::Sqlite => QUERY.to_owned(),
        Dialect::Postgres => QUERY
            .replace("group_concat(", "string_agg(")
            .replace("char(", "chr("),
    }
}

/// The period's bounds in the office's zone.
fn bounds(db: &Db, period: &Period) -> Result<(String, String)> {
    period.bounds(office::timezone_on(db)?)
}

/// How many records the book of `template_id` holds for `period`, how many reached a
/// publication, and how many were withdrawn: the title block's summary, read before the rows.
pub(crate) fn record_counts(
    db: &Db,
    period: &Period,
    template_id: i64,
) -> Result<(usize, usize, usize)> {
    let (from, to) = bounds(db, period)?;
    db.query_row(
        "SELECT count(*),
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM publications p WHERE p.release_id = r.id)),
            count(r.withdrawn_at)
         FROM releases r WHERE r.template_id = ?3 AND r.received_at >= ?1 AND r.received_at < ?2",
        args![from, to, template_id],
        |r| {
            let n = |i: usize| r.get::<i64>(i).map(|v| usize::try_from(v).unwrap_or(0));
            Ok((n(0)?, n(1)?, n(2)?))
        },
    )
}

/// The records of `template_id` received in `period`, handed to `f` one at a time as the
/// store gives them (`f` must not use `db`), as `reader` may see them.
pub(crate) fn each_record_row(
    db: &Db,
    reader: &Reader,
    period: &Period,
    template_id: i64,
    f: &mut dyn FnMut(RecordRow) -> Result<()>,
) -> Result<()> {
    let (from, to) = bounds(db, period)?;
    let rejected = crate::model::Status::Rejected.as_str();
    db.for_each(&query(db), args![from, to, template_id, rejected], |r| {
        f(record_row(r, reader)?)
    })
}

fn unpack(packed: Option<String>) -> Vec<Vec<String>> {
    packed
        .unwrap_or_default()
        .split(RECORD)
        .filter(|s| !s.is_empty())
        .map(|s| s.split(UNIT).map(str::to_owned).collect())
        .collect()
}

/// One record as the book prints it; one the reader may not open keeps its numbers, dates,
/// sender and who acted when, never what was written (`crate::access`).
fn record_row(r: &Row, reader: &Reader) -> Result<RecordRow> {
    let security = security_of(r.get::<Option<String>>(16)?.as_deref())?;
    let row = unmasked_row(r)?;
    if reader.may_open(security) {
        return Ok(row);
    }
    Ok(RecordRow {
        title: security.masked_title(),
        event_place: String::new(),
        steps: row
            .steps
            .into_iter()
            .map(|s| RecordStep {
                note: String::new(),
                ..s
            })
            .collect(),
        sites: row
            .sites
            .into_iter()
            .map(|(site, _)| (site, String::new()))
            .collect(),
        withdrawn: row.withdrawn.map(|_| String::new()),
        remarks: String::new(),
        ..row
    })
}

fn unmasked_row(r: &Row) -> Result<RecordRow> {
    let mut steps: Vec<RecordStep> = unpack(r.get(9)?)
        .into_iter()
        .filter_map(|v| match v.as_slice() {
            [seq, at, by, note] => Some(RecordStep {
                seq: seq.parse().ok()?,
                at: at.clone(),
                by: by.clone(),
                note: note.trim().to_owned(),
            }),
            _ => None,
        })
        .collect();
    steps.sort_by_key(|s| s.seq);
    let mut sites: Vec<(String, String, String)> = unpack(r.get(11)?)
        .into_iter()
        .filter_map(|v| match v.as_slice() {
            [at, site, url] => Some((at.clone(), site.clone(), url.clone())),
            _ => None,
        })
        .collect();
    sites.sort();
    let withdrawn: Option<String> = r.get(13)?;
    let rejected: bool = r.get(12)?;
    // What happened beyond the steps, in words, as the Buku Agenda notes it. (A correction is
    // not noted: editing the text is what these SOPs' write, submit and verify steps are.)
    let notes = [
        withdrawn
            .as_deref()
            .map(|w| format!("DITARIK pengirim: {}", w.trim())),
        rejected.then(|| "Tidak layak tayang".to_owned()),
        r.get::<Option<String>>(15)?
            .map(|w| format!("Tidak ditayangkan: {}", w.trim())),
    ];
    let own = r.get::<String>(14)?.trim().to_owned();
    let remarks = std::iter::once(own)
        .chain(notes.into_iter().flatten())
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    Ok(RecordRow {
        agenda_no: crate::numbering::agenda_display(r.get(0)?, r.get(1)?),
        received_at: r.get(2)?,
        title: r.get(3)?,
        sender_org: r.get(4)?,
        sender_contact: r.get(5)?,
        event_date: r.get(6)?,
        event_place: r.get(7)?,
        version: r.get(8)?,
        steps,
        assignee: r.get(10)?,
        sites: sites
            .into_iter()
            .map(|(_, site, url)| (site, url))
            .collect(),
        rejected,
        withdrawn,
        remarks,
    })
}

/// "SOP-001 versi 1", "SOP-004 versi 1, versi 2; SOP-003 versi 1": the template versions the
/// records received in `period` were done under (of one template, or of all); empty without.
pub(crate) fn versions_done(db: &Db, period: &Period, template_id: Option<i64>) -> Result<String> {
    let (from, to) = bounds(db, period)?;
    // The server must be told the type of a parameter that is only tested for NULL.
    let rows = db.query(
        "SELECT t.code, v.version FROM releases r
         JOIN sop_versions v ON v.id = r.sop_version_id JOIN sop_templates t ON t.id = v.template_id
         WHERE r.received_at >= ?1 AND r.received_at < ?2
           AND (CAST(?3 AS bigint) IS NULL OR r.template_id = ?3)
         GROUP BY t.is_default, t.code, v.version ORDER BY t.is_default DESC, t.code, v.version",
        args![from, to, template_id],
    )?;
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for row in rows {
        let (code, version) = (row.get::<String>(0)?, row.get::<i64>(1)?);
        let v = format!("versi {version}");
        match out.last_mut() {
            Some((last, versions)) if *last == code => versions.push(v),
            _ => out.push((code, vec![v])),
        }
    }
    Ok(out
        .into_iter()
        .map(|(code, v)| format!("{code} {}", v.join(", ")))
        .collect::<Vec<_>>()
        .join("; "))
}
