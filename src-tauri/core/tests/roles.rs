//! Every command against every role (and the console), in core: refused exactly where the
//! permission table says, including backup and restore.

mod common;

use common::paraf_office::*;
use common::*;
use pressdesk_core::auth;
use pressdesk_core::backup;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::paraf::{self, CheckInput, Decision, PaperReviewInput, RevokeInput};
use pressdesk_core::release;
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{evidence, publication, verify};

/// Every command against every role (and the console): refused exactly where the table says.
#[test]
fn every_command_checks_the_role_in_core() {
    use pressdesk_core::paraf::PaperParafInput;
    use pressdesk_core::{catalog, filing, office as office_mod};
    let o = office();
    let actors = every_actor(&o);
    let kasi_id = o.kasi.id().unwrap();
    let operator = || auth::sign_in_nip(&o.store, "199001152015032001", PIN).unwrap();
    let approved = |seed: u8| {
        let r = checked(&o, "Disetujui", seed);
        sign(
            &o,
            &o.kadis,
            &[&r.summary.id],
            Decision::Approve,
            drawn(&o, 7),
        )
        .unwrap();
        sign(
            &o,
            &o.kabid,
            &[&r.summary.id],
            Decision::Approve,
            drawn(&o, 7),
        )
        .unwrap();
        r.summary.id
    };
    let folder = filing::NewFolder {
        cabinet: "A".into(),
        drawer: "1".into(),
        code: "UTAMA".into(),
        name: String::new(),
        capacity: 500,
    };
    filing::add_folder(&o.store, &Actor::console(), folder).unwrap();
    let kadis_id = o.kadis.id().unwrap();
    let out = tempfile::tempdir().unwrap();
    let made = out.path().join("sumber.tar");
    backup::backup(&o.store, &Actor::console(), &made, &mut |_| {}).unwrap();
    type Command<'a> = (
        &'a str,
        &'a [&'a str],
        Box<dyn Fn(&Actor, usize) -> pressdesk_core::Result<()> + 'a>,
    );
    let commands: Vec<Command> = vec![
        (
            "update_office",
            &["Admin", "console"],
            Box::new(|a, _| {
                let office = o.store.with_db(office_mod::get).unwrap().unwrap();
                office_mod::update_office(&o.store, a, office).map(drop)
            }),
        ),
        (
            "add_user",
            &["Admin", "console"],
            Box::new(|a, i| {
                let nip = format!("19900101201501{:04}", 1000 + i);
                let input = NewUser {
                    name: "Baru".into(),
                    nip,
                    role: Role::Kasi,
                    position: "Staf".into(),
                    pin: None,
                    rank: None,
                };
                users::add_user(&o.store, a, input).map(drop)
            }),
        ),
        (
            "set_user_active",
            &["Admin", "console"],
            Box::new(|a, _| users::set_user_active(&o.store, a, kasi_id, true).map(drop)),
        ),
        (
            "reset_pin",
            &["Admin", "console"],
            Box::new(|a, _| auth::reset_pin(&o.store, a, kasi_id, PIN)),
        ),
        (
            "add_news_type",
            &["Admin", "console"],
            Box::new(|a, i| catalog::add_news_type(&o.store, a, format!("Jenis {i}")).map(drop)),
        ),
        (
            "set_news_type_active",
            &["Admin", "console"],
            Box::new(|a, _| catalog::set_news_type_active(&o.store, a, 1, true)),
        ),
        (
            "register_release",
            &["Kasi", "console"],
            Box::new(|a, _| release::register_release(&o.store, a, release("R", "D")).map(drop)),
        ),
        (
            "check_release",
            &["Kasi"],
            Box::new(|a, _| {
                let r = release::register_release(&o.store, &o.kasi, release("R", "D")).unwrap();
                let input = CheckInput {
                    release_id: r.summary.id,
                    complete: false,
                    reason: "Kurang foto".into(),
                };
                paraf::check_release(&o.store, a, input).map(drop)
            }),
        ),
        (
            "paraf_releases",
            &["Kadis", "Kabid"],
            Box::new(|a, i| {
                let r = checked(&o, "R", i as u8);
                sign(&o, a, &[&r.summary.id], Decision::Approve, drawn(&o, 7)).map(drop)
            }),
        ),
        (
            "record_paper_paraf",
            &["Kasi"],
            Box::new(|a, i| {
                let r = checked(&o, "R", i as u8);
                let scan = evidence::stage_file(
                    &o.store,
                    Some(&Actor::console()),
                    "scan.jpg",
                    &jpeg(500, 700, i as u8),
                )
                .unwrap();
                let input = PaperParafInput {
                    release_id: r.summary.id,
                    official_id: kadis_id,
                    decision: Decision::Approve,
                    note: String::new(),
                    scan_sha: scan.sha256,
                };
                paraf::record_paper_paraf(&o.store, a, input).map(drop)
            }),
        ),
        (
            "confirm_paper_paraf",
            &["Kadis", "Kabid"],
            Box::new(|a, i| {
                let input = PaperReviewInput {
                    paraf_id: paper_paraf_of_kadis(&o, i),
                    pin: PIN.into(),
                    reason: String::new(),
                };
                paraf::confirm_paper_paraf(&o.store, a, input).map(drop)
            }),
        ),
        (
            "disown_paper_paraf",
            &["Kadis", "Kabid"],
            Box::new(|a, i| {
                let input = PaperReviewInput {
                    paraf_id: paper_paraf_of_kadis(&o, i),
                    pin: PIN.into(),
                    reason: "Bukan tulisan saya.".into(),
                };
                paraf::disown_paper_paraf(&o.store, a, input).map(drop)
            }),
        ),
        (
            "revoke_paraf",
            &["Kadis"],
            Box::new(|a, i| {
                let r = checked(&o, "R", i as u8);
                sign(
                    &o,
                    &o.kadis,
                    &[&r.summary.id],
                    Decision::Approve,
                    drawn(&o, 8),
                )
                .unwrap();
                let input = RevokeInput {
                    release_id: r.summary.id,
                    pin: PIN.into(),
                    reason: "Uji".into(),
                };
                paraf::revoke_paraf(&o.store, a, input).map(drop)
            }),
        ),
        (
            "save_initials",
            &["Kadis", "Kabid"],
            Box::new(|a, _| paraf::save_initials(&o.store, a, PIN, drawn(&o, 6))),
        ),
        (
            "add_site",
            &["Admin", "console"],
            Box::new(|a, i| publication::add_site(&o.store, a, format!("Situs {i}")).map(drop)),
        ),
        (
            "set_site_active",
            &["Admin", "console"],
            Box::new(|a, _| publication::set_site_active(&o.store, a, 1, true).map(drop)),
        ),
        (
            "add_folder",
            &["Admin", "Arsiparis", "console"],
            Box::new(|a, i| {
                let input = filing::NewFolder {
                    cabinet: "A".into(),
                    drawer: "1".into(),
                    code: format!("M{i}"),
                    name: String::new(),
                    capacity: 50,
                };
                filing::add_folder(&o.store, a, input).map(drop)
            }),
        ),
        (
            "update_series",
            &["Admin", "Arsiparis", "console"],
            Box::new(|a, _| {
                let input = filing::SeriesInput {
                    code: "approved".into(),
                    template: "{seq:03}/PR/{unit}/{month_roman}/{year}".into(),
                    classification: "480".into(),
                    reset: "yearly".into(),
                };
                filing::update_series(&o.store, a, input).map(drop)
            }),
        ),
        (
            "record_publication",
            &["Operator Website"],
            Box::new(|a, i| {
                let id = approved(i as u8);
                let input = publication::PublishInput {
                    release_id: id,
                    site_id: 1,
                    url: "https://diskominfo.go.id/b".into(),
                    published_at: None,
                };
                publication::record_publication(&o.store, a, input).map(drop)
            }),
        ),
        (
            "mark_not_published",
            &["Operator Website"],
            Box::new(|a, i| {
                publication::mark_not_published(&o.store, a, approved(i as u8), "Internal".into())
                    .map(drop)
            }),
        ),
        (
            "archive_release",
            &["Arsiparis"],
            Box::new(|a, i| {
                let id = approved(i as u8);
                publication::mark_not_published(
                    &o.store,
                    &operator(),
                    id.clone(),
                    "Internal".into(),
                )
                .unwrap();
                let input = filing::ArchiveInput {
                    release_id: id,
                    folder: None,
                    archived_on: None,
                };
                filing::archive_release(&o.store, a, input).map(drop)
            }),
        ),
        (
            "backup",
            &["Admin", "console"],
            Box::new(|a, i| {
                let file = out.path().join(format!("c{i}.tar"));
                backup::backup(&o.store, a, &file, &mut |_| {}).map(drop)
            }),
        ),
        (
            "restore",
            &["Admin", "console"],
            Box::new(|a, i| {
                let into = out.path().join(format!("pulih{i}"));
                backup::restore(a, &made, &into, &mut |_| {}).map(drop)
            }),
        ),
    ];
    let mut n = 0;
    for (name, allowed, run) in &commands {
        for (who, actor) in &actors {
            n += 1;
            let result = run(actor, n);
            let refused = matches!(&result, Err(e) if e.kind() == "forbidden"
                && e.to_string().contains("tidak berwenang")
                || matches!(e, pressdesk_core::Error::Forbidden(m)
                    if m.contains("memerlukan pengguna")));
            assert_eq!(
                refused,
                !allowed.contains(&who.as_str()),
                "{name} by {who}: {result:?}"
            );
        }
    }
    assert_eq!(n, commands.len() * 7);
    assert!(
        verify::verify(&o.store, &Actor::console(), true)
            .unwrap()
            .ok
    );
}

/// A paper paraf the Kasi recorded in the Kadis's name on a new release; its id.
fn paper_paraf_of_kadis(o: &Office, i: usize) -> i64 {
    let r = checked(o, "R", i as u8);
    let scan = evidence::stage_file(
        &o.store,
        Some(&o.kasi),
        "scan.jpg",
        &jpeg(300, 420, i as u8),
    )
    .unwrap();
    let input = pressdesk_core::paraf::PaperParafInput {
        release_id: r.summary.id,
        official_id: o.kadis.id().unwrap(),
        decision: Decision::Approve,
        note: String::new(),
        scan_sha: scan.sha256,
    };
    paraf::record_paper_paraf(&o.store, &o.kasi, input).unwrap();
    let waiting = paraf::paper_parafs_to_confirm(&o.store, &o.kadis).unwrap();
    waiting.last().unwrap().paraf_id
}
