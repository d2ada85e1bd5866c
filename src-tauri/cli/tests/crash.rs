//! Crash harness: runs the real `pressdesk-cli` through registration with photos, check, paraf,
//! archive numbering and backup, SIGKILLs it at random moments, reopens the store and checks
//! that nothing acknowledged was lost and every invariant holds. PRESSDESK_KILLS sets the count.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pressdesk_core::{backup, verify, Store};

const PIN: &str = "2468";
const CHECKLIST: &str = r#"["kop","nomor","perihal","isi","ttd","foto","narahubung"]"#;
const KASI: &str = "198207092006041003";
const KADIS: &str = "196805121993031004";
const KABID: &str = "197003151995031002";
const ARCHIVIST: &str = "198511202010011002";

/// A tiny xorshift generator: reproducible from the printed seed, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn cli(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pressdesk-cli"));
    cmd.arg("--data").arg(data).env_remove("PRESSDESK_DATA_DIR");
    cmd
}

fn run_ok(data: &Path, args: &[&str]) {
    let out = cli(data).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn jpeg(seed: u64) -> Vec<u8> {
    let img = image::RgbImage::from_fn(48, 32, |x, y| {
        image::Rgb([
            (seed as u8).wrapping_add(x as u8),
            (seed >> 8) as u8,
            y as u8,
        ])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
        .encode_image(&img)
        .unwrap();
    out
}

/// What the CLI acknowledged (exit 0 before the kill): each must survive every later crash.
#[derive(Default)]
struct Acked {
    registered: BTreeMap<String, String>,
    /// agenda no → the least stage it must have reached (1 checked … 4 archived)
    stage: BTreeMap<String, u8>,
    archive_nos: Vec<String>,
    backups: Vec<PathBuf>,
}

/// Each release's stage as the store says: 0 registered, 1 checked, 2 initialed by the Kadis,
/// 3 decided, 4 archived.
fn stages(store: &Store) -> BTreeMap<String, (u8, String)> {
    store
        .with_conn(|c| {
            let mut stmt = c.prepare(
                "SELECT printf('%03d/%d', r.agenda_seq, r.agenda_year), r.status, r.title,
                   EXISTS (SELECT 1 FROM audit_events a WHERE a.entity = 'release'
                           AND a.entity_id = r.uid AND a.action = 'release.check')
                 FROM releases r",
            )?;
            let rows = stmt.query_map([], |r| {
                let status: String = r.get(1)?;
                let checked: bool = r.get(3)?;
                let stage = match status.as_str() {
                    "Registered" => u8::from(checked),
                    "Initialed" => 2,
                    "Archived" => 4,
                    _ => 3,
                };
                Ok((r.get::<_, String>(0)?, (stage, r.get::<_, String>(2)?)))
            })?;
            Ok(rows.collect::<Result<BTreeMap<_, _>, _>>()?)
        })
        .unwrap()
}

/// Every invariant of the issue, after a restart (opening the store sweeps staging). Returns
/// the stages for picking the next operation. Hashes every file only when `full`.
fn check_invariants(
    data: &Path,
    acked: &Acked,
    kills: u32,
    full: bool,
) -> BTreeMap<String, (u8, String)> {
    let store = Store::open(data).unwrap();
    let report = verify::verify(&store, full).unwrap();
    assert!(report.ok, "after kill {kills}: {:?}", report.faults);
    let now = stages(&store);
    for (no, title) in &acked.registered {
        let (_, got) = now
            .get(no)
            .unwrap_or_else(|| panic!("acknowledged {no} lost"));
        assert_eq!(got, title, "agenda {no} changed");
    }
    for (no, stage) in &acked.stage {
        assert!(now[no].0 >= *stage, "{no}: acknowledged stage {stage} lost");
    }
    let numbers: Vec<(i64, i64, i64, i64, String)> = store
        .with_conn(|c| {
            let mut stmt = c.prepare(
                "SELECT series_id, year, period, seq, number FROM archive_numbers
                 ORDER BY series_id, year, period, seq",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .unwrap();
    let mut expect = BTreeMap::new();
    for (series, year, period, seq, _) in &numbers {
        let next = expect.entry((series, year, period)).or_insert(1);
        assert_eq!(seq, next, "archive numbers have a gap or a duplicate");
        *next += 1;
    }
    for no in &acked.archive_nos {
        assert!(numbers.iter().any(|n| &n.4 == no), "acknowledged {no} lost");
    }
    // No row points to a missing file (verify hashes them all when `full`).
    let shas: Vec<String> = store
        .with_conn(|c| {
            let mut stmt = c.prepare("SELECT sha256 FROM files")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .unwrap();
    for sha in &shas {
        assert!(
            store.files().is_stored(sha),
            "row points to missing file {sha}"
        );
    }
    // A stored file no row uses (promoted, then killed before the commit) is still whole: its
    // content matches its name, and a later registration of the same content reuses it.
    if full {
        for sha in store.files().stored_shas().unwrap() {
            if !shas.contains(&sha) {
                let path = store.files().file_path(&sha).unwrap();
                assert_eq!(pressdesk_core::files::sha256_file(&path).unwrap(), sha);
            }
        }
    }
    // Partial writes live only in staging, and opening the store swept them.
    assert_eq!(
        parts(data, true),
        0,
        "a .part file outside staging or not swept"
    );
    now
}

fn parts(dir: &Path, recurse: bool) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            let path = e.path();
            if path.is_dir() && recurse {
                parts(&path, true)
            } else {
                usize::from(path.to_string_lossy().ends_with(".part"))
            }
        })
        .sum()
}

fn set_up(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    let init = [
        "init",
        "--office",
        "Diskominfo",
        "--unit",
        "DKI",
        "--address",
        "Jl. Merdeka 1",
        "--admin-name",
        "Admin",
        "--admin-nip",
        "198001012005011001",
        "--admin-pin",
        "1357",
    ];
    run_ok(&data, &init);
    for (name, nip, role) in [
        ("Rahmat", KASI, "Kasi"),
        ("Yusuf", KADIS, "Kadis"),
        ("Hasan", KABID, "Kabid"),
        ("Sari", ARCHIVIST, "Archivist"),
    ] {
        let args = [
            "user", "add", "--name", name, "--nip", nip, "--role", role, "--pin", PIN,
        ];
        run_ok(&data, &args);
    }
    run_ok(
        &data,
        &[
            "folder",
            "add",
            "--cabinet",
            "A",
            "--drawer",
            "1",
            "--code",
            "UTAMA",
        ],
    );
    let mut png = image::RgbaImage::new(120, 50);
    for x in 10..110 {
        png.put_pixel(x, 20 + x % 10, image::Rgba([0, 0, 90, 255]));
    }
    png.save(dir.join("paraf.png")).unwrap();
    data
}

/// One operation, chosen from what the store allows now.
fn pick(
    rng: &mut Rng,
    dir: &Path,
    n: u64,
    now: &BTreeMap<String, (u8, String)>,
) -> (String, Vec<String>) {
    let by_stage = |s: u8| {
        now.iter()
            .filter(|(_, v)| v.0 == s)
            .map(|(k, _)| k.clone())
            .next_back()
    };
    let user = |nip: &str| vec!["--user".into(), nip.into(), "--pin".into(), PIN.into()];
    let paraf = dir.join("paraf.png").display().to_string();
    let roll = rng.below(10);
    if roll == 0 {
        let out = dir.join("cadangan").join(format!("c{n}.tar"));
        return (
            "backup".into(),
            vec!["backup".into(), "--out".into(), out.display().to_string()],
        );
    }
    for stage in [3u8, 2, 1, 0] {
        let Some(no) = by_stage(stage) else { continue };
        if roll > 2 + stage as u64 * 2 {
            continue;
        }
        let mut args: Vec<String> = match stage {
            0 => vec!["check".into(), no],
            1 | 2 => vec![
                "paraf".into(),
                no,
                "--decision".into(),
                "tolak".into(),
                "--initials".into(),
                paraf.clone(),
            ],
            _ => vec!["archive".into(), no, "--folder".into(), "UTAMA".into()],
        };
        args.extend(user(match stage {
            0 => KASI,
            1 => KADIS,
            2 => KABID,
            _ => ARCHIVIST,
        }));
        return (format!("stage{stage}"), args);
    }
    let photo = dir.join(format!("foto{}.jpg", n % 50));
    std::fs::write(&photo, jpeg(n)).unwrap();
    let json = dir.join("r.json");
    std::fs::write(
        &json,
        format!(r#"{{"title": "Rilis {n}", "sender": "Dinas {n}", "checklist": {CHECKLIST}}}"#),
    )
    .unwrap();
    let args = [
        "register",
        "--json",
        &json.display().to_string(),
        "--attach",
        &photo.display().to_string(),
    ]
    .map(String::from)
    .to_vec();
    ("register".into(), args)
}

#[test]
fn sigkill_at_random_points_loses_nothing() {
    let kills_wanted: u32 = std::env::var("PRESSDESK_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let seed: u64 = std::env::var("PRESSDESK_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| (std::process::id() as u64 * 0x9E37_79B9) | 1);
    println!("crash harness: seed {seed}, {kills_wanted} kills wanted");
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    let data = set_up(dir.path());
    std::fs::create_dir(dir.path().join("cadangan")).unwrap();
    let mut acked = Acked::default();
    // Typical run time of each operation, so kills land inside it rather than after it.
    let mut typical: BTreeMap<String, u64> = BTreeMap::new();
    let (mut kills, mut runs) = (0u32, 0u64);
    let mut failed: BTreeMap<String, (u32, String)> = BTreeMap::new();
    let mut killed_by_op: BTreeMap<String, u32> = BTreeMap::new();
    let started = Instant::now();
    let mut now = stages(&Store::open(&data).unwrap());
    while kills < kills_wanted {
        runs += 1;
        let (op, args) = pick(&mut rng, dir.path(), runs, &now);
        let span = *typical.get(&op).unwrap_or(&150);
        let delay = rng.below(span * 3 / 2 + 1);
        let begun = Instant::now();
        let mut child = cli(&data)
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill(); // SIGKILL; harmless if it already exited
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        if out.status.success() {
            let took = begun.elapsed().as_millis() as u64;
            let t = typical.entry(op.clone()).or_insert(took);
            *t = (*t * 3 + took) / 4;
            acknowledge(&mut acked, &op, &args, &stdout);
        } else if std::os::unix::process::ExitStatusExt::signal(&out.status) == Some(9) {
            kills += 1;
            *killed_by_op.entry(op.clone()).or_default() += 1;
        } else {
            // Refused, not killed (e.g. two kills in a row left nothing to do): never a panic.
            let err = String::from_utf8_lossy(&out.stderr).into_owned();
            assert!(
                err.starts_with("galat"),
                "{op} failed without a message: {err}"
            );
            let entry = failed.entry(op.clone()).or_insert((0, err));
            entry.0 += 1;
        }
        now = check_invariants(&data, &acked, kills, runs % 25 == 0);
        check_backups(dir.path(), &acked, runs);
    }
    check_invariants(&data, &acked, kills, true);
    let notes = verify::verify(&Store::open(&data).unwrap(), true)
        .unwrap()
        .notes;
    // Every acknowledged backup restores and verifies; a sample of them when there are many.
    let step = (acked.backups.len() / 10).max(1);
    for (k, file) in acked.backups.iter().enumerate().step_by(step) {
        let into = dir.path().join(format!("pulih{k}"));
        let actor = pressdesk_core::auth::Actor::console();
        backup::restore(&actor, file, &into, &mut |_| {}).unwrap();
    }
    let hidden = std::fs::read_dir(dir.path().join("cadangan"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .count();
    println!(
        "crash harness: {kills} SIGKILLs in {runs} runs ({:?} per operation), {} releases, \
         {} archive numbers and {} backups acknowledged, nothing lost; {hidden} unfinished \
         hidden backup temp files; refused without a kill: {failed:?}; notes: {notes:?}; {:.1} s",
        killed_by_op,
        acked.registered.len(),
        acked.archive_nos.len(),
        acked.backups.len(),
        started.elapsed().as_secs_f64()
    );
}

fn acknowledge(acked: &mut Acked, op: &str, args: &[String], stdout: &str) {
    match op {
        "register" => {
            let record: serde_json::Value = serde_json::from_str(stdout).unwrap();
            let no = record["summary"]["agenda_no"].as_str().unwrap().to_owned();
            let title = record["summary"]["title"].as_str().unwrap().to_owned();
            acked.registered.insert(no, title);
        }
        "backup" => acked.backups.push(PathBuf::from(&args[2])),
        _ => {
            let stage: u8 = op.trim_start_matches("stage").parse().unwrap();
            acked.stage.insert(args[1].clone(), stage + 1);
            if stage == 3 {
                acked.archive_nos.push(stdout.trim().to_owned());
            }
        }
    }
}

/// A backup file under its final name is always complete: it must pass the restore checks.
fn check_backups(dir: &Path, acked: &Acked, runs: u64) {
    let folder = dir.join("cadangan");
    for entry in std::fs::read_dir(&folder).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name.ends_with(".ok") || acked.backups.contains(&path) {
            continue;
        }
        // Written by a run that was killed after its rename: it must be whole.
        let into = dir.join(format!("periksa{runs}"));
        let actor = pressdesk_core::auth::Actor::console();
        backup::restore(&actor, &path, &into, &mut |_| {})
            .unwrap_or_else(|e| panic!("{name} looks complete but is not: {e}"));
        std::fs::remove_dir_all(&into).unwrap();
        std::fs::rename(&path, folder.join(format!("{name}.ok"))).unwrap();
    }
}
