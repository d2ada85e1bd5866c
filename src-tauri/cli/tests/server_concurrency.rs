//! Many desks at once on one office server, each a real `pressdesk-cli` process (issue 15):
//! four front desks registering 50 releases each while four records-room desks give 20 archive
//! numbers each, all at the same time on a throwaway PostgreSQL cluster. Afterwards the agenda
//! numbers run exactly 1..n and the archive numbers exactly 1..80 (no gap, no double), the
//! audit chain is one valid chain, and `verify --db URL` is clean. About 22 s on the 2-core VM
//! shared with other builds (280 processes; the rush itself 15 s), 48 s beside a bench's move.

use std::collections::BTreeSet;
use std::io::Cursor;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use pg_cluster::Cluster;
use pressdesk_core::catalog::CHECKLIST;
use pressdesk_core::filing::{self, NewFolder};
use pressdesk_core::model::EvidenceKind;
use pressdesk_core::paraf::{self, CheckBatchInput, Decision, Initials, ParafInput};
use pressdesk_core::release::{self, EvidenceInput, NewRelease};
use pressdesk_core::{args, auth, evidence, publication, server, Store};

const ADMIN_NIP: &str = "198001012005012001";
const ADMIN_PIN: &str = "246810";
/// Every other user's PIN.
const PIN: &str = "135790";
const KASI: &str = "198207092006041003";
const KADIS: &str = "196805121993031004";
const KABID: &str = "197503172000032002";
const OPERATOR: &str = "199001152015032001";
const ARCHIVIST: &str = "198511202010011002";

const DESKS: usize = 4;
const REGISTERED_EACH: usize = 50;
const ARCHIVED_EACH: usize = 20;

fn cli(args: &[&str], env: &[(&str, &str)]) -> (bool, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pressdesk-cli"));
    // The tests read the Indonesian messages, whatever the machine's locale.
    cmd.env("PRESSDESK_LANG", "id");
    cmd.args(args)
        .env_remove("PRESSDESK_DB_URL")
        .env_remove("PRESSDESK_PIN")
        .env_remove("PRESSDESK_ADMIN_PIN");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("cli runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// A desk's login for this office (its password is printed once, on the last line).
fn desk(cluster: &Cluster, db: &str, admin: &str, name: &str) -> String {
    let (ok, out) = cli(&["server", "desk", "add", name, "--db", admin], &[]);
    assert!(ok, "{out}");
    let password = out.lines().last().expect("password").trim().to_owned();
    cluster.url(&format!("{db}_desk_{name}"), &password, db)
}

#[test]
fn four_desks_register_and_four_archive_at_once_and_every_number_runs_1_to_n() {
    let started = Instant::now();
    let cluster = Cluster::shared();
    let db = cluster.create_database("pd_many").expect("db");
    let admin = cluster.superuser_url(&db);
    let (ok, out) = cli(
        &[
            "server",
            "init",
            "--db",
            &admin,
            "--office",
            "Diskominfo Kaltara",
            "--unit",
            "DISKOMINFO",
            "--address",
            "Tanjung Selor",
            "--admin-name",
            "Rina",
            "--admin-nip",
            ADMIN_NIP,
        ],
        &[("PRESSDESK_ADMIN_PIN", ADMIN_PIN)],
    );
    assert!(ok && out.contains("Server siap"), "{out}");
    let front = desk(cluster, &db, &admin, "depan");
    let records = desk(cluster, &db, &admin, "arsip");
    let caches = tempfile::tempdir().unwrap();
    let cache = |name: &str| caches.path().join(name).to_str().unwrap().to_owned();

    // The office's people, added by its admin at the front desk, as `user add` does.
    for (name, nip, role) in [
        ("Rahmat Hidayat", KASI, "Kasi"),
        ("Drs. Yusuf Abdullah", KADIS, "Kadis"),
        ("Fransiska Lenny", KABID, "Kabid"),
        ("Dewi Lestari", OPERATOR, "Operator"),
        ("Agus Salim", ARCHIVIST, "Arsiparis"),
    ] {
        let (ok, out) = cli(
            &[
                "--data",
                &cache("admin"),
                "user",
                "add",
                "--name",
                name,
                "--nip",
                nip,
                "--role",
                role,
                "--admin",
                ADMIN_NIP,
                "--db",
                &front,
            ],
            &[("PRESSDESK_PIN", PIN), ("PRESSDESK_ADMIN_PIN", ADMIN_PIN)],
        );
        assert!(ok, "{out}");
    }

    // 80 releases ready to be filed, through the acts on the server as the office's desks
    // would: registered, checked, initialed by the Kadis and the Kabid, marked not published.
    let ready = {
        let store = Store::open_server(&records, Path::new(&cache("prepare"))).unwrap();
        let ready = prepare(&store, DESKS * ARCHIVED_EACH);
        let archivist = auth::sign_in_nip(&store, ARCHIVIST, PIN).unwrap();
        let folder = NewFolder {
            cabinet: "A".into(),
            drawer: "1".into(),
            code: "2026-TL".into(),
            name: "Rilis tidak ditayangkan".into(),
            capacity: 200,
        };
        filing::add_folder(&store, &archivist, folder).unwrap();
        ready
    };
    let prepared = ready.len();
    let form = caches.path().join("rilis.json");
    std::fs::write(
        &form,
        serde_json::json!({
            "sender_org": "Dinas Kesehatan",
            "sender_contact": "Humas, 0812-5555-0101",
            "letter_no": "B/17/HUMAS/2026",
            "title": "Pemeriksaan kesehatan gratis di Tarakan",
            "body": "Pemerintah provinsi menggelar pemeriksaan kesehatan gratis bagi warga.",
        })
        .to_string(),
    )
    .unwrap();
    let form = form.to_str().unwrap();

    // Eight processes' worth of work at once: four front desks, four records-room desks.
    let rush = Instant::now();
    std::thread::scope(|s| {
        let mut workers = Vec::new();
        for d in 0..DESKS {
            let (front, data) = (&front, cache(&format!("depan-{d}")));
            workers.push(s.spawn(move || {
                for _ in 0..REGISTERED_EACH {
                    let args = ["--data", &data, "register", "--json", form, "--db", front];
                    let (ok, out) = cli(&args, &[]);
                    assert!(ok, "register: {out}");
                }
            }));
        }
        for (d, mine) in ready.chunks(ARCHIVED_EACH).enumerate() {
            let (records, data) = (&records, cache(&format!("arsip-{d}")));
            workers.push(s.spawn(move || {
                for uid in mine {
                    let args = [
                        "--data", &data, "archive", uid, "--user", ARCHIVIST, "--folder",
                        "2026-TL", "--db", records,
                    ];
                    let (ok, out) = cli(&args, &[("PRESSDESK_PIN", PIN)]);
                    assert!(ok, "archive {uid}: {out}");
                }
            }));
        }
        for w in workers {
            w.join().expect("a desk's process failed");
        }
    });
    let rush = rush.elapsed();

    let mut owner = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
    let numbers = |owner: &mut postgres::Client, sql: &str| -> Vec<i64> {
        owner
            .query(sql, &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect()
    };
    let agenda = numbers(
        &mut owner,
        "SELECT agenda_seq FROM pressdesk.releases ORDER BY agenda_seq",
    );
    let n = prepared + DESKS * REGISTERED_EACH;
    assert_eq!(
        agenda,
        (1..=n as i64).collect::<Vec<_>>(),
        "agenda numbers 1..{n}"
    );
    let years: BTreeSet<i64> = numbers(&mut owner, "SELECT agenda_year FROM pressdesk.releases")
        .into_iter()
        .collect();
    assert_eq!(years.len(), 1, "one year's book: {years:?}");
    let archive = numbers(
        &mut owner,
        "SELECT seq FROM pressdesk.archive_numbers ORDER BY seq",
    );
    let filed = DESKS * ARCHIVED_EACH;
    assert_eq!(
        archive,
        (1..=filed as i64).collect::<Vec<_>>(),
        "archive numbers 1..{filed}"
    );
    let archived = numbers(
        &mut owner,
        "SELECT count(*) FROM pressdesk.releases WHERE status = 'Archived'",
    );
    assert_eq!(archived, vec![filed as i64]);

    // The chain, walked from its first event on the server, and its head row agree.
    let client = pressdesk_core::sql::PgConn::new(server::connect(&admin).unwrap());
    client
        .client()
        .batch_execute("SET search_path TO pressdesk")
        .unwrap();
    let chain = pressdesk_core::sql::in_transaction(&client, server::verify_chain).unwrap();
    assert!(chain.faults.is_empty(), "{:?}", chain.faults);
    let head: String = pressdesk_core::sql::in_transaction(&client, |db| {
        db.query_row("SELECT hash FROM audit_head WHERE id = 1", args![], |r| {
            r.get(0)
        })
    })
    .unwrap();
    assert_eq!(chain.head, head, "the head row is the chain's last event");
    let (ok, out) = cli(
        &["--data", &cache("periksa"), "verify", "--db", &records],
        &[],
    );
    assert!(ok, "verify: {out}");
    println!(
        "{n} releases ({} registered by {DESKS} processes at once), {filed} archive numbers \
         ({DESKS} processes), {} audit events; the rush {:.1} s, the test {:.1} s",
        DESKS * REGISTERED_EACH,
        chain.events,
        rush.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
}

/// `count` releases through the acts up to «ready to file»: registered (each with a photo),
/// checked by the Kasi, initialed by the Kadis and the Kabid, marked not published by the
/// operator. Their ids, oldest first.
fn prepare(store: &Store, count: usize) -> Vec<String> {
    let sign_in = |nip: &str| auth::sign_in_nip(store, nip, PIN).unwrap();
    let (kasi, kadis, kabid, operator) = (
        sign_in(KASI),
        sign_in(KADIS),
        sign_in(KABID),
        sign_in(OPERATOR),
    );
    let mut ids = Vec::new();
    for i in 0..count {
        let photo = evidence::stage_file(store, Some(&kasi), "foto.jpg", &jpeg(i as u8)).unwrap();
        let form = NewRelease {
            sender_org: "Dinas Kelautan dan Perikanan".into(),
            sender_contact: "Humas, 0812-5555-0202".into(),
            letter_no: format!("{i:03}/DKP/2026"),
            title: format!("Panen raya rumput laut di Bunyu ({i})"),
            body: "Kelompok nelayan memanen rumput laut bersama pemerintah provinsi.".into(),
            checklist: CHECKLIST.iter().map(|(k, _)| (*k).into()).collect(),
            evidence: vec![EvidenceInput {
                sha256: photo.sha256,
                kind: EvidenceKind::Photo,
                name: photo.name,
            }],
            ..NewRelease::default()
        };
        ids.push(
            release::register_release(store, &kasi, form)
                .unwrap()
                .summary
                .id,
        );
    }
    let check = CheckBatchInput {
        release_ids: ids.clone(),
        complete: true,
        reason: String::new(),
    };
    paraf::check_releases(store, &kasi, check).unwrap();
    for (who, seed) in [(&kadis, 1u8), (&kabid, 2)] {
        let staged = evidence::stage_file(store, Some(who), "paraf.png", &png(seed)).unwrap();
        let input = ParafInput {
            release_ids: ids.clone(),
            decision: Decision::Approve,
            note: String::new(),
            pin: PIN.into(),
            initials: Initials::Drawn {
                png_sha: staged.sha256,
                strokes: "[]".into(),
                width_mm: 60.0,
                height_mm: 30.0,
                save: false,
            },
        };
        paraf::paraf_releases(store, who, input).unwrap();
    }
    for id in &ids {
        let reason = "Edaran internal, tidak untuk portal.".to_owned();
        publication::mark_not_published(store, &operator, id.clone(), reason).unwrap();
    }
    ids
}

fn jpeg(seed: u8) -> Vec<u8> {
    let img = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([seed, x as u8, y as u8]));
    let mut out = Cursor::new(Vec::new());
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
        .encode_image(&img)
        .unwrap();
    out.into_inner()
}

fn png(seed: u8) -> Vec<u8> {
    let mut img = image::RgbaImage::new(240, 120);
    for i in 0..200u32 {
        let (x, y) = (20 + i, 40 + (i * u32::from(seed) / 5) % 60);
        img.put_pixel(x, y, image::Rgba([10, 20, 80, 255]));
    }
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}
