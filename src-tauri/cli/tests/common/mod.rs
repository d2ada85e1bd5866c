//! The CLI as a user runs it in the tests: the real binary on a data folder of the test's own,
//! in Indonesian whatever the machine's locale, and what it printed (both streams).
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// Runs `pressdesk-cli --data DATA ARGS…`.
pub fn cli(data: &Path, args: &[&str]) -> Output {
    cli_with_env(data, &[("PRESSDESK_LANG", "id")], args)
}

/// Runs it with only the language variables given (PRESSDESK_LANG, LANG, …), the others of the
/// machine removed: how a user's locale chooses the CLI's language.
pub fn cli_with_env(data: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pressdesk-cli"));
    for var in ["PRESSDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied())
        .arg("--data")
        .arg(data)
        .args(args)
        .env_remove("PRESSDESK_DATA_DIR")
        .env_remove("PRESSDESK_PIN")
        .output()
        .unwrap()
}

/// What it printed, standard output then standard error.
pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Runs it and asserts it succeeded; what it printed.
pub fn ok(data: &Path, args: &[&str]) -> String {
    let out = cli(data, args);
    assert!(out.status.success(), "{args:?}: {}", text(&out));
    text(&out)
}
