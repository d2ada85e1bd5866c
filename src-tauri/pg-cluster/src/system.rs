//! What the cluster needs from the machine: the server's programs, an unprivileged user to
//! run them as under root, a free port and a private folder.

use std::io;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Where Debian puts the server's programs; `PRESSDESK_PG_BIN` overrides it.
pub(crate) fn bin_dir() -> PathBuf {
    std::env::var_os("PRESSDESK_PG_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/lib/postgresql/15/bin"))
}

pub(crate) fn user_exists(name: &str) -> bool {
    Command::new("id")
        .arg("-u")
        .arg(name)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The unprivileged user the server runs as when the tests run as root.
pub(crate) fn unprivileged_user() -> io::Result<Option<String>> {
    // SAFETY: geteuid has no preconditions and cannot fail.
    if unsafe { libc::geteuid() } != 0 {
        return Ok(None);
    }
    if let Some(user) = std::env::var("PRESSDESK_PG_TEST_USER")
        .ok()
        .filter(|u| !u.is_empty())
    {
        return Ok(Some(user));
    }
    ["pressdesk-test", "postgres", "nobody"]
        .into_iter()
        .find(|u| user_exists(u))
        .map(|u| Some(u.to_owned()))
        .ok_or_else(|| io::Error::other("no unprivileged user to run PostgreSQL as"))
}

pub(crate) fn free_port() -> io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// A fresh folder under `base` that the cluster's user may enter.
pub(crate) fn tempdir(base: &Path) -> io::Result<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    for n in 0..1000u32 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let dir = base.join(format!("pd-pg-{}-{nanos}-{n}", std::process::id()));
        match std::fs::create_dir(&dir) {
            Ok(()) => {
                std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))?;
                return Ok(dir);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other("no free temporary folder name"))
}
