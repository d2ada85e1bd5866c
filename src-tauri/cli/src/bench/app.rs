//! The release app under Xvfb on the decade store: time from launch to the first screen (and,
//! with xdotool, from PIN entry to the agenda list drawn), and the idle memory of all its
//! processes.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use pressdesk_core::{Error, Result};

use super::BenchArgs;
use super::{data, ms, Row, Samples, Verdict};

const SETTLE: Duration = Duration::from_secs(8);

pub fn run(args: &BenchArgs) -> Result<Vec<Row>> {
    let bin = PathBuf::from(args.bin.as_deref().unwrap_or("target/release/pressdesk"));
    let n: u32 = args.releases.unwrap_or(100_000);
    let runs: usize = args.runs.unwrap_or(5);
    if !bin.exists() {
        return Err(Error::invalid(
            "bin",
            format!(
                "{} tidak ada; bangun dulu aplikasi (release).",
                bin.display()
            ),
        ));
    }
    if std::env::var_os("DISPLAY").is_none() {
        return Err(Error::invalid(
            "display",
            "Tidak ada DISPLAY: jalankan di bawah Xvfb, mis. \
             `xvfb-run -a pressdesk-cli bench app`.",
        ));
    }
    let ds = data::dataset(n)?;
    let xdotool = Command::new("xdotool").arg("version").output().is_ok();
    let marks = std::env::temp_dir().join(format!("pressdesk-bench-marks-{}", std::process::id()));
    let (mut ready, mut agenda) = (Vec::new(), Vec::new());
    let mut memory = None;
    for run in 0..runs {
        let _ = std::fs::remove_file(&marks);
        let launched = unix_ms();
        let mut child = Command::new(&bin)
            .env("PRESSDESK_DATA_DIR", &ds.dir)
            .env("PRESSDESK_BENCH_START", &marks)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(Error::from_io)?;
        let result = one_run(&mut child, &marks, launched, xdotool, run + 1 == runs);
        let _ = child.kill();
        let _ = child.wait();
        let (r, a, m) = result?;
        ready.push(r);
        agenda.extend(a);
        if m.is_some() {
            memory = m;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
    let _ = std::fs::remove_file(&marks);
    let ready = Samples(ready);
    let mut rows = vec![Row {
        what: format!("app start to the first screen (sign-in) drawn, {n} releases, {runs} runs"),
        target: "≤ 1.5 s (to the agenda)".into(),
        median: ms(ready.median()),
        worst: ms(ready.worst()),
        memory: String::new(),
        verdict: Verdict::Info,
    }];
    if agenda.is_empty() {
        rows[0]
            .what
            .push_str("; PIN entry → agenda not measured (xdotool missing, or no agenda)");
    } else {
        let agenda = Samples(agenda);
        let total = ready.median() + agenda.median();
        rows.push(Row {
            what: "PIN submitted → agenda list drawn (Argon2 sign-in, setup, first page)".into(),
            target: "—".into(),
            median: ms(agenda.median()),
            worst: ms(agenda.worst()),
            memory: String::new(),
            verdict: Verdict::Info,
        });
        rows.push(Row {
            what: "app start to the agenda list (first screen + sign-in → agenda, medians)".into(),
            target: "≤ 1.5 s".into(),
            median: ms(total),
            worst: ms(ready.worst() + agenda.worst()),
            memory: String::new(),
            verdict: Verdict::of(total <= Duration::from_millis(1500)),
        });
    }
    if let Some((pss, rss, procs)) = memory {
        rows.push(Row {
            what: format!(
                "memory of all app processes ({procs}), idle {} s after the agenda, {n} \
                 releases, PSS (RSS sum {} MB)",
                SETTLE.as_secs(),
                rss / 1024
            ),
            target: "≤ 250 MB".into(),
            median: format!("{} MB", pss / 1024),
            worst: String::new(),
            memory: format!("{} MB", pss / 1024),
            verdict: Verdict::of(pss <= 250 * 1024),
        });
    }
    Ok(rows)
}

type RunResult = (Duration, Option<Duration>, Option<(u64, u64, String)>);

fn one_run(
    child: &mut Child,
    marks: &Path,
    launched: u128,
    xdotool: bool,
    measure_memory: bool,
) -> Result<RunResult> {
    let ready = wait_mark(child, marks, "ready", Duration::from_secs(60))?;
    let ready = Duration::from_millis((ready.saturating_sub(launched)) as u64);
    let mut agenda = None;
    if xdotool {
        std::thread::sleep(Duration::from_millis(700));
        agenda = sign_in(child, marks)?;
    }
    let mut memory = None;
    if measure_memory {
        std::thread::sleep(SETTLE);
        memory = Some(tree_memory(child.id()));
    }
    Ok((ready, agenda, memory))
}

/// Signs in as the admin as a person would: a click on the admin's card, the fifth (cards go
/// by role: Kadis, Kabid, operator, archivist, admin; the window sits at 0,0 under Xvfb
/// without a window manager), then the PIN typed through XTEST.
fn sign_in(child: &mut Child, marks: &Path) -> Result<Option<Duration>> {
    let xdo = |args: &[&str]| Command::new("xdotool").args(args).status();
    xdo(&["mousemove", "680", "345", "click", "1"]).map_err(Error::from_io)?;
    std::thread::sleep(Duration::from_millis(700));
    xdo(&["type", "--delay", "20", data::ADMIN_PIN]).map_err(Error::from_io)?;
    let submitted = unix_ms();
    xdo(&["key", "Return"]).map_err(Error::from_io)?;
    match wait_mark(child, marks, "agenda", Duration::from_secs(20)) {
        Ok(at) => Ok(Some(Duration::from_millis(
            at.saturating_sub(submitted) as u64
        ))),
        Err(_) => Ok(None),
    }
}

fn wait_mark(child: &mut Child, marks: &Path, name: &str, limit: Duration) -> Result<u128> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Ok(text) = std::fs::read_to_string(marks) {
            let found = text.lines().find_map(|l| {
                let (n, at) = l.split_once(' ')?;
                (n == name).then(|| at.parse::<u128>().ok()).flatten()
            });
            if let Some(at) = found {
                return Ok(at);
            }
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(Error::Internal(format!("aplikasi berhenti: {status}")));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    Err(Error::Internal(format!(
        "tanda «{name}» tidak datang dalam {limit:?}"
    )))
}

fn unix_ms() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}

/// PSS and RSS (kB) summed over the process and all its descendants, and each one's PSS.
fn tree_memory(root: u32) -> (u64, u64, String) {
    let mut parents = Vec::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for entry in dir.flatten() {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|s| s.parse::<u32>().ok())
            else {
                continue;
            };
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            // The command name may hold spaces; the parent pid is the 2nd field after ')'.
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse::<u32>().ok());
            if let Some(ppid) = ppid {
                parents.push((pid, ppid));
            }
        }
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let p = tree[i];
        tree.extend(parents.iter().filter(|(_, pp)| *pp == p).map(|(c, _)| *c));
        i += 1;
    }
    let field = |pid: u32, key: &str| -> u64 {
        std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
            .unwrap_or_default()
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
            .unwrap_or(0)
    };
    let pss = tree.iter().map(|&p| field(p, "Pss:")).sum();
    let rss = tree.iter().map(|&p| field(p, "Rss:")).sum();
    let each: Vec<String> = tree
        .iter()
        .map(|&p| {
            let name = std::fs::read_to_string(format!("/proc/{p}/comm")).unwrap_or_default();
            format!("{} {} MB", name.trim(), field(p, "Pss:") / 1024)
        })
        .collect();
    (pss, rss, each.join(", "))
}
