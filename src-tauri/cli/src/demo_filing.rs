//! Takes the demo's approved releases online and files most of them, so the publication queue,
//! the archive, the labels and the filing index all have realistic content. Folders are made
//! as they fill (50 releases each, one run per series and year), so any number of releases
//! finds room, and each archive number is dated on the day its release was filed.

use std::collections::HashMap;

use pressdesk_core::auth;
use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::model::Status;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::publication::{self, PublishInput};
use pressdesk_core::{office, timefmt, Result, Store};

use crate::demo::{DEMO_PIN, STAFF};
use crate::demo_timing::step_end;

/// Releases one demo folder holds.
const FOLDER_CAPACITY: i64 = 50;

pub fn advance(store: &Store) -> Result<()> {
    let nip = |role: Role| {
        STAFF
            .iter()
            .find(|s| s.2 == role)
            .map(|s| s.1)
            .unwrap_or_default()
    };
    let operator = auth::sign_in_nip(store, nip(Role::Operator), DEMO_PIN)?;
    let archivist = auth::sign_in_nip(store, nip(Role::Archivist), DEMO_PIN)?;
    let tz = store.with_db(office::timezone)?;
    let approved = in_state(store, Status::Approved)?;
    let publish_n = approved.len() * 9 / 10;
    for (i, r) in approved[..publish_n].iter().enumerate() {
        let slug = format!("berita-{:04}", i + 1);
        let sites: &[(i64, &str)] = if i % 3 == 0 {
            &[
                (1, "https://diskominfo.kaltaraprov.go.id/berita/"),
                (2, "https://mediacenter.kaltaraprov.go.id/"),
            ]
        } else {
            &[(1, "https://diskominfo.kaltaraprov.go.id/berita/")]
        };
        for (site_id, base) in sites {
            let input = PublishInput {
                release_id: r.uid.clone(),
                site_id: *site_id,
                url: format!("{base}{slug}"),
                published_at: None,
            };
            publication::record_publication(store, &operator, input)?;
        }
    }
    let published = in_state(store, Status::Published)?;
    let mut to_file: Vec<(&Row, &str)> = published[..published.len() * 9 / 10]
        .iter()
        .map(|r| (r, "PR"))
        .collect();
    let rejected = in_state(store, Status::Rejected)?;
    to_file.extend(rejected.iter().map(|r| (r, "PR-TL")));
    // In the order they arrived, so that archive numbers follow their dates.
    to_file.sort_by_key(|(r, _)| r.id);
    let mut cabinet = Cabinet::open(store)?;
    for (r, series) in to_file {
        let filed = timefmt::local_date(step_end(r.id, r.received, 5), tz);
        let folder = cabinet.room(store, series, &filed.format("%Y").to_string())?;
        let input = ArchiveInput {
            release_id: r.uid.clone(),
            folder: Some(folder),
            archived_on: Some(filed.to_string()),
        };
        filing::archive_release(store, &archivist, input)?;
    }
    Ok(())
}

struct Row {
    id: i64,
    uid: String,
    received: chrono::DateTime<chrono::Utc>,
}

/// Every release in a state, oldest first (all of them: a demo of 10,000 has thousands).
fn in_state(store: &Store, status: Status) -> Result<Vec<Row>> {
    let rows: Vec<(i64, String, String)> = store.with_conn(|c| {
        let mut stmt = c.prepare(
            "SELECT id, uid, received_at FROM releases WHERE status = ?1
             ORDER BY received_at, id",
        )?;
        let rows = stmt.query_map([status.as_str()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    })?;
    rows.into_iter()
        .map(|(id, uid, at)| {
            Ok(Row {
                id,
                uid,
                received: timefmt::from_db(&at)?,
            })
        })
        .collect()
}

/// The demo's filing cabinet: per series and year, the folder being filled.
struct Cabinet {
    /// Folder code → releases in it and room (existing folders too: a second run adds to
    /// them; a closed one counts as full).
    used: HashMap<String, (i64, i64)>,
}

impl Cabinet {
    fn open(store: &Store) -> Result<Cabinet> {
        let used = filing::list_folders(store, &Actor::console())?
            .into_iter()
            .map(|f| {
                (
                    f.code,
                    (if f.closed { f.capacity } else { f.used }, f.capacity),
                )
            })
            .collect();
        Ok(Cabinet { used })
    }

    /// The code of a folder of `series` and `year` with room, made when none has any.
    fn room(&mut self, store: &Store, series: &str, year: &str) -> Result<String> {
        let mut k = 1;
        loop {
            let code = format!("{series}-{year}-{k:02}");
            k += 1;
            match self.used.get_mut(&code) {
                Some((used, room)) if *used >= *room => continue,
                Some((used, _)) => {
                    *used += 1;
                    return Ok(code);
                }
                None => {
                    let drawer = if series == "PR" { "1" } else { "2" };
                    let input = NewFolder {
                        cabinet: year.into(),
                        drawer: drawer.into(),
                        code: code.clone(),
                        name: format!("Press release {code}"),
                        capacity: FOLDER_CAPACITY,
                    };
                    filing::add_folder(store, &Actor::console(), input)?;
                    self.used.insert(code.clone(), (1, FOLDER_CAPACITY));
                    return Ok(code);
                }
            }
        }
    }
}
