//! Start-up marks for the app benchmark: when `PRESSDESK_BENCH_START` names a file, each mark
//! appends `NAME UNIX_MILLISECONDS` to it; otherwise a mark does nothing.

use std::io::Write;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::error::{Error, Result};

pub const ENV: &str = "PRESSDESK_BENCH_START";

/// Records that the UI reached `what` (e.g. `agenda`: the agenda list's first page is drawn).
pub fn record(what: &str) -> Result<()> {
    let Some(path) = std::env::var_os(ENV).filter(|p| !p.is_empty()) else {
        return Ok(());
    };
    let name: String = what
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(40)
        .collect();
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(Error::from_io)?;
    writeln!(file, "{name} {millis}").map_err(Error::from_io)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_mark_without_the_variable_does_nothing() {
        if std::env::var_os(super::ENV).is_none() {
            super::record("agenda").unwrap();
        }
    }
}
