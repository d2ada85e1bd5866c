//! Search (1 to 3 words, as typed in the agenda's search box) and the agenda's first page
//! under every filter, through `release::list_releases` as the app calls it.

use std::time::Duration;

use pressdesk_core::model::{Actor, Status};
use pressdesk_core::release::{self, ListQuery};
use pressdesk_core::{Result, Store};

use super::{data, ms, Options, Row, Samples, Verdict};

pub const SEARCHES: [&str; 12] = [
    "stunting",
    "banjir",
    "jembatan tarakan",
    "pemeriksaan kesehatan gratis",
    "nelayan rumput laut",
    "seleksi pratama",
    "sembako nunukan",
    "aplikasi digital malinau",
    "pelayanan",
    "inflasi pangan desa",
    "gubernur",
    "penghubung antardes",
];

pub fn search(opts: &Options) -> Result<Vec<Row>> {
    let rounds = if opts.quick { 3 } else { 10 };
    let mut rows = Vec::new();
    for &n in &opts.sizes {
        let ds = data::dataset(n)?;
        let store = Store::open(&ds.dir)?;
        let run = |q: &str| {
            release::list_releases(
                &store,
                &Actor::console(),
                ListQuery {
                    search: Some(q.into()),
                    limit: Some(100),
                    ..ListQuery::default()
                },
            )
        };
        for q in SEARCHES {
            run(q)?;
        }
        let mut slowest = (Duration::ZERO, "");
        let samples = Samples::time(rounds * SEARCHES.len(), |i| {
            let q = SEARCHES[i % SEARCHES.len()];
            let start = std::time::Instant::now();
            let page = run(q)?;
            if start.elapsed() > slowest.0 {
                slowest = (start.elapsed(), q);
            }
            Ok(page)
        })?;
        let p95 = samples.p95();
        let big = n >= 100_000;
        rows.push(Row {
            what: format!(
                "search, 1–3 words, first 100 hits with count, {n} releases (slowest: «{}»)",
                slowest.1
            ),
            target: if big {
                "p95 ≤ 50 ms".into()
            } else {
                "—".into()
            },
            median: ms(samples.median()),
            worst: format!("p95 {}, max {}", ms(p95), ms(samples.worst())),
            memory: String::new(),
            verdict: if big {
                Verdict::of(p95 <= Duration::from_millis(50))
            } else {
                Verdict::Info
            },
        });
    }
    Ok(rows)
}

pub fn agenda(opts: &Options) -> Result<Vec<Row>> {
    let rounds = if opts.quick { 5 } else { 20 };
    let mut rows = Vec::new();
    for &n in &opts.sizes {
        let ds = data::dataset(n)?;
        let store = Store::open(&ds.dir)?;
        let filters = agenda_filters(ds.years);
        let mut all = Vec::new();
        let mut worst_filter = (Duration::ZERO, String::new(), Duration::ZERO);
        for (name, q) in &filters {
            release::list_releases(&store, &Actor::console(), q.clone())?;
            let s = Samples::time(rounds, |_| {
                release::list_releases(&store, &Actor::console(), q.clone())
            })?;
            if s.median() > worst_filter.0 {
                worst_filter = (s.median(), name.clone(), s.worst());
            }
            all.extend(s.0);
        }
        let all = Samples(all);
        let big = n >= 100_000;
        rows.push(Row {
            what: format!(
                "agenda first page (100 rows, count), {n} releases, {} filters (slowest: {} \
                 median {})",
                filters.len(),
                worst_filter.1,
                ms(worst_filter.0)
            ),
            target: if big {
                "≤ 50 ms".into()
            } else {
                "—".into()
            },
            median: ms(all.median()),
            worst: format!("p95 {}, max {}", ms(all.p95()), ms(all.worst())),
            memory: String::new(),
            verdict: if big {
                Verdict::of(all.p95() <= Duration::from_millis(50))
            } else {
                Verdict::Info
            },
        });
    }
    Ok(rows)
}

/// The agenda's filters measured, the years of the data set given (a year in their middle).
pub fn agenda_filters(years: (i32, i32)) -> Vec<(String, ListQuery)> {
    let (first, last) = years;
    let year = (first + last) / 2;
    let base = ListQuery {
        limit: Some(100),
        ..ListQuery::default()
    };
    vec![
        ("none".into(), base.clone()),
        (
            "status Archived".into(),
            ListQuery {
                status: Some(Status::Archived),
                ..base.clone()
            },
        ),
        (
            "status Registered".into(),
            ListQuery {
                status: Some(Status::Registered),
                ..base.clone()
            },
        ),
        (
            format!("year {year}"),
            ListQuery {
                year: Some(year),
                ..base.clone()
            },
        ),
        (
            format!("{year}-06"),
            ListQuery {
                year: Some(year),
                month: Some(6),
                ..base.clone()
            },
        ),
        (
            format!("Rejected in {year}"),
            ListQuery {
                status: Some(Status::Rejected),
                year: Some(year),
                ..base.clone()
            },
        ),
        (
            "news type 3".into(),
            ListQuery {
                news_type_id: Some(3),
                ..base.clone()
            },
        ),
        (
            format!("news type 3 in {year}-03"),
            ListQuery {
                news_type_id: Some(3),
                year: Some(year),
                month: Some(3),
                ..base.clone()
            },
        ),
        (
            "Initialed, checked".into(),
            ListQuery {
                status: Some(Status::Initialed),
                checked: Some(true),
                ..base.clone()
            },
        ),
        (
            "search + year".into(),
            ListQuery {
                search: Some("kesehatan".into()),
                year: Some(year),
                ..base.clone()
            },
        ),
    ]
}
