//! What a user does outside the page: keys pressed on the app's window through the X server
//! (so GTK's menu bar and its shortcuts see them, as WebDriver's keys never do), the whole
//! screen's picture with the menu bar, and the app's own process.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::places::{app_binary, output_dir};

/// The app process serving `data`: the binary under test, with this data folder in its
/// environment (tauri-driver passes it on), found in /proc.
pub fn app_pid(data: &Path) -> Option<i32> {
    let binary = app_binary();
    let wanted = format!("PRESSDESK_DATA_DIR={}", data.display());
    std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let pid: i32 = entry.file_name().to_str()?.parse().ok()?;
            let exe = std::fs::read_link(entry.path().join("exe")).ok()?;
            let environ = std::fs::read(entry.path().join("environ")).ok()?;
            let ours = environ.split(|b| *b == 0).any(|v| v == wanted.as_bytes());
            (exe == binary && ours).then_some(pid)
        })
}

fn xdotool(args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .output()
        .expect("xdotool runs (scripts/lib.sh installs it)");
    assert!(
        out.status.success(),
        "xdotool {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Presses `keys` (xdotool's names: `F1`, `ctrl+2`, `F10 Right Down`) on the window of the
/// app serving `data`, focused first, one after the other.
pub fn press(data: &Path, keys: &str) {
    let pid = app_pid(data)
        .expect("the app process is running")
        .to_string();
    let windows = xdotool(&["search", "--onlyvisible", "--pid", &pid]);
    let window = windows.lines().next().expect("the app shows a window");
    let mut args = vec!["windowfocus", "--sync", window, "key", "--delay", "150"];
    args.extend(keys.split_whitespace());
    xdotool(&args);
}

/// Saves the whole screen (menu bar and open menus included) as `<output dir>/<name>.png`.
pub fn screen_shot(name: &str) -> PathBuf {
    std::thread::sleep(Duration::from_millis(500));
    let path = output_dir().join(format!("{name}.png"));
    let status = Command::new("import")
        .args(["-window", "root"])
        .arg(&path)
        .status()
        .expect("ImageMagick's import runs");
    assert!(status.success(), "cannot take the screen's picture {name}");
    path
}

/// Waits until the app serving `data` has ended.
pub fn wait_ended(data: &Path, within: Duration) {
    let start = Instant::now();
    while app_pid(data).is_some() {
        assert!(
            start.elapsed() < within,
            "the app still runs after {within:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
