//! The window's menu bar (issue 16), driven with real keys through the X server: before
//! sign-in F1 shows "Tentang PressDesk" with the version and where the records are; the Kasi
//! signs in and Ctrl+1, Ctrl+2 take her to the first and second screens of her sidebar; she
//! switches to English and the menu's "Help" shows "About PressDesk"; Ctrl+Q closes the app.

use std::time::Duration;

use pressdesk_tests::desktop::{press, screen_shot, wait_ended};
use pressdesk_tests::e2e::{skip_without_display, temp_data_dir, App};
use pressdesk_tests::steps::{cli, count, sign_in_as, text_of};

const KASI: &str = "198207092006041003";

/// The ids of the sidebar's screen buttons, in order.
async fn sidebar_ids(app: &App) -> Vec<String> {
    let script = "return Array.from(document.querySelectorAll('.nav-btn')).map(b => b.id)";
    let ids = app.driver().execute(script, Vec::new()).await.unwrap();
    ids.convert::<Vec<String>>().unwrap()
}

#[tokio::test]
async fn the_menu_bar_shows_about_moves_between_screens_speaks_english_and_quits() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    cli(data.path(), &["demo", "--releases", "5"]);
    let app = App::launch(data.path()).await;
    app.wait_for("[data-testid=\"app-ready\"]").await;
    app.wait_text(".signin h1", "Masuk").await;

    // F1, before anyone signs in: the version, and where the records and the log are.
    press(data.path(), "F1");
    app.wait_text("#about-title", "Tentang PressDesk").await;
    let version = text_of(
        &app,
        "[data-testid=\"about-dialog\"] [data-testid=\"about-version\"]",
    );
    assert_eq!(version.await, env!("CARGO_PKG_VERSION"));
    let store = text_of(
        &app,
        "[data-testid=\"about-dialog\"] [data-testid=\"about-store\"]",
    );
    assert!(store.await.contains(&data.path().display().to_string()));
    screen_shot("menu-01-about");
    app.click("#about-close").await;
    assert_eq!(count(&app, "[data-testid=\"about-dialog\"][open]").await, 0);

    // Ctrl+1, Ctrl+2: the first two screens of the Kasi's sidebar, in its order.
    sign_in_as(&app, KASI).await;
    let ids = sidebar_ids(&app).await;
    assert!(ids.len() >= 2, "{ids:?}");
    press(data.path(), "ctrl+2");
    app.wait_for(&format!("#{}.active", ids[1])).await;
    press(data.path(), "ctrl+1");
    app.wait_for(&format!("#{}.active", ids[0])).await;
    press(data.path(), "F10 Right");
    screen_shot("menu-02-screens");
    press(data.path(), "Escape Escape");

    // In English the menu follows at once.
    app.click("#lang-en").await;
    app.wait_text("#switch-user", "Switch user").await;
    press(data.path(), "F10 Right Right");
    screen_shot("menu-03-help-en");
    press(data.path(), "Down Return");
    app.wait_text("#about-title", "About PressDesk").await;
    app.click("#about-close").await;

    // Ctrl+Q: PressDesk closes.
    press(data.path(), "ctrl+q");
    wait_ended(data.path(), Duration::from_secs(20));
    app.quit().await;
}
