//! The agenda list and its search on both stores: one data set of releases (`releases.rs`)
//! inserted with one SQL text on each, then the same searches, filtered pages and cursors must
//! give the same releases in the same order with the same counts.

use pressdesk_core::catalog;
use pressdesk_core::model::{Actor, Status};
use pressdesk_core::release::{self, ListPage, ListQuery};
use pressdesk_core::sql::Db;
use pressdesk_core::workflow::ActKind;
use serde_json::Value as Json;

use super::releases::{letter_no, seed, TITLES};
use super::{common, server_office};

/// What `read` gives on each store holding the data set: SQLite's, then the server's.
fn on_both_with_releases(tag: &str, read: impl Fn(&Db) -> Json) -> [Json; 2] {
    let (_dir, store) = common::sqlite_store();
    store
        .with_db_tx(|db| {
            seed(db);
            Ok(())
        })
        .unwrap();
    let lite = store.with_db(|db| Ok(read(db))).unwrap();
    let (_server_dir, server_store) = server_office(tag);
    server_store
        .with_db_tx(|db| {
            seed(db);
            Ok(())
        })
        .unwrap();
    let server = server_store.with_db(|db| Ok(read(db))).unwrap();
    [lite, server]
}

fn page(db: &Db, query: ListQuery) -> ListPage {
    release::list_releases_on(db, &Actor::console(), query.clone())
        .unwrap_or_else(|e| panic!("{:?}: {query:?}: {e}", db.dialect()))
}

fn searched(text: &str) -> ListQuery {
    ListQuery {
        search: Some(text.into()),
        ..ListQuery::default()
    }
}

/// The titles of a page and its count, to read a failure by.
fn titles(page: &Json) -> (Vec<String>, i64) {
    let rows = page["rows"].as_array().cloned().unwrap_or_default();
    let titles = rows
        .iter()
        .map(|r| r["title"].as_str().unwrap_or("").to_owned());
    (titles.collect(), page["total"].as_i64().unwrap_or(-1))
}

fn agree(pages: &[Json; 2]) {
    for (lite, server) in pages[0]
        .as_array()
        .unwrap()
        .iter()
        .zip(pages[1].as_array().unwrap())
    {
        assert_eq!(
            lite,
            server,
            "{}\nSQLite: {:?}\nserver: {:?}",
            lite["query"],
            titles(&lite["page"]),
            titles(&server["page"])
        );
    }
}

fn run(db: &Db, queries: &[ListQuery]) -> Json {
    let pages = queries
        .iter()
        .map(|q| serde_json::json!({ "query": format!("{q:?}"), "page": page(db, q.clone()) }));
    Json::Array(pages.collect())
}

const SEARCHES: [&str; 14] = [
    "stunting",
    "banjir tarakan",
    "jemb",
    "Kesehatan nelayan",
    "cafe",
    "CAFÉ betang",
    "therese",
    "creatif",
    "kalimantan utara",
    "bpbd tarakankota",
    "007/2026",
    "440/0",
    "2026",
    "gempa",
];

#[test]
fn the_same_searches_find_the_same_releases_on_both_stores() {
    let pages = on_both_with_releases("search", |db| run(db, &SEARCHES.map(searched)));
    agree(&pages);
    let by_text = |text: &str| {
        let i = SEARCHES.iter().position(|s| *s == text).unwrap();
        titles(&pages[0].as_array().unwrap()[i]["page"])
    };
    assert_eq!(by_text("stunting").1, 3, "one word");
    assert_eq!(by_text("jemb").1, 3, "a prefix");
    assert_eq!(by_text("banjir tarakan").0, [TITLES[1]], "two words");
    assert_eq!(by_text("cafe").0, [TITLES[4]], "diacritics off");
    assert_eq!(by_text("therese").1, 4, "the sender, accented");
    assert_eq!(
        by_text("bpbd tarakankota").1,
        5,
        "the contact's address, in words"
    );
    assert_eq!(by_text("gempa").1, 0, "no hit");
}

#[test]
fn a_number_typed_exactly_leads_the_search_on_both_stores() {
    let letter = letter_no(5, 10, 2025);
    let pages = on_both_with_releases("number", |db| {
        let found = release::find_exact_on(db, &Actor::console(), &letter.to_lowercase())
            .unwrap()
            .unwrap_or_default();
        let by_agenda = release::find_exact_on(db, &Actor::console(), "7").unwrap();
        serde_json::json!([
            { "query": "letter", "page": page(db, searched(&letter)) },
            { "query": "agenda", "page": page(db, searched("007/2026")) },
            { "query": "exact", "page": { "found": found, "by_agenda": by_agenda } },
        ])
    });
    agree(&pages);
    let lite = pages[0].as_array().unwrap();
    assert_eq!(lite[0]["page"]["rows"][0]["letter_no"], letter.as_str());
    assert_eq!(lite[1]["page"]["rows"][0]["agenda_no"], "007/2026");
    assert_eq!(
        lite[2]["page"]["found"],
        "0190a000-0000-7000-8000-000000000005"
    );
}

#[test]
fn filtered_pages_agree_on_both_stores() {
    let pages = on_both_with_releases("filters", |db| {
        let q = ListQuery::default;
        let notice = catalog::news_type_id(db, None, Some("Pengumuman")).unwrap();
        run(
            db,
            &[
                q(),
                ListQuery {
                    status: Some(Status::Approved),
                    ..q()
                },
                ListQuery {
                    status: Some(Status::Registered),
                    ..q()
                },
                ListQuery {
                    status: Some(Status::Withdrawn),
                    ..q()
                },
                ListQuery {
                    year: Some(2025),
                    ..q()
                },
                ListQuery {
                    year: Some(2026),
                    month: Some(3),
                    ..q()
                },
                ListQuery {
                    news_type_id: Some(notice),
                    ..q()
                },
                ListQuery {
                    checked: Some(true),
                    ..q()
                },
                ListQuery {
                    waiting_act: Some(ActKind::Publish),
                    ..q()
                },
                ListQuery {
                    search: Some("tarakan".into()),
                    year: Some(2026),
                    ..q()
                },
                ListQuery {
                    search: Some("nunukan".into()),
                    status: Some(Status::Registered),
                    ..q()
                },
            ],
        )
    });
    agree(&pages);
    let lite = pages[0].as_array().unwrap();
    assert_eq!(titles(&lite[0]["page"]).1, 36);
    assert_eq!(titles(&lite[3]["page"]).1, 2, "withdrawn");
    assert_eq!(titles(&lite[5]["page"]).1, 4, "March 2026");
    let first = &lite[0]["page"]["rows"];
    let thumbs = |uid: &str| {
        let rows = first.as_array().unwrap();
        rows.iter().find(|r| r["id"] == uid).unwrap()["thumbs"].clone()
    };
    assert_eq!(
        thumbs("0190a000-0000-7000-8000-000000000018")
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn cursor_pages_walk_the_same_releases_on_both_stores() {
    let pages = on_both_with_releases("cursor", |db| {
        let mut walked = Vec::new();
        for start in [
            ListQuery {
                limit: Some(5),
                ..ListQuery::default()
            },
            ListQuery {
                limit: Some(2),
                ..searched("tarakan")
            },
        ] {
            let mut query = start.clone();
            loop {
                let p = page(db, query.clone());
                let next = p.next_cursor.clone();
                walked.push(serde_json::json!({ "query": format!("{query:?}"), "page": p }));
                match next {
                    Some(cursor) => query.cursor = Some(cursor),
                    None => break,
                }
            }
        }
        Json::Array(walked)
    });
    agree(&pages);
    let lite = pages[0].as_array().unwrap();
    let rows: usize = lite
        .iter()
        .map(|p| p["page"]["rows"].as_array().unwrap().len())
        .sum();
    let tarakan = titles(&lite.last().unwrap()["page"]).1 as usize;
    assert_eq!(rows, 36 + tarakan, "every release once, every hit once");
    assert_eq!(
        pages[0].as_array().unwrap().len(),
        pages[1].as_array().unwrap().len()
    );
}
