//! Takes the demo's approved releases online and files most of them, so the publication queue,
//! the archive, the labels and the filing index all have realistic content.

use pressdesk_core::auth::{self, Actor};
use pressdesk_core::filing::{self, ArchiveInput, NewFolder, PublishInput};
use pressdesk_core::model::{Role, Status};
use pressdesk_core::release::{self, ListQuery};
use pressdesk_core::{Result, Store};

use crate::demo::{DEMO_PIN, STAFF};

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
    if filing::list_folders(store, &Actor::console())?.is_empty() {
        for (drawer, code) in [
            ("1", "PR-2026-01"),
            ("1", "PR-2026-02"),
            ("2", "PR-TL-2026"),
        ] {
            let name = format!("Press release {code}");
            let input = NewFolder {
                cabinet: "A".into(),
                drawer: drawer.into(),
                code: code.into(),
                name,
                capacity: 50,
            };
            filing::add_folder(store, &Actor::console(), input)?;
        }
    }
    let all = |status| -> Result<Vec<String>> {
        let query = ListQuery {
            status: Some(status),
            limit: Some(500),
            ..ListQuery::default()
        };
        Ok(release::list_releases(store, &Actor::console(), query)?
            .rows
            .into_iter()
            .rev()
            .map(|r| r.id)
            .collect())
    };
    let approved = all(Status::Approved)?;
    let publish_n = approved.len() * 9 / 10;
    for (i, id) in approved[..publish_n].iter().enumerate() {
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
                release_id: id.clone(),
                site_id: *site_id,
                url: format!("{base}{slug}"),
                published_at: None,
            };
            filing::record_publication(store, &operator, input)?;
        }
    }
    let published = all(Status::Published)?;
    for id in &published[..published.len() * 9 / 10] {
        file(store, &archivist, id, None)?;
    }
    for id in all(Status::Rejected)? {
        file(store, &archivist, &id, Some("PR-TL-2026"))?;
    }
    Ok(())
}

fn file(store: &Store, archivist: &Actor, id: &str, folder: Option<&str>) -> Result<()> {
    let input = ArchiveInput {
        release_id: id.into(),
        folder: folder.map(str::to_owned),
        archived_on: None,
    };
    filing::archive_release(store, archivist, input).map(drop)
}
