//! Progress of the CLI's long jobs (backup, restore, verify, demo, server move) on standard
//! error, with indicatif: drawn only when standard error is a terminal, so tests, pipes and
//! scripts' logs see nothing of it, and standard output keeps only the result.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use pressdesk_core::tr;

fn visible() -> bool {
    std::io::stderr().is_terminal()
}

fn style(template: &str, fallback: ProgressStyle) -> ProgressStyle {
    ProgressStyle::with_template(template).unwrap_or(fallback)
}

/// A bar of `len` steps, or a hidden one (`what` in the run's language, as every label here).
pub fn bar(len: u64, what: &str) -> ProgressBar {
    if !visible() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    bar.set_style(
        style(
            &format!(
                "{{msg}} [{{bar:30}}] {{pos}}/{{len}} ({{elapsed}}, {} {{eta}})",
                tr!("cli-progress-left")
            ),
            ProgressStyle::default_bar(),
        )
        .progress_chars("=> "),
    );
    bar.set_message(what.to_owned());
    bar
}

/// A bar counting bytes (a backup or a restore), or a hidden one.
pub fn bytes(what: &str) -> ProgressBar {
    if !visible() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    bar.set_style(
        style(
            &format!(
                "{{msg}} [{{bar:30}}] {{bytes}}/{{total_bytes}} ({{bytes_per_sec}}, {} {{eta}})",
                tr!("cli-progress-left")
            ),
            ProgressStyle::default_bar(),
        )
        .progress_chars("=> "),
    );
    bar.set_message(what.to_owned());
    bar
}

/// A spinner for a job whose length is not known beforehand (verify, a server move), or a
/// hidden one.
pub fn spinner(what: &str) -> ProgressBar {
    if !visible() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(style(
        "{spinner} {msg} ({elapsed})",
        ProgressStyle::default_spinner(),
    ));
    bar.set_message(what.to_owned());
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}
