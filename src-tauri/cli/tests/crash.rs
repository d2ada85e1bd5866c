//! Crash harness: runs the real `pressdesk-cli` through registration with photos, check, paraf,
//! archive numbering and backup, SIGKILLs it at random moments, reopens the store and checks
//! that nothing acknowledged was lost and every invariant holds. PRESSDESK_KILLS sets the count.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use pressdesk_core::model::Actor;
use pressdesk_core::{backup, verify, Store};

mod crash_ops;
use crash_ops::*;

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

/// Every invariant of the issue, after a restart (opening the store sweeps what a killed run
/// left). Returns the stages for picking the next operation and how many stored files the
/// sweep moved back to staging. Hashes every file only when `full`.
fn check_invariants(
    data: &Path,
    acked: &Acked,
    kills: u32,
    full: bool,
) -> (BTreeMap<String, (u8, String)>, usize) {
    let store = Store::open(data).unwrap();
    let report = verify::verify(&store, &Actor::console(), full).unwrap();
    assert!(report.ok, "after kill {kills}: {:?}", report.faults);
    // With file hashing, `verify` also lists stored files no row uses: there are none.
    assert!(
        report.notes.is_empty(),
        "after kill {kills}: {:?}",
        report.notes
    );
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
    // Leftovers exist only in staging: the restart's sweep (this process is the only one with
    // the folder open, so it ran whole) moved every stored file no row names back to staging
    // and removed every thumbnail of a file neither stored with a row nor staged.
    assert!(
        store.swept().exclusive,
        "the restart swept with the folder to itself"
    );
    let unreferenced: Vec<String> = store
        .files()
        .stored_shas()
        .unwrap()
        .into_iter()
        .filter(|s| !shas.contains(s))
        .collect();
    assert!(
        unreferenced.is_empty(),
        "after kill {kills}: unreferenced stored files {unreferenced:?}"
    );
    for sha in &store.swept().unstored {
        // Each one moved out was whole (renamed into the store complete): its content matches.
        let staged = data.join("staging").join(sha);
        assert_eq!(pressdesk_core::files::sha256_file(&staged).unwrap(), *sha);
    }
    for shard in std::fs::read_dir(data.join("thumbs")).unwrap().flatten() {
        for thumb in std::fs::read_dir(shard.path()).unwrap().flatten() {
            let name = thumb.file_name().to_string_lossy().into_owned();
            let sha = name.trim_end_matches(".jpg");
            assert!(
                shas.iter().any(|s| s == sha) || store.files().is_staged(sha),
                "after kill {kills}: thumbnail {name} of no file"
            );
        }
    }
    // Partial writes live only in staging, and opening the store swept them.
    assert_eq!(
        parts(data, true),
        0,
        "a .part file outside staging or not swept"
    );
    (now, store.swept().unstored.len())
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
    let (mut kills, mut runs, mut unstored) = (0u32, 0u64, 0usize);
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
            if kills % 250 == 0 {
                let secs = started.elapsed().as_secs();
                println!(
                    "crash harness: {kills} kills, {runs} runs, nothing lost so far ({secs} s)"
                );
            }
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
        let (stages, swept) = check_invariants(&data, &acked, kills, runs % 25 == 0);
        now = stages;
        unstored += swept;
        check_backups(dir.path(), &acked, runs);
    }
    unstored += check_invariants(&data, &acked, kills, true).1;
    let notes = verify::verify(&Store::open(&data).unwrap(), &Actor::console(), true)
        .unwrap()
        .notes;
    // Every acknowledged backup restores and verifies; a sample of them when there are many.
    let step = (acked.backups.len() / 10).max(1);
    for (k, file) in acked.backups.iter().enumerate().step_by(step) {
        let into = dir.path().join(format!("pulih{k}"));
        let actor = pressdesk_core::model::Actor::console();
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
         hidden backup temp files; {unstored} stored files without a row (killed before the \
         commit) moved back to staging at the restart; refused without a kill: {failed:?}; \
         notes: {notes:?}; {:.1} s",
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
        let actor = pressdesk_core::model::Actor::console();
        backup::restore(&actor, &path, &into, &mut |_| {})
            .unwrap_or_else(|e| panic!("{name} looks complete but is not: {e}"));
        std::fs::remove_dir_all(&into).unwrap();
        std::fs::rename(&path, folder.join(format!("{name}.ok"))).unwrap();
    }
}
