//! `pressdesk-cli server …` against a real throwaway PostgreSQL cluster: init, a desk added
//! (its password printed once) that passes the connection test, then removed and refused.

use std::process::Command;

use pg_cluster::Cluster;

fn cli(args: &[&str], stdin_pin: Option<&str>) -> (bool, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pressdesk-cli"));
    // The tests read the Indonesian messages, whatever the machine's locale.
    cmd.env("PRESSDESK_LANG", "id");
    cmd.args(args).env_remove("PRESSDESK_DB_URL");
    if let Some(pin) = stdin_pin {
        cmd.env("PRESSDESK_ADMIN_PIN", pin);
    }
    let out = cmd.output().expect("cli runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn the_cli_sets_up_the_server_adds_a_desk_that_connects_and_removes_it() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("pd_cli").expect("db");
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
            "198001012005012001",
        ],
        Some("246810"),
    );
    assert!(ok && out.contains("Server siap"), "{out}");

    let (ok, out) = cli(&["server", "desk", "add", "kasi", "--db", &admin], None);
    assert!(ok, "{out}");
    let password = out.lines().last().expect("password").trim().to_owned();
    assert_eq!(password.len(), 32, "{out}");
    let desk_url = cluster.url(&format!("{db}_desk_kasi"), &password, &db);
    let (ok, out) = cli(&["server", "check", "--db", &desk_url], None);
    assert!(ok && out.contains("login desk"), "{out}");

    let (ok, out) = cli(&["server", "desk", "remove", "kasi", "--db", &admin], None);
    assert!(ok, "{out}");
    let (ok, out) = cli(&["server", "check", "--db", &desk_url], None);
    assert!(
        !ok && out.contains("kata sandi salah atau login desk tidak ada"),
        "{out}"
    );
    let (ok, out) = cli(&["server", "check"], None);
    assert!(!ok && out.contains("PRESSDESK_DB_URL"), "{out}");
}

/// The JSON of `list` as the CLI prints it, on the store `--data` or `--db` names.
fn list(place: &[&str]) -> serde_json::Value {
    let mut args = vec!["list", "--limit", "500", "--json"];
    args.extend_from_slice(place);
    let (ok, out) = cli(&args, None);
    assert!(ok, "{out}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

#[test]
fn an_office_on_one_computer_moves_onto_an_empty_server_and_its_agenda_reads_the_same() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap();
    let (ok, out) = cli(&["--data", dir, "demo", "--releases", "40"], None);
    assert!(ok, "{out}");

    let cluster = Cluster::shared();
    let db = cluster.create_database("pd_move").expect("db");
    let admin = cluster.superuser_url(&db);
    let (ok, out) = cli(&["server", "move", "--from", dir, "--db", &admin], None);
    assert!(ok, "{out}");
    println!("{out}");
    assert!(out.contains("releases: 40 baris"), "{out}");
    assert!(out.contains("Dipindahkan dan diperiksa"), "{out}");

    // A second move onto the same server is refused, the server left as it was.
    let (ok, again) = cli(&["server", "move", "--from", dir, "--db", &admin], None);
    assert!(!ok && again.contains("sudah disiapkan"), "{again}");

    let (ok, out) = cli(&["server", "desk", "add", "arsip", "--db", &admin], None);
    assert!(ok, "{out}");
    let password = out.lines().last().expect("password").trim().to_owned();
    let desk = cluster.url(&format!("{db}_desk_arsip"), &password, &db);
    let cache = tempfile::tempdir().unwrap();
    let cache = cache.path().to_str().unwrap();
    assert_eq!(
        list(&["--data", cache, "--db", &desk]),
        list(&["--data", dir]),
        "the agenda on the server is the one of the folder"
    );
}
