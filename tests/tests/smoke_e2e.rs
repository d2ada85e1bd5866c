//! End-to-end smoke test: the real desktop app starts under tauri-driver, mounts its UI on a
//! fresh data folder in the drawing mode it ships with, and quits cleanly.

use pressdesk_tests::e2e::{skip_without_display, temp_data_dir, App};

#[tokio::test]
async fn app_starts_and_mounts() {
    if skip_without_display() {
        return;
    }
    let data = temp_data_dir();
    // As the users run it: the software drawing that keeps the web process small.
    let app = App::launch_as_shipped(data.path()).await;
    app.wait_for("body").await;
    app.wait_for(r#"[data-testid="app-ready"]"#).await;
    app.screenshot("smoke").await;
    app.quit().await;
}
