//! End-to-end smoke test: the real desktop app starts under tauri-driver, mounts its UI on a
//! fresh data folder, and quits cleanly.

use pressdesk_tests::e2e::{temp_data_dir, App};

#[tokio::test]
async fn app_starts_and_mounts() {
    let data = temp_data_dir();
    let app = App::launch(data.path()).await;
    app.wait_for("body").await;
    app.wait_for(r#"[data-testid="app-ready"]"#).await;
    app.screenshot("smoke").await;
    app.quit().await;
}
