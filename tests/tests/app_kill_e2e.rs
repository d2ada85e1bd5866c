//! The crash harness for the app itself: the real desktop binary, driven through WebDriver into
//! staging photos and registering, is SIGKILLed at random moments, restarted on the same data
//! folder, and checked with core: SQLite whole, audit chain whole, agenda numbers without a gap,
//! every acknowledged registration kept, no file outside staging that no row names, no `.part`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use pressdesk_core::{audit, Store};
use pressdesk_tests::desktop::app_pid;
use pressdesk_tests::e2e::{skip_without_display, temp_data_dir, App};
use pressdesk_tests::steps::{cli, count, sign_in_as, text_of, wait_count};

const KASI: &str = "198207092006041003";
const ADMIN: &str = "198001012005011001";
const ROUNDS: u64 = 6;

fn photo(seed: u64) -> Vec<u8> {
    let img = image::RgbImage::from_fn(900, 600, |x, y| {
        image::Rgb([(seed as u8).wrapping_add((x / 5) as u8), (y / 4) as u8, 90])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    out
}

/// SIGKILL to the app. Its last thread releases its files (and the data folder's lock) only
/// after the leader shows as a zombie; stopping the driver's process group then waits for all.
fn sigkill(data: &Path) {
    let pid = app_pid(data).expect("the app process is running");
    // SAFETY: kill(2) on a pid we just found; it cannot touch memory.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
}

/// The kernel drops a killed process's lock when its last thread has closed its files, a
/// moment after the kill (under load, a second or two): wait for that.
fn wait_lock_free(data: &Path) {
    let file = std::fs::File::open(data.join("pressdesk.lock")).unwrap();
    for _ in 0..300 {
        if file.try_lock().is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the data folder is still locked 15 s after the app was killed");
}

fn count_parts(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| match e.path() {
            p if p.is_dir() => count_parts(&p),
            p => usize::from(p.to_string_lossy().ends_with(".part")),
        })
        .sum()
}

/// The invariants, on the folder the killed app left; returns how many stored files the
/// restart moved back to staging.
fn check(data: &Path, acked: &BTreeMap<String, String>, round: u64) -> usize {
    wait_lock_free(data);
    let store = Store::open(data).unwrap();
    assert!(
        store.swept().exclusive,
        "a killed app leaves no lock behind"
    );
    let (rows, titles) = store
        .with_conn(|c| {
            let ok: String = c.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
            assert_eq!(ok, "ok", "round {round}");
            let chain =
                audit::verify_chain(&pressdesk_core::sql::Db::Sqlite(c), None, |_, _, _| {})?;
            assert!(chain.faults.is_empty(), "round {round}: {:?}", chain.faults);
            let (n, max): (i64, i64) = c.query_row(
                "SELECT count(*), coalesce(max(agenda_seq), 0) FROM releases",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            assert_eq!(n, max, "round {round}: agenda numbers have a gap");
            let rows = c
                .prepare("SELECT sha256 FROM files ORDER BY sha256")?
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<Result<Vec<_>, _>>()?;
            let titles = c
                .prepare("SELECT printf('%03d/%d', agenda_seq, agenda_year), title FROM releases")?
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
                .collect::<Result<BTreeMap<_, _>, _>>()?;
            Ok((rows, titles))
        })
        .unwrap();
    for (no, title) in acked {
        assert_eq!(
            titles.get(no),
            Some(title),
            "round {round}: acknowledged {no} lost"
        );
    }
    for sha in &rows {
        let path = store.files().file_path(sha).unwrap();
        assert_eq!(pressdesk_core::files::sha256_file(&path).unwrap(), *sha);
    }
    assert_eq!(
        store.files().stored_shas().unwrap(),
        rows,
        "round {round}: files without a row"
    );
    assert_eq!(count_parts(data), 0, "round {round}: a .part file left");
    store.swept().unstored.len()
}

#[tokio::test]
async fn the_app_killed_while_it_stages_and_registers_loses_nothing() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    let dir: PathBuf = data.path().to_owned();
    cli(&dir, &["demo", "--releases", "3"]);
    let mut acked = BTreeMap::new();
    let (mut kills, mut unstored, mut acked_runs) = (0, 0, 0);
    let mut rng = std::process::id() as u64 | 1;
    for round in 0..ROUNDS {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let app = App::launch(&dir).await;
        app.wait_for("[data-testid=\"app-ready\"]").await;
        sign_in_as(&app, KASI).await;
        app.click("#nav-intake").await;
        let title = format!("Rilis uji mati mendadak {round}");
        app.fill("#f-title", &title).await;
        app.fill("#f-sender-org", "Dinas Perhubungan").await;
        let photos = [photo(round * 2), photo(round * 2 + 1)];
        let files = [
            ("a.jpg", photos[0].as_slice(), "image/jpeg"),
            ("b.jpg", photos[1].as_slice(), "image/jpeg"),
        ];
        app.drop_files("[data-testid=\"dropzone\"]", &files).await;
        if round % 3 == 2 {
            // Killed while the photos are checked, thumbnailed and staged.
            tokio::time::sleep(Duration::from_millis(rng % 400)).await;
        } else {
            let thumbs = "[data-testid=\"staged-item\"] img[data-testid=\"staged-thumb\"]";
            wait_count(&app, thumbs, 2).await;
            app.click("#intake-submit").await;
            tokio::time::sleep(Duration::from_millis(rng % 250)).await;
            // Shown on screen before the kill: the user was told it is registered.
            if count(&app, "[data-testid=\"registered-agenda-no\"]").await > 0 {
                let no = text_of(&app, "[data-testid=\"registered-agenda-no\"]").await;
                acked.insert(no.trim().to_owned(), title.clone());
                acked_runs += 1;
            }
        }
        sigkill(&dir);
        kills += 1;
        // Ends the driver's process group, the killed app included, once every member is gone.
        drop(app);
        unstored += check(&dir, &acked, round);
    }
    // After the last kill the app starts on the same folder and shows the agenda.
    let app = App::launch(&dir).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    sign_in_as(&app, ADMIN).await;
    app.wait_for("[data-testid=\"agenda-row\"]").await;
    // Pengaturan → Cadangan with its restore button (the open dialog is the system's).
    app.click("#nav-settings").await;
    app.wait_for("#restore").await;
    let scroll = "document.getElementById('restore').scrollIntoView({block: 'end'})";
    app.driver().execute(scroll, Vec::new()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(400)).await;
    app.wait_text("#restore", "Pulihkan dari cadangan").await;
    app.screenshot("app-kill-settings-restore").await;
    app.quit().await;
    unstored += check(&dir, &acked, ROUNDS);
    println!(
        "app kill harness: {kills} SIGKILLs of the app, {acked_runs} registrations acknowledged \
         on screen before the kill, all kept; {unstored} stored files without a row moved back \
         to staging at the restart"
    );
}
