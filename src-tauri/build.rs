//! Declares the app's commands so that capabilities can grant exactly the ones the UI uses.
const COMMANDS: &[&str] = &[
    "get_setup",
    "sign_in",
    "sign_out",
    "reset_pin",
    "check_release",
    "paraf_releases",
    "record_paper_paraf",
    "revoke_paraf",
    "save_initials",
    "paraf_groups",
    "render_document",
    "save_document",
    "open_document",
    "cancel_job",
    "sop_time_report",
    "published_report",
    "export_agenda",
    "list_stocks",
    "list_sites",
    "add_site",
    "record_publication",
    "mark_not_published",
    "list_series",
    "update_series",
    "list_folders",
    "add_folder",
    "archive_release",
    "void_archive_no",
    "move_release",
    "filing_index",
    "setup_office",
    "update_office",
    "add_user",
    "set_user_active",
    "add_news_type",
    "set_news_type_active",
    "set_site_active",
    "stage_file",
    "register_release",
    "list_releases",
    "find_exact",
    "get_release",
    "verify",
    "bench_mark",
    "backup_data",
    "prepare_restore",
    "restart_app",
];

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    if let Err(err) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
    {
        panic!("tauri build failed: {err:#}");
    }
}
