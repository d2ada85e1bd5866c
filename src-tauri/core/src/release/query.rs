//! Reading the agenda: filtered lists with keyset paging (fast at 100,000 rows), full-text
//! search where FTS5 drives the query, exact look-up by number, and one release in full.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ReleaseSummary;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::Actor;
use crate::model::{Status, TimeZone};
use crate::numbering::agenda_display;
use crate::permissions::{require, Action};
use crate::workflow::ActKind;
use crate::{office, timefmt};

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ListQuery {
    pub status: Option<Status>,
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub news_type_id: Option<i64>,
    /// Only releases the Kasi has (true) or has not yet (false) checked: the paraf queues.
    pub checked: Option<bool>,
    /// Only releases waiting at a step of this act (a queue of the office's SOP).
    pub waiting_act: Option<ActKind>,
    pub search: Option<String>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ListPage {
    pub rows: Vec<ReleaseSummary>,
    pub next_cursor: Option<String>,
    pub total: i64,
}

pub(super) const SUMMARY_SELECT: &str = concat!(
    "SELECT r.id, r.uid, r.agenda_year, r.agenda_seq, r.received_at,
    r.sender_org, r.letter_no, r.letter_date, r.title, n.name, ",
    crate::state_of_r!(),
    ",
    (SELECT count(*) FROM evidence e WHERE e.release_id = r.id AND e.removed_at IS NULL),
    (SELECT group_concat(file_sha) FROM (SELECT e.file_sha FROM evidence e
        JOIN files f ON f.sha256 = e.file_sha
        WHERE e.release_id = r.id AND e.removed_at IS NULL AND f.has_thumb = 1
        ORDER BY e.seq LIMIT 3)),
    (SELECT s.state_label FROM sop_version_steps s
        WHERE s.version_id = r.sop_version_id AND s.seq = r.step_done), ",
    crate::waiting_act_of_r!(),
    " FROM releases r JOIN news_types n ON n.id = r.news_type_id"
);

/// How many hits a search brings at most (the newest that pass the filters).
const SEARCH_HITS: u32 = 2000;

pub fn list_releases(store: &Store, actor: &Actor, query: ListQuery) -> Result<ListPage> {
    require(actor, Action::Read)?;
    page(store, query)
}

/// [`list_releases`] for core's own use, after its caller checked the role.
pub(crate) fn page(store: &Store, query: ListQuery) -> Result<ListPage> {
    store.with_conn(|conn| {
        let tz = office::timezone(conn)?;
        let (where_sql, args) = filters(&query, tz)?;
        let cursor = query.cursor.as_deref().map(parse_cursor).transpose()?;
        let limit = query.limit.unwrap_or(100).clamp(1, 500);
        match query.search.as_deref().and_then(fts_query) {
            Some(fts) => {
                let pinned = exact_hit(conn, &query, &where_sql, &args)?;
                let (where_sql, args) = with_id_range(conn, &query, tz, where_sql, args)?;
                let hits = Hits { fts, pinned };
                search_page(conn, tz, &hits, &where_sql, args, cursor, limit)
            }
            None => list_page(conn, tz, &where_sql, args, cursor, limit),
        }
    })
}

/// The release whose number was typed exactly (an archive number has no word the text index
/// knows), when it passes the other filters: the search shows it first.
fn exact_hit(
    conn: &Connection,
    query: &ListQuery,
    where_sql: &str,
    args: &[Value],
) -> Result<Option<i64>> {
    let Some(id) = super::lookup::exact_number_hit(conn, query.search.as_deref().unwrap_or(""))?
    else {
        return Ok(None);
    };
    let mut all = vec![Value::Integer(id)];
    all.extend_from_slice(args);
    let passes: i64 = conn
        .prepare_cached(&format!(
            "SELECT count(*) FROM releases r WHERE r.id = ? AND {where_sql}"
        ))?
        .query_row(params_from_iter(all.iter()), |r| r.get(0))?;
    Ok((passes > 0).then_some(id))
}

/// What a search looks for: the text index's query, and the release an exact number names.
struct Hits {
    fts: String,
    pinned: Option<i64>,
}

/// A search within a year or month walks only the FTS5 rowids of the releases received then:
/// the period's smallest and largest id bound the walk; the date filter itself still decides.
pub(super) fn with_id_range(
    conn: &Connection,
    query: &ListQuery,
    tz: TimeZone,
    mut where_sql: String,
    mut args: Vec<Value>,
) -> Result<(String, Vec<Value>)> {
    let Some(year) = query.year else {
        return Ok((where_sql, args));
    };
    let (from, to) = timefmt::period_bounds(year, query.month, tz)
        .ok_or_else(|| Error::invalid("month", "Bulan atau tahun tidak sah."))?;
    let (lo, hi): (Option<i64>, Option<i64>) = conn
        .prepare_cached(
            "SELECT min(id), max(id) FROM releases WHERE received_at >= ?1 AND received_at < ?2",
        )?
        .query_row([from, to], |r| Ok((r.get(0)?, r.get(1)?)))?;
    where_sql.push_str(" AND f.rowid BETWEEN ? AND ?");
    args.push(Value::Integer(lo.unwrap_or(0)));
    args.push(Value::Integer(hi.unwrap_or(-1)));
    Ok((where_sql, args))
}

fn parse_cursor(cursor: &str) -> Result<(String, i64)> {
    cursor
        .split_once('|')
        .and_then(|(at, id)| Some((at.to_owned(), id.parse::<i64>().ok()?)))
        .ok_or_else(|| Error::invalid("cursor", "Penanda halaman tidak sah."))
}

/// The agenda without search: an index gives the order, so only the page's rows are read.
fn list_page(
    conn: &Connection,
    tz: TimeZone,
    where_sql: &str,
    mut args: Vec<Value>,
    cursor: Option<(String, i64)>,
    limit: u32,
) -> Result<ListPage> {
    let total: i64 = conn
        .prepare_cached(&format!(
            "SELECT count(*) FROM releases r WHERE {where_sql}"
        ))?
        .query_row(params_from_iter(args.iter()), |r| r.get(0))?;
    let mut page_sql = where_sql.to_owned();
    if let Some((at, id)) = cursor {
        page_sql.push_str(" AND (r.received_at, r.id) < (?, ?)");
        args.push(Value::Text(at));
        args.push(Value::Integer(id));
    }
    args.push(Value::Integer(i64::from(limit)));
    let mut stmt = conn.prepare_cached(&list_page_sql(&page_sql))?;
    let mut rows = Vec::new();
    let mut cursor_rows = stmt.query(params_from_iter(args.iter()))?;
    while let Some(row) = cursor_rows.next()? {
        rows.push(summary_from_row(row, tz)?);
    }
    Ok(finish_page(rows, limit, total))
}

/// One page of the agenda, newest first: the index on the filter columns gives the order.
pub(crate) fn list_page_sql(where_sql: &str) -> String {
    format!("{SUMMARY_SELECT} WHERE {where_sql} ORDER BY r.received_at DESC, r.id DESC LIMIT ?")
}

/// The statement that finds a search's hits: FTS5 drives, walking its index newest first
/// (by rowid, the registration order) and stopping at [`SEARCH_HITS`] hits that pass the
/// filters; each hit is one primary-key look-up. No ranking pass over every match (bm25 of a
/// word found in most of 100,000 releases costs more than the whole budget), no temporary
/// B-tree. CROSS JOIN keeps SQLite from letting a selective filter drive instead.
pub(crate) fn search_hits_sql(where_sql: &str) -> String {
    format!(
        "SELECT r.id, r.received_at FROM releases_fts f CROSS JOIN releases r ON r.id = f.rowid \
         WHERE releases_fts MATCH ? AND {where_sql} ORDER BY f.rowid DESC LIMIT {SEARCH_HITS}"
    )
}

/// Search: the newest hits (at most [`SEARCH_HITS`]) are counted and put in the agenda's
/// order (newest received first) in memory; only the page's rows are then read in full. The
/// release of an exact number leads the first page and is left out of the others.
fn search_page(
    conn: &Connection,
    tz: TimeZone,
    search: &Hits,
    where_sql: &str,
    args: Vec<Value>,
    cursor: Option<(String, i64)>,
    limit: u32,
) -> Result<ListPage> {
    let mut all_args = vec![Value::Text(search.fts.clone())];
    all_args.extend(args);
    let mut stmt = conn.prepare_cached(&search_hits_sql(where_sql))?;
    let mut hits: Vec<(String, i64)> = stmt
        .query_map(params_from_iter(all_args.iter()), |r| {
            Ok((r.get::<_, String>(1)?, r.get::<_, i64>(0)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    hits.retain(|h| Some(h.1) != search.pinned);
    let total = hits.len() as i64 + i64::from(search.pinned.is_some());
    hits.sort_unstable_by(|a, b| b.cmp(a));
    let start = match &cursor {
        Some(c) => hits.partition_point(|h| h >= c),
        None => 0,
    };
    let page = &hits[start.min(hits.len())..(start + limit as usize).min(hits.len())];
    // The exact number's release comes on top of the first page; the cursor is the last hit's,
    // so the next page goes on from the hits.
    let pinned = search.pinned.filter(|_| cursor.is_none());
    let mut one = conn.prepare_cached(&format!("{SUMMARY_SELECT} WHERE r.id = ?"))?;
    let mut rows = Vec::new();
    for id in pinned.iter().chain(page.iter().map(|h| &h.1)) {
        let mut found = one.query([id])?;
        if let Some(row) = found.next()? {
            rows.push(summary_from_row(row, tz)?.1);
        }
    }
    let next_cursor = match page.last() {
        Some((at, id)) if start + page.len() < hits.len() => Some(format!("{at}|{id}")),
        _ => None,
    };
    Ok(ListPage {
        rows,
        next_cursor,
        total,
    })
}

fn finish_page(rows: Vec<(i64, ReleaseSummary)>, limit: u32, total: i64) -> ListPage {
    let next_cursor = if rows.len() == limit as usize {
        rows.last()
            .map(|(id, summary)| format!("{}|{id}", summary.received_at))
    } else {
        None
    };
    ListPage {
        rows: rows.into_iter().map(|(_, s)| s).collect(),
        next_cursor,
        total,
    }
}

/// The filters other than the search words, as SQL over `releases r` and its arguments.
pub(super) fn filters(query: &ListQuery, tz: TimeZone) -> Result<(String, Vec<Value>)> {
    let mut clauses = vec!["1 = 1".to_owned()];
    let mut args = Vec::new();
    match query.status {
        // A withdrawn release is `Registered` in its status column (see `Status`).
        Some(Status::Withdrawn) => clauses.push("r.withdrawn_at IS NOT NULL".into()),
        Some(Status::Registered) => {
            clauses.push("r.status = ? AND r.withdrawn_at IS NULL".into());
            args.push(Value::Text(Status::Registered.as_str().into()));
        }
        Some(status) => {
            clauses.push("r.status = ?".into());
            args.push(Value::Text(status.as_str().into()));
        }
        None => {}
    }
    if let Some(year) = query.year {
        let (from, to) = timefmt::period_bounds(year, query.month, tz)
            .ok_or_else(|| Error::invalid("month", "Bulan atau tahun tidak sah."))?;
        clauses.push("r.received_at >= ? AND r.received_at < ?".into());
        args.extend([Value::Text(from), Value::Text(to)]);
    }
    if let Some(act) = query.waiting_act {
        clauses.push(concat!(crate::waiting_act_of_r!(), " = ?").into());
        args.push(Value::Text(act.as_str().into()));
    }
    if let Some(checked) = query.checked {
        clauses.push("r.checked = ?".into());
        args.push(Value::Integer(i64::from(checked)));
    }
    if let Some(news_type) = query.news_type_id {
        clauses.push("r.news_type_id = ?".into());
        args.push(Value::Integer(news_type));
    }
    Ok((clauses.join(" AND "), args))
}

/// Turns what the user typed into a safe FTS5 query: every word must match, the last one as
/// a prefix so results appear while typing.
pub(crate) fn fts_query(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(
        words
            .iter()
            .map(|w| format!("\"{w}\"*"))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

pub(super) fn summary_from_row(row: &Row, tz: TimeZone) -> Result<(i64, ReleaseSummary)> {
    let received_at: String = row.get(4)?;
    let letter_date: Option<String> = row.get(7)?;
    let status = Status::parse(&row.get::<_, String>(10)?)?;
    let thumbs: Option<String> = row.get(12)?;
    Ok((
        row.get(0)?,
        ReleaseSummary {
            id: row.get(1)?,
            agenda_no: agenda_display(row.get(2)?, row.get(3)?),
            received_display: timefmt::format_datetime(timefmt::from_db(&received_at)?, tz),
            received_at,
            sender_org: row.get(5)?,
            letter_no: row.get(6)?,
            letter_date_display: display_date(letter_date.as_deref()),
            title: row.get(8)?,
            news_type: row.get(9)?,
            status,
            // The state as the release's SOP names it ("Ditulis"); not approved and withdrawn
            // read the same in every SOP.
            status_label: match (status, row.get::<_, Option<String>>(13)?) {
                (Status::Rejected | Status::Withdrawn, _) | (_, None) => status.label().to_owned(),
                (_, Some(label)) => label,
            },
            waiting_act: row
                .get::<_, Option<String>>(14)?
                .map(|a| ActKind::parse(&a))
                .transpose()?,
            evidence_count: row.get(11)?,
            thumbs: thumbs
                .map(|t| t.split(',').map(str::to_owned).collect())
                .unwrap_or_default(),
        },
    ))
}

/// Release summaries from `SUMMARY_SELECT` followed by `tail` (joins, conditions, order), for
/// core's lists read from elsewhere than the releases' own filters (the groups of step 3).
pub(crate) fn summaries_where(
    conn: &rusqlite::Connection,
    tz: TimeZone,
    tail: &str,
    args: &[&dyn rusqlite::ToSql],
) -> Result<Vec<ReleaseSummary>> {
    let mut stmt = conn.prepare(&format!("{SUMMARY_SELECT} {tail}"))?;
    let mut rows = stmt.query(args)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(summary_from_row(r, tz)?.1);
    }
    Ok(out)
}

pub(super) fn display_date(date: Option<&str>) -> Option<String> {
    date.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(timefmt::format_date)
}

#[cfg(test)]
#[path = "query_plans.rs"]
mod plan_tests;
