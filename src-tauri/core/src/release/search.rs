//! Search in the agenda, on either store: what the index holds for a release, the statement
//! that finds the hits (the two stores' texts side by side, the rest shared), and the page of
//! hits in the agenda's order.
//!
//! SQLite keeps an FTS5 table (`releases_fts`, tokenizer unicode61 with diacritics removed)
//! written at registration and correction. PostgreSQL keeps a GIN index on
//! `search_doc(…)` (`migrations-pg/0007_search.sql`), a `simple` tsvector of the same columns
//! cut into the same words (letters and digits, diacritics removed, lower case), so the server
//! is never written to for search: the index follows the row.

use super::summary::{refs, summary_from_row, ListPage, SUMMARY};
use super::ReleaseSummary;
use crate::access::Reader;
use crate::args;
use crate::error::{Error, Result};
use crate::model::TimeZone;
use crate::sql::{Both, Db, Dialect, Value};
use crate::timefmt;

/// How many hits a search brings at most (the newest that pass the filters).
pub(super) const SEARCH_HITS: u32 = 2000;

/// The releases whose indexed words start with every word typed. FTS5 drives on SQLite,
/// walking its index newest first (by rowid, the registration order); CROSS JOIN keeps SQLite
/// from letting a selective filter drive instead. On the server the GIN index gives the
/// matching rows, which the query then sorts; each word is a prefix (`'word':*`), cut and
/// folded by `search_words` exactly as the index's text is.
const HITS: Both = Both {
    sqlite: "SELECT r.id, r.received_at FROM releases_fts f CROSS JOIN releases r \
             ON r.id = f.rowid WHERE releases_fts MATCH ?",
    postgres: "SELECT r.id, r.received_at FROM releases r \
               WHERE search_doc(r.title, r.body, r.sender_org, r.sender_contact, \
                                r.agenda_year, r.agenda_seq, r.letter_no) \
               @@ to_tsquery('simple', (SELECT string_agg(quote_literal(w) || ':*', ' & ') \
                   FROM regexp_split_to_table(search_words(?), ' ') AS w WHERE w <> ''))",
};

/// The id the index walks, so that a range on it bounds the walk.
const HIT_ID: Both = Both {
    sqlite: "f.rowid",
    postgres: "r.id",
};

/// What SQLite's index holds for a release, read from its stored row (trimmed at registration):
/// title, body, sender and contact, and the numbers "001/2026 1 letter_no". The server's
/// `search_doc` holds the same.
const INDEX_ROW: &str = "INSERT INTO releases_fts (rowid, title, body, sender, numbers)
    SELECT id, title, body, sender_org || ' ' || sender_contact,
           printf('%03d/%d', agenda_seq, agenda_year) || ' ' || agenda_seq || ' ' || letter_no
    FROM releases WHERE id = ?1";

/// Puts a newly registered release in the search index (SQLite; the server's index follows
/// the row by itself).
pub fn index_release(db: &Db, id: i64) -> Result<()> {
    if db.dialect() == Dialect::Sqlite {
        db.execute(INDEX_ROW, args![id])?;
    }
    Ok(())
}

/// Rewrites a corrected release's row of the search index (SQLite's; the server's follows).
pub(super) fn reindex(db: &Db, id: i64) -> Result<()> {
    if db.dialect() == Dialect::Sqlite {
        db.execute("DELETE FROM releases_fts WHERE rowid = ?1", args![id])?;
    }
    index_release(db, id)
}

/// The words typed, as the search takes them: runs of letters and digits, at most 12; every
/// one must match, each as a prefix so that results appear while typing.
pub(super) fn search_words(text: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
        .collect();
    (!words.is_empty()).then_some(words)
}

/// The search's argument on this store: FTS5's query (`"word"* "word"*`, quoted so no word is
/// an operator) on SQLite; the words as typed on the server, where SQL cuts and folds them.
pub(super) fn search_arg(dialect: Dialect, words: &[&str]) -> String {
    match dialect {
        Dialect::Sqlite => words
            .iter()
            .map(|w| format!("\"{w}\"*"))
            .collect::<Vec<_>>()
            .join(" "),
        Dialect::Postgres => words.join(" "),
    }
}

/// The statement that finds a search's hits under the filters `where_sql`, newest registered
/// first, at most [`SEARCH_HITS`]. No ranking pass over every match (bm25 of a word found in
/// most of 100,000 releases costs more than the whole budget), no temporary B-tree on SQLite.
pub(crate) fn hits_sql(dialect: Dialect, where_sql: &str) -> String {
    let (hits, id) = match dialect {
        Dialect::Sqlite => (HITS.sqlite, HIT_ID.sqlite),
        Dialect::Postgres => (HITS.postgres, HIT_ID.postgres),
    };
    format!("{hits} AND {where_sql} ORDER BY {id} DESC LIMIT {SEARCH_HITS}")
}

/// A search within a year or month walks only the index entries of the releases received then:
/// the period's smallest and largest id bound the walk; the date filter itself still decides.
pub(super) fn with_id_range(
    db: &Db,
    period: Option<(i32, Option<u32>)>,
    tz: TimeZone,
    mut where_sql: String,
    mut args: Vec<Value>,
) -> Result<(String, Vec<Value>)> {
    let Some((year, month)) = period else {
        return Ok((where_sql, args));
    };
    let (from, to) = timefmt::period_bounds(year, month, tz)
        .ok_or_else(|| Error::invalid("month", crate::tr!("err-bulan-atau-tahun-tidak-sah")))?;
    let (lo, hi) = db.query_row(
        "SELECT min(id), max(id) FROM releases WHERE received_at >= ?1 AND received_at < ?2",
        args![from, to],
        |r| Ok((r.get::<Option<i64>>(0)?, r.get::<Option<i64>>(1)?)),
    )?;
    where_sql.push_str(&format!(" AND {} BETWEEN ? AND ?", db.pick(&HIT_ID)));
    args.push(Value::Integer(lo.unwrap_or(0)));
    args.push(Value::Integer(hi.unwrap_or(-1)));
    Ok((where_sql, args))
}

/// What a search looks for: the index's argument, and the release an exact number names; and
/// who reads the hits (`crate::access`).
pub(super) struct Hits<'a> {
    pub arg: String,
    pub pinned: Option<i64>,
    pub reader: &'a Reader,
    /// A year or month bounds the ids walked already (see [`with_id_range`]).
    pub in_period: bool,
}

/// Search: the newest hits (at most [`SEARCH_HITS`]) are counted and put in the agenda's
/// order (newest received first) in memory; only the page's rows are then read in full. The
/// release of an exact number leads the first page and is left out of the others.
pub(super) fn search_page(
    db: &Db,
    tz: TimeZone,
    search: &Hits,
    where_sql: &str,
    args: Vec<Value>,
    cursor: Option<(String, i64)>,
    limit: u32,
) -> Result<ListPage> {
    let mut all_args = vec![Value::Text(search.arg.clone())];
    all_args.extend(args);
    let mut hits: Vec<(String, i64)> = newest_hits(db, where_sql, &all_args, search.in_period)?
        .iter()
        .map(|r| Ok((r.get::<String>(1)?, r.get::<i64>(0)?)))
        .collect::<Result<_>>()?;
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
    let ids: Vec<Value> = pinned
        .iter()
        .chain(page.iter().map(|h| &h.1))
        .map(|&id| Value::Integer(id))
        .collect();
    let rows = page_rows(db, tz, search.reader, &ids)?;
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

/// The newest releases a server keeps first: see [`newest_hits`].
const NEWEST: i64 = 20_000;

/// The hits' rows (id, received_at). On the server the text index gives its matches in no
/// order, and reading every match of a word found in a third of a decade's releases reads the
/// whole table (150 ms for «pelayanan» at 100,000); so the newest [`NEWEST`] releases (a
/// range of the primary key, ANDed with the text index) are searched first, and the whole
/// table only when they hold fewer than [`SEARCH_HITS`] hits. Either way the answer is the
/// newest hits, the same as SQLite's walk of its index newest first. A search within a period
/// is bounded by its ids already (an older year's would find nothing among the newest).
fn newest_hits(
    db: &Db,
    where_sql: &str,
    args: &[Value],
    in_period: bool,
) -> Result<Vec<crate::sql::Row>> {
    if db.dialect() == Dialect::Postgres && !in_period {
        let newest = format!(
            "{where_sql} AND r.id > (SELECT coalesce(max(id), 0) - {NEWEST} FROM releases)"
        );
        let rows = db.query(&hits_sql(db.dialect(), &newest), &refs(args))?;
        if rows.len() >= SEARCH_HITS as usize {
            return Ok(rows);
        }
    }
    db.query(&hits_sql(db.dialect(), where_sql), &refs(args))
}

/// The page's releases in full, in the order of `ids`: one statement for the page (one
/// round trip to the server; on SQLite one preparation, where a statement per row was
/// prepared again at each use: binding a new id to the news types' join re-plans it).
fn page_rows(db: &Db, tz: TimeZone, reader: &Reader, ids: &[Value]) -> Result<Vec<ReleaseSummary>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; ids.len()].join(", ");
    let sql = format!("{} WHERE r.id IN ({marks})", db.pick(&SUMMARY));
    let mut found = db
        .query(&sql, &refs(ids))?
        .iter()
        .map(|r| summary_from_row(r, tz, reader))
        .collect::<Result<Vec<_>>>()?;
    found.sort_by_key(|(id, _)| ids.iter().position(|v| *v == Value::Integer(*id)));
    Ok(found.into_iter().map(|(_, s)| s).collect())
}
