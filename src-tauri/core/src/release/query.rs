//! Reading the agenda on either store: filtered lists with keyset paging (fast at 100,000
//! rows) and the search (`search.rs`: the index drives, the exact number first).

use serde::Deserialize;
use ts_rs::TS;

use super::search::{self, Hits};
use super::summary::{refs, summary_from_row, ListPage, SUMMARY};
use super::ReleaseSummary;
use crate::access::{Reader, Security};
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{Actor, Status, TimeZone};
use crate::permissions::{require, Action};
use crate::sql::{Db, Value};
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

pub fn list_releases(store: &Store, actor: &Actor, query: ListQuery) -> Result<ListPage> {
    require(actor, Action::Read)?;
    store.with_db(|db| page_on(db, &Reader::of(db, actor)?, query))
}

/// [`list_releases`] on either store, through the seam.
pub fn list_releases_on(db: &Db, actor: &Actor, query: ListQuery) -> Result<ListPage> {
    require(actor, Action::Read)?;
    page_on(db, &Reader::of(db, actor)?, query)
}

fn page_on(db: &Db, reader: &Reader, query: ListQuery) -> Result<ListPage> {
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
            // The text of a release the reader may not open is not searched: a word found in
            // it would tell what it says. Its exact number still finds it (`pinned`).
            let where_sql = where_sql + &unreadable(reader);
            let arg = search::search_arg(db.dialect(), &words);
            let in_period = period.is_some();
            let hits = Hits {
                arg,
                pinned,
                reader,
                in_period,
            };
            search::search_page(db, tz, &hits, &where_sql, args, cursor, limit)
        }
        None => list_page(db, tz, reader, &where_sql, args, cursor, limit),
    }
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

/// The condition that leaves out the releases of the classes `reader` may not open.
fn unreadable(reader: &Reader) -> String {
    let closed: Vec<String> = Security::ALL
        .into_iter()
        .filter(|s| !reader.may_open(*s))
        .map(|s| format!("'{}'", s.as_str()))
        .collect();
    if closed.is_empty() {
        return String::new();
    }
    format!(
        " AND coalesce({}, 'biasa') NOT IN ({})",
        crate::security_of_r!(),
        closed.join(", ")
    )
}

fn parse_cursor(cursor: &str) -> Result<(String, i64)> {
    cursor
        .split_once('|')
        .and_then(|(at, id)| Some((at.to_owned(), id.parse::<i64>().ok()?)))
        .ok_or_else(|| Error::invalid("cursor", crate::tr!("err-penanda-halaman-tidak-sah")))
}

/// The agenda without search: an index gives the order, so only the page's rows are read.
fn list_page(
    db: &Db,
    tz: TimeZone,
    reader: &Reader,
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
        .map(|r| summary_from_row(r, tz, reader))
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
            .ok_or_else(|| Error::invalid("month", crate::tr!("err-bulan-atau-tahun-tidak-sah")))?;
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

#[cfg(test)]
#[path = "query_plans.rs"]
mod plan_tests;
