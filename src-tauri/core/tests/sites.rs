//! Websites in Pengaturan: the admin switches one off, the operator can no longer choose it,
//! its earlier publications stay, and the last site in use cannot be switched off.

mod common;

use common::paraf_office::*;
use common::*;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::paraf::Decision;
use pressdesk_core::publication;
use pressdesk_core::publication::PublishInput;

#[test]
fn a_site_switched_off_is_no_longer_offered_and_the_last_one_stays_on() {
    let o = office();
    let console = Actor::console();
    let operator = person(&o.store, "Dewi", "199001152015032001", Role::Operator);
    let approved = |seed: u8| {
        let r = checked(&o, "Rilis situs", seed);
        for official in [&o.kadis, &o.kabid] {
            let ids = [r.summary.id.as_str()];
            sign(&o, official, &ids, Decision::Approve, drawn(&o, seed)).unwrap();
        }
        r.summary.id
    };
    let publish = |release_id: String, site_id: i64| {
        let input = PublishInput {
            release_id,
            site_id,
            url: "https://diskominfo.kaltaraprov.go.id/berita/1".into(),
            published_at: None,
        };
        publication::record_publication(&o.store, &operator, input)
    };
    let first = approved(1);
    publish(first.clone(), 1).unwrap();

    let off = publication::set_site_active(&o.store, &console, 1, false).unwrap();
    assert!(!off.active);
    let refused = publish(approved(2), 1).unwrap_err();
    assert_eq!(refused.field(), Some("site_id"), "{refused}");
    let detail = pressdesk_core::release::get_release(&o.store, &console, &first).unwrap();
    assert_eq!(detail.publications.len(), 1, "earlier publications stay");

    let sites = publication::list_sites(&o.store, &console).unwrap();
    let last = sites.iter().filter(|s| s.active).count();
    for site in sites.iter().filter(|s| s.active).take(last - 1) {
        publication::set_site_active(&o.store, &console, site.id, false).unwrap();
    }
    let only = publication::list_sites(&o.store, &console).unwrap();
    let only = only.iter().find(|s| s.active).unwrap();
    let err = publication::set_site_active(&o.store, &console, only.id, false).unwrap_err();
    assert_eq!(err.field(), Some("site"));
    assert!(err.to_string().contains("Situs terakhir"), "{err}");

    assert_eq!(
        publication::set_site_active(&o.store, &console, 99, true)
            .unwrap_err()
            .kind(),
        "not_found"
    );
    let err = publication::set_site_active(&o.store, &operator, 1, true).unwrap_err();
    assert_eq!(err.kind(), "forbidden");
    assert!(
        publication::set_site_active(&o.store, &console, 1, true)
            .unwrap()
            .active
    );
}
