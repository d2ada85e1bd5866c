//! Reading the agenda on either store: filtered lists with keyset paging (fast at 100,000
//! rows), the search (`search.rs`: the index drives, the exact number first), and the summary
//! row every list shows.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::search::{self, Hits};
use super::ReleaseSummary;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{Actor, Status, TimeZone};
use crate::numbering::agenda_display;
use crate::permissions::{require, Action};
use crate::sql::{Both, Db, Row, ToValue, Value};
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

/// The summary of release `r`, up to its `FROM`; `$agg` joins the first three thumbnails'
/// hashes with commas (SQLite's `group_concat`, the server's `string_agg`).
macro_rules! summary_select {
    ($agg:literal) => {
        concat!(
            "SELECT r.id, r.uid, r.agenda_year, r.agenda_seq, r.received_at,
    r.sender_org, r.letter_no, r.letter_date, r.title, n.name, ",
            crate::state_of_r!(),
            ",
    (SELECT count(*) FROM evidence e WHERE e.release_id = r.id AND e.removed_at IS NULL),
    (SELECT ",
            $agg,
            " FROM (SELECT e.file_sha, e.seq FROM evidence e
        JOIN files f ON f.sha256 = e.file_sha
        WHERE e.release_id = r.id AND e.removed_at IS NULL AND f.has_thumb = 1
        ORDER BY e.seq LIMIT 3) AS t),
    (SELECT s.state_label FROM sop_version_steps s
        WHERE s.version_id = r.sop_version_id AND s.seq = r.step_done), ",
            crate::waiting_act_of_r!(),
            " FROM releases r JOIN news_types n ON n.id = r.news_type_id"
        )
    };
}

/// The summary row of a release, for [`summary_from_row`].
pub(super) const SUMMARY: Both = Both {
    sqlite: summary_select!("group_concat(file_sha)"),
    postgres: summary_select!("string_agg(file_sha, ',' ORDER BY seq)"),
};

pub fn list_releases(store: &Store, actor: &Actor, query: ListQuery) -> Result<ListPage> {
    require(actor, Action::Read)?;
    page(store, query)
}

/// [`list_releases`] on either store, through the seam.
pub fn list_releases_on(db: &Db, actor: &Actor, query: ListQuery) -> Result<ListPage> {
    require(actor, Action::Read)?;
    page_on(db, query)
}

/// [`list_releases`] for core's own use, after its caller checked the role.
pub(crate) fn page(store: &Store, query: ListQuery) -> Result<ListPage> {
    store.with_db(|db| page_on(db, query))
}

fn page_on(db: &Db, query: ListQuery) -> Result<ListPage> {
    let tz = office::timezone_on(db)?;
    let (where_sql, args) = filters(&query, tz)?;
    let cursor = query.cursor.as_deref().map(parse_cursor).transpose()?;
    let limit = query.limit.unwrap_or(100).clamp(1, 500);
    let typed = query.search.as_deref().unwrap_or("");
    match search::search_words(typed) {
        Some(words) => {
            let pinned = exact_hit(db, typed, &where_sql, &args)?;
            let period = query.year.map(|y| (y, query.month));
            let (where_sql, args) = search::with_id_range(db, period, tz, where_sql, args)?;
            let arg = search::search_arg(db.dialect(), &words);
            let hits = Hits { arg, pinned };
            search::search_page(db, tz, &hits, &where_sql, args, cursor, limit)
        }
        None => list_page(db, tz, &where_sql, args, cursor, limit),
    }
}

/// The arguments of a statement built at run time, as the seam takes them.
pub(super) fn refs(args: &[Value]) -> Vec<&dyn ToValue> {
    args.iter().map(|a| a as &dyn ToValue).collect()
}

/// The release whose number was typed exactly (an archive number has no word the text index
/// knows), when it passes the other filters: the search shows it first.
fn exact_hit(db: &Db, typed: &str, where_sql: &str, args: &[Value]) -> Result<Option<i64>> {
    let Some(id) = super::lookup::exact_number_hit(db, typed)? else {
        return Ok(None);
    };
    let mut all = vec![Value::Integer(id)];
    all.extend_from_slice(args);
    let passes = db.exists(
        &format!("SELECT 1 FROM releases r WHERE r.id = ? AND {where_sql}"),
        &refs(&all),
    )?;
    Ok(passes.then_some(id))
}

fn parse_cursor(cursor: &str) -> Result<(String, i64)> {
    cursor
        .split_once('|')
        .and_then(|(at, id)| Some((at.to_owned(), id.parse::<i64>().ok()?)))
        .ok_or_else(|| Error::invalid("cursor", "Penanda halaman tidak sah."))
}

/// The agenda without search: an index gives the order, so only the page's rows are read.
fn list_page(
    db: &Db,
    tz: TimeZone,
    where_sql: &str,
    mut args: Vec<Value>,
    cursor: Option<(String, i64)>,
    limit: u32,
) -> Result<ListPage> {
    let total: i64 = db.query_row(
        &format!("SELECT count(*) FROM releases r WHERE {where_sql}"),
        &refs(&args),
        |r| r.get(0),
    )?;
    let mut page_sql = where_sql.to_owned();
    if let Some((at, id)) = cursor {
        page_sql.push_str(" AND (r.received_at, r.id) < (?, ?)");
        args.push(Value::Text(at));
        args.push(Value::Integer(id));
    }
    args.push(Value::Integer(i64::from(limit)));
    let rows = db
        .query(&list_page_sql(db, &page_sql), &refs(&args))?
        .iter()
        .map(|r| summary_from_row(r, tz))
        .collect::<Result<Vec<_>>>()?;
    Ok(finish_page(rows, limit, total))
}

/// One page of the agenda, newest first: the index on the filter columns gives the order.
pub(crate) fn list_page_sql(db: &Db, where_sql: &str) -> String {
    format!(
        "{} WHERE {where_sql} ORDER BY r.received_at DESC, r.id DESC LIMIT ?",
        db.pick(&SUMMARY)
    )
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

pub(super) fn summary_from_row(row: &Row, tz: TimeZone) -> Result<(i64, ReleaseSummary)> {
    let received_at: String = row.get(4)?;
    let letter_date: Option<String> = row.get(7)?;
    let status = Status::parse(&row.get::<String>(10)?)?;
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
            status_label: match (status, row.get::<Option<String>>(13)?) {
                (Status::Rejected | Status::Withdrawn, _) | (_, None) => status.label().to_owned(),
                (_, Some(label)) => label,
            },
            waiting_act: row
                .get::<Option<String>>(14)?
                .map(|a| ActKind::parse(&a))
                .transpose()?,
            evidence_count: row.get(11)?,
            thumbs: thumbs
                .map(|t| t.split(',').map(str::to_owned).collect())
                .unwrap_or_default(),
        },
    ))
}

/// Release summaries from [`SUMMARY`] followed by `tail` (joins, conditions, order), for
/// core's lists read from elsewhere than the releases' own filters (the groups of step 3).
pub(crate) fn summaries_where(
    db: &Db,
    tz: TimeZone,
    tail: &str,
    args: &[&dyn ToValue],
) -> Result<Vec<ReleaseSummary>> {
    db.query(&format!("{} {tail}", db.pick(&SUMMARY)), args)?
        .iter()
        .map(|r| Ok(summary_from_row(r, tz)?.1))
        .collect()
}

pub(super) fn display_date(date: Option<&str>) -> Option<String> {
    date.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(timefmt::format_date)
}

#[cfg(test)]
#[path = "query_plans.rs"]
mod plan_tests;
