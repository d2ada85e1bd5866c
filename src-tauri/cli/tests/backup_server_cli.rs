//! `backup` and `restore` with the office's server, as an admin runs them: the demo office
//! moved onto a server is backed up from a desk (`backup --out F --db URL`), then restored into
//! an empty folder (`restore F --into DIR`) and onto an empty server (`restore F --db URL`);
//! the agenda and `verify` read the same everywhere. A damaged backup is refused in Indonesian
//! and leaves the folder and the server as they were.

use std::process::Command;
use std::time::Instant;

use pg_cluster::Cluster;

fn cli(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pressdesk-cli"))
        .env("PRESSDESK_LANG", "id")
        .args(args)
        .env_remove("PRESSDESK_DB_URL")
        .output()
        .expect("cli runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

fn json(args: &[&str]) -> serde_json::Value {
    let (ok, out) = cli(args);
    assert!(ok, "{out}");
    let start = out.find('{').unwrap_or_else(|| panic!("{out}"));
    let end = out.rfind('}').unwrap_or_else(|| panic!("{out}")) + 1;
    serde_json::from_str(&out[start..end]).unwrap_or_else(|e| panic!("{e}: {out}"))
}

/// What a person reads: the agenda and what `verify` says (its figures, its head, no faults).
fn seen(place: &[&str]) -> serde_json::Value {
    let mut list = vec!["list", "--limit", "500", "--json"];
    list.extend_from_slice(place);
    let mut verify = vec!["verify", "--json"];
    verify.extend_from_slice(place);
    let v = json(&verify);
    serde_json::json!({
        "agenda": json(&list)["rows"],
        "verify": [v["ok"], v["releases"], v["events"], v["files_checked"], v["audit_head"]],
    })
}

/// A desk's login on the server whose administrator's URL is `admin`.
fn desk(cluster: &Cluster, db: &str, admin: &str, name: &str) -> String {
    let (ok, out) = cli(&["server", "desk", "add", name, "--db", admin]);
    assert!(ok, "{out}");
    let password = out.lines().last().expect("password").trim().to_owned();
    cluster.url(&format!("{db}_desk_{name}"), &password, db)
}

#[test]
fn a_servers_backup_made_at_a_desk_restores_into_a_folder_and_onto_an_empty_server() {
    let work = tempfile::tempdir().unwrap();
    let path = |name: &str| work.path().join(name).to_str().unwrap().to_owned();
    // A bigger office for the figures: PRESSDESK_BACKUP_RELEASES=1000.
    let releases = std::env::var("PRESSDESK_BACKUP_RELEASES").unwrap_or_else(|_| "30".into());
    let (ok, out) = cli(&["--data", &path("asal"), "demo", "--releases", &releases]);
    assert!(ok, "{out}");
    let cluster = Cluster::shared();
    let db = cluster.create_database("pd_bk_src").expect("db");
    let admin = cluster.superuser_url(&db);
    let (ok, out) = cli(&["server", "move", "--from", &path("asal"), "--db", &admin]);
    assert!(ok, "{out}");
    let kasi = desk(cluster, &db, &admin, "kasi");
    let cache = path("cache");
    let before = seen(&["--data", &cache, "--db", &kasi]);
    assert_eq!(before["verify"][0], true, "{before}");

    let bag = path("cadangan.tar");
    let started = Instant::now();
    let (ok, out) = cli(&["--data", &cache, "backup", "--out", &bag, "--db", &kasi]);
    let took = started.elapsed();
    assert!(ok && out.contains("Cadangan ditulis"), "{out}");
    assert!(out.contains("PIN tidak ikut"), "{out}");
    let size = std::fs::metadata(&bag).unwrap().len();
    let files = before["verify"][3].clone();
    println!("cadangan server ({releases} rilis demo, {files} berkas): {size} bita, {took:?}");

    let (ok, out) = cli(&["restore", &bag, "--into", &path("pulih")]);
    assert!(ok && out.contains("lolos pemeriksaan"), "{out}");
    assert_eq!(seen(&["--data", &path("pulih")]), before, "into a folder");

    let db2 = cluster.create_database("pd_bk_dst").expect("db");
    let admin2 = cluster.superuser_url(&db2);
    let (ok, out) = cli(&["restore", &bag, "--db", &admin2]);
    assert!(ok && out.contains("lolos pemeriksaan"), "{out}");
    let kasi2 = desk(cluster, &db2, &admin2, "kasi");
    let cache2 = path("cache2");
    assert_eq!(
        seen(&["--data", &cache2, "--db", &kasi2]),
        before,
        "onto a server"
    );

    // A damaged backup: refused, nothing written to the folder or to the server.
    let mut raw = std::fs::read(&bag).unwrap();
    let mid = raw.len() / 2;
    raw[mid] ^= 0x5A;
    let damaged = path("rusak.tar");
    std::fs::write(&damaged, raw).unwrap();
    let (ok, out) = cli(&["restore", &damaged, "--into", &path("pulih-rusak")]);
    assert!(!ok && out.contains("Cadangan rusak"), "{out}");
    assert!(!work.path().join("pulih-rusak").exists(), "{out}");
    let db3 = cluster.create_database("pd_bk_bad").expect("db");
    let admin3 = cluster.superuser_url(&db3);
    let (ok, out) = cli(&["restore", &damaged, "--db", &admin3]);
    assert!(!ok && out.contains("Cadangan rusak"), "{out}");
    let (ok, out) = cli(&["server", "check", "--db", &admin3]);
    assert!(!ok && out.contains("server init"), "still empty: {out}");
    // Nor over an office already there.
    let (ok, out) = cli(&["restore", &bag, "--db", &admin2]);
    assert!(!ok && out.contains("sudah berisi kantor"), "{out}");
}
