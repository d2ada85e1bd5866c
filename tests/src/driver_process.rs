//! The tauri-driver process behind an end-to-end `App`: finding and starting it in its own
//! process group, waiting for its ports, stopping the whole group with SIGTERM, and the locks
//! that keep two drivers on one pair of ports from running at once. Two slots of ports exist:
//! the first for every test, the second for a test that drives two desks at once.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom};
use std::os::fd::AsRawFd;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, Instant};

use tokio::sync::{Mutex, OwnedMutexGuard};

/// The ports of one tauri-driver (WebDriver clients connect to `driver`) and of the native
/// WebKitWebDriver it starts and forwards to, with the lock that keeps them to one app.
pub struct Slot {
    pub(crate) driver: u16,
    pub(crate) native: u16,
    index: usize,
}

/// The slot every test uses.
pub const FIRST: Slot = Slot {
    driver: 4444,
    native: 4445,
    index: 0,
};
/// The second desk of a test that drives two at once.
pub const SECOND: Slot = Slot {
    driver: 4446,
    native: 4447,
    index: 1,
};

static IN_PROCESS: [LazyLock<Arc<Mutex<()>>>; 2] = [
    LazyLock::new(|| Arc::new(Mutex::new(()))),
    LazyLock::new(|| Arc::new(Mutex::new(()))),
];

/// Held while a driver runs: serialises apps within this test binary (async mutex) and
/// across test binaries (`flock` on a file in the temp dir). Released on drop.
pub(crate) struct DriverLock {
    _file: File,
    _guard: OwnedMutexGuard<()>,
}

impl DriverLock {
    pub(crate) async fn acquire(slot: &Slot) -> DriverLock {
        let guard = IN_PROCESS[slot.index].clone().lock_owned().await;
        let name = match slot.index {
            0 => "pressdesk-e2e-driver.lock".to_owned(),
            i => format!("pressdesk-e2e-driver-{}.lock", i + 1),
        };
        let path = std::env::temp_dir().join(name);
        let file = tokio::task::spawn_blocking(move || {
            let file = OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)
                .unwrap_or_else(|e| panic!("cannot open lock file {}: {e}", path.display()));
            // SAFETY: flock on a valid, open file descriptor owned by `file`.
            let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) };
            assert_eq!(
                rc,
                0,
                "flock({}) failed: {}",
                path.display(),
                last_os_error()
            );
            file
        })
        .await
        .expect("lock task panicked");
        DriverLock {
            _file: file,
            _guard: guard,
        }
    }
}

/// A running tauri-driver, leader of its own process group (which also holds
/// WebKitWebDriver and the app it launches). Stopped on drop.
pub(crate) struct DriverProcess {
    child: Option<Child>,
    driver_port: u16,
    native_port: u16,
    pgid: libc::pid_t,
    log_path: PathBuf,
    log_start: u64,
}

impl DriverProcess {
    /// Starts tauri-driver with `envs` added to its environment; output goes to `log_path`.
    pub(crate) fn spawn(slot: &Slot, envs: &[(&str, &Path)], log_path: &Path) -> DriverProcess {
        let exe = find_tauri_driver();
        let log = OpenOptions::new()
            .create(true)
            .append(true)
            .open(log_path)
            .unwrap_or_else(|e| panic!("cannot open {}: {e}", log_path.display()));
        let log_start = log.metadata().map(|m| m.len()).unwrap_or(0);
        let log_err = log.try_clone().expect("cannot clone log file handle");
        let mut cmd = Command::new(&exe);
        cmd.arg("--port")
            .arg(slot.driver.to_string())
            .arg("--native-port")
            .arg(slot.native.to_string())
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log_err)
            .process_group(0);
        for (key, value) in envs {
            cmd.env(key, value);
        }
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", exe.display()));
        let pgid = libc::pid_t::try_from(child.id()).expect("pid fits in pid_t");
        DriverProcess {
            child: Some(child),
            driver_port: slot.driver,
            native_port: slot.native,
            pgid,
            log_path: log_path.to_owned(),
            log_start,
        }
    }

    /// Waits until both the driver's and the native driver's ports accept connections.
    pub(crate) async fn wait_ready(&mut self, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self
                .child
                .as_mut()
                .and_then(|c| c.try_wait().ok().flatten())
            {
                self.child = None;
                panic!(
                    "tauri-driver exited early ({status}); its output:\n{}",
                    self.log_tail()
                );
            }
            if port_open(self.driver_port).await && port_open(self.native_port).await {
                return;
            }
            if Instant::now() > deadline {
                panic!(
                    "tauri-driver did not open ports {}/{} within {timeout:?}; its output:\n{}",
                    self.driver_port,
                    self.native_port,
                    self.log_tail()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// What the driver (and the app) wrote since this process was spawned.
    pub(crate) fn log_tail(&self) -> String {
        let mut text = String::new();
        if let Ok(mut file) = File::open(&self.log_path) {
            let _ = file.seek(SeekFrom::Start(self.log_start));
            let _ = file.read_to_string(&mut text);
        }
        let skip = text.len().saturating_sub(8000);
        let skip = (skip..text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        format!("--- {} ---\n{}", self.log_path.display(), &text[skip..])
    }

    /// SIGTERM to the whole group; waits up to 10 s for it to empty, then SIGKILLs the group.
    /// Idempotent.
    pub(crate) fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        signal_group(self.pgid, libc::SIGTERM);
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut reaped = false;
        while Instant::now() < deadline {
            reaped = reaped || matches!(child.try_wait(), Ok(Some(_)));
            if reaped && !group_alive(self.pgid) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!(
            "tauri-driver group {} ignored SIGTERM for 10 s; sending SIGKILL",
            self.pgid
        );
        signal_group(self.pgid, libc::SIGKILL);
        let _ = child.wait();
    }
}

impl Drop for DriverProcess {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Waits (up to `timeout`) until nothing listens on the driver ports, e.g. a stale driver.
pub(crate) async fn wait_ports_free(slot: &Slot, timeout: Duration) {
    let deadline = Instant::now() + timeout;
    while port_open(slot.driver).await || port_open(slot.native).await {
        assert!(
            Instant::now() < deadline,
            "port {} or {} is still in use after {timeout:?}: a stale \
             tauri-driver/WebKitWebDriver is running (find it with `ss -ltnp`) and must be \
             stopped before end-to-end tests can run",
            slot.driver,
            slot.native
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn find_tauri_driver() -> PathBuf {
    let from_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|dir| dir.join("tauri-driver"));
    let from_cargo =
        std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo/bin/tauri-driver"));
    from_path
        .chain(from_cargo)
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "tauri-driver not found in PATH or ~/.cargo/bin; install it with \
             `cargo install tauri-driver --locked --version 2.1.0`"
            )
        })
}

async fn port_open(port: u16) -> bool {
    let connect = tokio::net::TcpStream::connect(("127.0.0.1", port));
    matches!(
        tokio::time::timeout(Duration::from_millis(500), connect).await,
        Ok(Ok(_))
    )
}

fn signal_group(pgid: libc::pid_t, signal: libc::c_int) {
    // SAFETY: plain kill(2) on a process group we created; errors (ESRCH) are harmless.
    unsafe {
        libc::kill(-pgid, signal);
    }
}

/// Whether any live (non-zombie) process is still in the group. Zombies are ignored: in a
/// container whose init reaps slowly they linger after the driver has stopped.
fn group_alive(pgid: libc::pid_t) -> bool {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        // SAFETY: signal 0 only checks whether any process of the group exists.
        return unsafe { libc::kill(-pgid, 0) == 0 };
    };
    entries.flatten().any(|entry| {
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        // Fields after the parenthesised command: state, ppid, pgrp, ...
        let mut fields = stat
            .rsplit_once(')')
            .map(|(_, rest)| rest)
            .unwrap_or("")
            .split(' ');
        let state = fields.nth(1);
        let pgrp = fields.nth(1).and_then(|f| f.parse::<libc::pid_t>().ok());
        pgrp == Some(pgid) && !matches!(state, Some("Z" | "X"))
    })
}

fn last_os_error() -> std::io::Error {
    std::io::Error::last_os_error()
}
