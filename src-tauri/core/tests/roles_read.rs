//! The reading commands against every role (and the console): lists, the release page, reports,
//! printed documents and uploads all need an actor whose role the permission table allows.

mod common;

use common::paraf_office::*;
use common::*;
use pressdesk_core::job::Job;
use pressdesk_core::model::Actor;
use pressdesk_core::paraf;
use pressdesk_core::period::Period;
use pressdesk_core::print::{self, DocumentRequest, Paper};
use pressdesk_core::release::{self, ListQuery};
use pressdesk_core::reports;
use pressdesk_core::{evidence, filing, publication, verify, Error, Result, Store};

const EVERY_ROLE: &[&str] = &[
    "console",
    "Admin",
    "Kasi",
    "Kadis",
    "Kabid",
    "Operator Website",
    "Arsiparis",
];

type Command<'a> = (
    &'a str,
    &'a [&'a str],
    Box<dyn Fn(&Actor) -> Result<()> + 'a>,
);

fn refused(result: &Result<()>) -> bool {
    matches!(result, Err(Error::Forbidden(m)) if m.contains("tidak berwenang"))
}

#[test]
fn every_reading_command_checks_the_role_in_core() {
    let o = office();
    let actors = every_actor(&o);
    let key = checked(&o, "Rilis untuk dibaca", 3).summary.id;
    let year = chrono_year();
    let this_year = Period::Year { year };
    let s: &Store = &o.store;
    let render = |a: &Actor, request: DocumentRequest| {
        print::render_document(s, a, &request, &Job::none()).map(drop)
    };
    let commands: Vec<Command> = vec![
        (
            "list_releases",
            EVERY_ROLE,
            Box::new(|a| release::list_releases(s, a, ListQuery::default()).map(drop)),
        ),
        (
            "find_exact",
            EVERY_ROLE,
            Box::new(|a| release::find_exact(s, a, "1").map(drop)),
        ),
        (
            "get_release",
            EVERY_ROLE,
            Box::new(|a| release::get_release(s, a, &key).map(drop)),
        ),
        (
            "paraf_groups",
            EVERY_ROLE,
            Box::new(|a| paraf::paraf_groups(s, a).map(drop)),
        ),
        (
            "sop_time_report",
            EVERY_ROLE,
            Box::new(|a| reports::sop_time_report(s, a, year, None).map(drop)),
        ),
        (
            "published_report",
            EVERY_ROLE,
            Box::new(|a| reports::published_report(s, a, &this_year).map(drop)),
        ),
        (
            "export_agenda",
            EVERY_ROLE,
            Box::new(|a| reports::export_agenda(s, a, &this_year, "csv").map(drop)),
        ),
        (
            "render_document (sheet)",
            EVERY_ROLE,
            Box::new(|a| {
                let paper = Paper::A4;
                render(
                    a,
                    DocumentRequest::Sheet {
                        key: key.clone(),
                        paper,
                    },
                )
            }),
        ),
        (
            "render_document (ledger)",
            EVERY_ROLE,
            Box::new(|a| {
                let period = this_year.clone();
                render(
                    a,
                    DocumentRequest::Ledger {
                        period,
                        paper: Paper::A4,
                    },
                )
            }),
        ),
        (
            "list_sites",
            EVERY_ROLE,
            Box::new(|a| publication::list_sites(s, a).map(drop)),
        ),
        (
            "list_series",
            EVERY_ROLE,
            Box::new(|a| filing::list_series(s, a).map(drop)),
        ),
        (
            "list_folders",
            EVERY_ROLE,
            Box::new(|a| filing::list_folders(s, a).map(drop)),
        ),
        (
            "filing_index",
            EVERY_ROLE,
            Box::new(|a| filing::filing_index(s, a, year).map(drop)),
        ),
        (
            "verify",
            &["console", "Admin"],
            Box::new(|a| verify::verify(s, a, false).map(drop)),
        ),
        (
            "stage_file",
            &["console", "Admin", "Kasi", "Kadis", "Kabid"],
            Box::new(|a| evidence::stage_file(s, Some(a), "foto.jpg", &jpeg(40, 30, 9)).map(drop)),
        ),
    ];
    for (name, allowed, run) in &commands {
        for (who, actor) in &actors {
            let result = run(actor);
            assert_eq!(
                refused(&result),
                !allowed.contains(&who.as_str()),
                "{name} by {who}: {result:?}"
            );
            if !refused(&result) {
                assert!(result.is_ok(), "{name} by {who}: {result:?}");
            }
        }
    }
}

/// Before the office exists no one can sign in, so the first-run form may stage its logo
/// without a user; once the office is set up, an upload without a user is refused.
#[test]
fn an_upload_without_a_user_is_allowed_only_before_the_first_run() {
    let (_dir, store) = store();
    let refused = evidence::stage_file(&store, None, "logo.png", &jpeg(40, 30, 1)).unwrap_err();
    assert_eq!(refused.kind(), "forbidden");
    assert!(
        refused.to_string().contains("masuk dengan nama dan PIN"),
        "{refused}"
    );

    let dir = tempfile::tempdir().unwrap();
    let fresh = Store::open(dir.path()).unwrap();
    let staged = evidence::stage_file(&fresh, None, "logo.jpg", &jpeg(40, 30, 1)).unwrap();
    assert!(staged.has_thumb);
}

fn chrono_year() -> i32 {
    use chrono::Datelike;
    chrono::Utc::now().year()
}
