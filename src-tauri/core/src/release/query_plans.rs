//! The query plans of the agenda's lists and searches, pinned: an index or FTS5 drives every
//! statement, so 100,000 releases stay fast.

use super::super::search::{hits_sql, search_arg, search_words, with_id_range};
use super::*;
use crate::sql::Dialect;

fn plan(db: &Db, sql: &str, args: &[Value]) -> Vec<String> {
    db.query(&format!("EXPLAIN QUERY PLAN {sql}"), &refs(args))
        .unwrap()
        .iter()
        .map(|r| r.get::<String>(3).unwrap())
        .collect()
}

fn queries() -> Vec<ListQuery> {
    let q = ListQuery::default;
    vec![
        q(),
        ListQuery {
            status: Some(Status::Archived),
            ..q()
        },
        ListQuery {
            year: Some(2025),
            ..q()
        },
        ListQuery {
            year: Some(2025),
            month: Some(6),
            ..q()
        },
        ListQuery {
            status: Some(Status::Rejected),
            year: Some(2025),
            ..q()
        },
        ListQuery {
            news_type_id: Some(3),
            year: Some(2025),
            month: Some(3),
            ..q()
        },
        ListQuery {
            status: Some(Status::Initialed),
            checked: Some(true),
            ..q()
        },
        ListQuery {
            checked: Some(false),
            ..q()
        },
    ]
}

#[test]
fn search_is_driven_by_fts5_without_a_temporary_b_tree() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    store
        .with_db(|db| {
            for query in queries() {
                let (where_sql, args) = filters(&query, TimeZone::WITA)?;
                let period = query.year.map(|y| (y, query.month));
                let (where_sql, args) = with_id_range(db, period, TimeZone::WITA, where_sql, args)?;
                let words = search_words("jalan rusak").unwrap();
                let mut all = vec![Value::Text(search_arg(Dialect::Sqlite, &words))];
                all.extend(args);
                let steps = plan(db, &hits_sql(Dialect::Sqlite, &where_sql), &all);
                let text = steps.join(" / ");
                assert!(!text.contains("TEMP B-TREE"), "{query:?}: {text}");
                assert!(
                    steps[0].starts_with("SCAN f VIRTUAL TABLE INDEX"),
                    "FTS5 drives: {text}"
                );
                assert!(
                    steps
                        .iter()
                        .any(|s| s == "SEARCH r USING INTEGER PRIMARY KEY (rowid=?)"),
                    "releases looked up by id: {text}"
                );
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn every_agenda_filter_reads_its_first_page_from_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    store
        .with_db(|db| {
            for query in queries() {
                let (where_sql, mut args) = filters(&query, TimeZone::WITA)?;
                args.push(Value::Integer(100));
                let steps = plan(db, &list_page_sql(db, &where_sql), &args);
                let text = steps.join(" / ");
                assert!(!text.contains("TEMP B-TREE"), "{query:?}: {text}");
                assert!(
                    steps
                        .iter()
                        .any(|s| s.contains(" r USING ") && s.contains("INDEX releases_by_")),
                    "{query:?}: {text}"
                );
            }
            Ok(())
        })
        .unwrap();
}
