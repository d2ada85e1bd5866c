//! A throwaway PostgreSQL cluster for tests, never a mock: Debian's PostgreSQL 15 `initdb` in a
//! temporary folder, its unix socket in that folder and a free TCP port on 127.0.0.1, started
//! with `pg_ctl start -w` and stopped (`pg_ctl stop -m immediate`) and removed at the end.
//!
//! PostgreSQL refuses to run as root, so as root the cluster runs as an unprivileged user
//! through `runuser` (`PRESSDESK_PG_TEST_USER`, else `pressdesk-test` that `scripts/lib.sh`
//! makes, else `postgres`, else `nobody`). One cluster serves a whole test binary
//! ([`Cluster::shared`]): it is stopped at the process's exit (`atexit`, which runs after a
//! failed test too) and, should the process be killed, by a watchdog that waits for it to die.

mod system;

use std::io;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use system::{bin_dir, free_port, tempdir, unprivileged_user};

/// The superuser the tests connect as over TCP (scram-sha-256, like every login).
pub const SUPERUSER: &str = "pdsuper";
pub const SUPER_PASSWORD: &str = "pdsuper-test-password";

pub struct Cluster {
    dir: PathBuf,
    port: u16,
    run_as: Option<String>,
    bin: PathBuf,
    /// Extra `-c name=value` options for the server, after the defaults.
    settings: String,
}

static SHARED: OnceLock<Cluster> = OnceLock::new();

extern "C" fn stop_shared() {
    if let Some(cluster) = SHARED.get() {
        cluster.stop();
    }
}

impl Cluster {
    /// The cluster of this test binary, started on first use.
    pub fn shared() -> &'static Cluster {
        SHARED.get_or_init(|| {
            let cluster = match Cluster::start() {
                Ok(c) => c,
                Err(e) => panic!("could not start the test PostgreSQL cluster: {e}"),
            };
            // SAFETY: registering a plain extern "C" function; it only reads the OnceLock.
            unsafe { libc::atexit(stop_shared) };
            cluster
        })
    }

    /// A new cluster of its own, stopped and removed when dropped.
    pub fn start() -> io::Result<Cluster> {
        Cluster::start_with(&std::env::temp_dir(), &[])
    }

    /// As [`Cluster::start`], its folder under `base`, with server settings (`"fsync=on"`)
    /// after the tests' own, which they override: the bench measures commits on a server that
    /// syncs, as an office's does, and may keep a large cluster off a small disk.
    pub fn start_with(base: &Path, settings: &[&str]) -> io::Result<Cluster> {
        let bin = bin_dir();
        if !bin.join("initdb").exists() {
            return Err(io::Error::other(format!(
                "{} not found: install Debian's postgresql package",
                bin.join("initdb").display()
            )));
        }
        let run_as = unprivileged_user()?;
        let dir = tempdir(base)?;
        if let Some(user) = &run_as {
            let out = Command::new("chown").arg(user).arg(&dir).output()?;
            if !out.status.success() {
                return Err(io::Error::other(format!("chown {user}: {out:?}")));
            }
        }
        let mut cluster = Cluster {
            dir,
            port: 0,
            run_as,
            bin,
            settings: settings.iter().map(|s| format!(" -c {s}")).collect(),
        };
        cluster.init()?;
        // A port found free can be taken before the server binds it: try a few.
        let mut last = None;
        for _ in 0..5 {
            cluster.port = free_port()?;
            match cluster.pg_ctl_start() {
                Ok(()) => {
                    cluster.spawn_watchdog();
                    return Ok(cluster);
                }
                Err(e) => last = Some(e),
            }
        }
        Err(last.unwrap_or_else(|| io::Error::other("the server did not start")))
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A command that runs `program` of the server's bin folder as the cluster's user.
    fn server_cmd(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        match &self.run_as {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.arg("-u").arg(user).arg("--").arg(path);
                c
            }
            None => Command::new(path),
        }
    }

    fn run(&self, mut cmd: Command, what: &str) -> io::Result<()> {
        let out = cmd.stdin(Stdio::null()).output()?;
        if out.status.success() {
            return Ok(());
        }
        Err(io::Error::other(format!(
            "{what} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )))
    }

    fn init(&self) -> io::Result<()> {
        let pwfile = self.dir.join("pw");
        std::fs::write(&pwfile, SUPER_PASSWORD)?;
        if let Some(user) = &self.run_as {
            self.run(
                {
                    let mut c = Command::new("chown");
                    c.arg(user).arg(&pwfile);
                    c
                },
                "chown",
            )?;
        }
        let mut cmd = self.server_cmd("initdb");
        cmd.arg("-D")
            .arg(self.dir.join("data"))
            .args([
                "-U",
                SUPERUSER,
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ])
            .args(["--auth-local=trust", "--auth-host=scram-sha-256"])
            .arg(format!("--pwfile={}", pwfile.display()));
        self.run(cmd, "initdb")?;
        std::fs::remove_file(pwfile)
    }

    fn pg_ctl_start(&self) -> io::Result<()> {
        let mut cmd = self.server_cmd("pg_ctl");
        cmd.arg("start")
            .arg("-w")
            .arg("-D")
            .arg(self.dir.join("data"))
            .arg("-l")
            .arg(self.dir.join("server.log"))
            .arg("-o")
            .arg(format!(
                "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60{}",
                self.port,
                self.dir.display(),
                self.settings
            ));
        self.run(cmd, "pg_ctl start")
    }

    /// The shell line that stops the server and removes its folder (the watchdog's too).
    fn stop_line(&self) -> String {
        let runuser = match &self.run_as {
            Some(user) => format!("runuser -u {user} -- "),
            None => String::new(),
        };
        format!(
            "{runuser}{} stop -m immediate -D '{}' >/dev/null 2>&1; rm -rf '{}'",
            self.bin.join("pg_ctl").display(),
            self.dir.join("data").display(),
            self.dir.display()
        )
    }

    /// Stops the server and removes its folder if this process dies without doing so.
    fn spawn_watchdog(&self) {
        let script = format!(
            "while kill -0 {} 2>/dev/null; do sleep 1; done; {}",
            std::process::id(),
            self.stop_line()
        );
        // A watchdog that cannot start leaves only the atexit stop; not worth failing a test.
        let _ = Command::new("sh")
            .arg("-c")
            .arg(script)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn();
    }

    fn stop(&self) {
        let _ = Command::new("sh")
            .arg("-c")
            .arg(self.stop_line())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }

    /// Stops the server as a power cut would (`-m immediate`), its folder kept, for the fault
    /// tests: what was not committed is gone when it starts again.
    pub fn pause(&self) -> io::Result<()> {
        let mut cmd = self.server_cmd("pg_ctl");
        cmd.args(["stop", "-m", "immediate", "-D"])
            .arg(self.dir.join("data"));
        self.run(cmd, "pg_ctl stop")
    }

    /// Starts a paused server again on the same port.
    pub fn resume(&self) -> io::Result<()> {
        self.pg_ctl_start()
    }

    /// `postgres://` URL of the superuser on `db`, over TCP without TLS (a local test server).
    pub fn superuser_url(&self, db: &str) -> String {
        self.url(SUPERUSER, SUPER_PASSWORD, db)
    }

    pub fn url(&self, user: &str, password: &str, db: &str) -> String {
        format!(
            "postgres://{user}:{password}@127.0.0.1:{}/{db}?sslmode=disable",
            self.port
        )
    }

    /// Creates an empty database (owned by the superuser) and returns its name.
    pub fn create_database(&self, name: &str) -> io::Result<String> {
        let out = self.psql(
            SUPERUSER,
            SUPER_PASSWORD,
            "postgres",
            &format!("CREATE DATABASE {name}"),
        )?;
        if !out.status.success() {
            return Err(io::Error::other(
                String::from_utf8_lossy(&out.stderr).into_owned(),
            ));
        }
        Ok(name.to_owned())
    }

    /// Turns TLS on with this certificate and key (PEM), as an office's server would have it;
    /// plain connections still work (the tests' `pg_hba.conf` allows both).
    pub fn enable_tls(&self, cert_pem: &[u8], key_pem: &[u8]) -> io::Result<()> {
        let (cert, key) = (self.dir.join("server.crt"), self.dir.join("server.key"));
        std::fs::write(&cert, cert_pem)?;
        std::fs::write(&key, key_pem)?;
        // The server reads its key only when no one else may.
        std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
        if let Some(user) = &self.run_as {
            let mut chown = Command::new("chown");
            chown.arg(user).arg(&cert).arg(&key);
            self.run(chown, "chown")?;
        }
        // ALTER SYSTEM runs outside a transaction: one statement per call.
        for sql in [
            format!("ALTER SYSTEM SET ssl_cert_file = '{}'", cert.display()),
            format!("ALTER SYSTEM SET ssl_key_file = '{}'", key.display()),
            "ALTER SYSTEM SET ssl = on".to_owned(),
            "SELECT pg_reload_conf()".to_owned(),
        ] {
            let out = self.psql(SUPERUSER, SUPER_PASSWORD, "postgres", &sql)?;
            if !out.status.success() {
                return Err(io::Error::other(
                    String::from_utf8_lossy(&out.stderr).into_owned(),
                ));
            }
        }
        // The reload is asynchronous: wait until the server says TLS is on.
        for _ in 0..50 {
            let on = self.psql(SUPERUSER, SUPER_PASSWORD, "postgres", "SHOW ssl")?;
            if String::from_utf8_lossy(&on.stdout).trim() == "on" {
                return Ok(());
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        Err(io::Error::other("TLS did not come on after the reload"))
    }

    /// Runs `sql` through the `psql` program as `user`, as someone at a desk would: over TCP with
    /// the password, stopping at the first error.
    pub fn psql(&self, user: &str, password: &str, db: &str, sql: &str) -> io::Result<Output> {
        let psql = ["/usr/bin/psql", &self.bin.join("psql").to_string_lossy()]
            .into_iter()
            .find(|p| Path::new(p).exists())
            .unwrap_or("psql")
            .to_owned();
        Command::new(psql)
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-A", "-t"])
            .arg("-h")
            .arg("127.0.0.1")
            .arg("-p")
            .arg(self.port.to_string())
            .arg("-U")
            .arg(user)
            .arg("-d")
            .arg(db)
            .arg("-c")
            .arg(sql)
            .env("PGPASSWORD", password)
            .env("PGSSLMODE", "disable")
            .env("PGCONNECT_TIMEOUT", "5")
            .stdin(Stdio::null())
            .output()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cluster_starts_answers_and_is_removed_when_dropped() {
        let cluster = Cluster::start().expect("start");
        let dir = cluster.dir().to_path_buf();
        let out = cluster
            .psql(SUPERUSER, SUPER_PASSWORD, "postgres", "SELECT 40 + 2")
            .expect("psql");
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "42", "{out:?}");
        let wrong = cluster
            .psql(SUPERUSER, "wrong", "postgres", "SELECT 1")
            .expect("psql");
        assert!(!wrong.status.success());
        drop(cluster);
        assert!(!dir.exists());
    }
}
