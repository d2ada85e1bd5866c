//! The desktop shell: opens the store, serves files through the `pd:` scheme (videos through a
//! loopback server), and exposes core's operations as commands. All rules live in
//! pressdesk-core.

mod archive_commands;
mod backup_commands;
mod calendar_commands;
mod check_commands;
mod commands;
mod correction_commands;
mod dialogs;
mod documents;
mod evidence_commands;
mod filing_commands;
mod live;
mod office_commands;
mod protocol;
mod report_commands;
mod restore_commands;
mod server_commands;
mod session;
mod sop_commands;

use std::sync::Arc;

use pressdesk_core::Store;
use tauri::Manager;

pub type Shared = Arc<Store>;

/// WebKitGTK draws the page through OpenGL by default; with no GPU (Xvfb, many office PCs'
/// drivers) that is Mesa's software GL, which alone took 190 MB of the web process on the
/// agenda (318 MB against 128 MB, measured). A screen of forms and tables gains nothing from
/// it. Set before the web process starts (it inherits the environment); a value the user set,
/// e.g. `WEBKIT_DISABLE_COMPOSITING_MODE=0` for GPU drawing back, is kept.
fn software_rendering() {
    for var in [
        "WEBKIT_DISABLE_COMPOSITING_MODE",
        "WEBKIT_DISABLE_DMABUF_RENDERER",
    ] {
        if std::env::var_os(var).is_none() {
            // Before any other thread exists: nothing reads the environment concurrently.
            std::env::set_var(var, "1");
        }
    }
}

/// The office's server when this desk was set up for one (a server out of reach or refusing
/// is told on the first screen, with a way to change the settings), else this computer's own.
fn open_store(dir: &std::path::Path) -> pressdesk_core::Result<Store> {
    match pressdesk_core::server::settings::desk_url(dir) {
        Ok(Some(url)) => Store::open_server(&url, &pressdesk_core::server_cache_dir(dir)),
        Ok(None) => Store::open(dir),
        Err(why) => Store::server_unusable(why, &pressdesk_core::server_cache_dir(dir)),
    }
}

pub fn run() {
    software_rendering();
    let result = tauri::Builder::default()
        .setup(|app| {
            let dir = pressdesk_core::default_data_dir();
            // The log starts after the store opens: a prepared restore moves the folder first.
            let store = open_store(&dir);
            pressdesk_core::logging::start(&dir, "pressdesk");
            let store = store.map_err(|e| {
                pressdesk_core::logging::refused("open_store", &e);
                format!("{e} ({})", dir.display())
            })?;
            if let Some(aside) = store.restored_aside() {
                tracing::warn!(aside = %aside.display(), "restored from a backup");
                eprintln!(
                    "PressDesk: data dipulihkan dari cadangan; data sebelumnya ada di {}",
                    aside.display()
                );
            }
            let store: Shared = Arc::new(store);
            live::start(app.handle(), &store);
            app.manage::<Shared>(store);
            app.manage(session::Session::default());
            app.manage(Arc::new(pressdesk_core::job::Jobs::default()));
            app.manage(Arc::new(pressdesk_core::print::Shown::default()));
            app.manage(protocol::start_video_server(app.handle())?);
            Ok(())
        })
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .register_asynchronous_uri_scheme_protocol("pd", protocol::handle)
        .invoke_handler(tauri::generate_handler![
            commands::get_setup,
            server_commands::server_settings,
            server_commands::test_server,
            server_commands::use_server,
            commands::sign_in,
            commands::sign_out,
            commands::set_lang,
            commands::set_user_lang,
            commands::reset_pin,
            commands::check_release,
            correction_commands::edit_release,
            correction_commands::resubmit_release,
            correction_commands::withdraw_release,
            sop_commands::list_sops,
            sop_commands::show_sop,
            sop_commands::choose_sop,
            sop_commands::revise_sop,
            sop_commands::complete_step,
            sop_commands::take_up_release,
            sop_commands::set_duty,
            sop_commands::duty_roster,
            check_commands::check_releases,
            check_commands::check_queue,
            commands::paraf_releases,
            commands::record_paper_paraf,
            commands::paper_parafs_to_confirm,
            commands::confirm_paper_paraf,
            commands::disown_paper_paraf,
            commands::disowned_paper_parafs,
            commands::revoke_paraf,
            commands::save_initials,
            commands::paraf_groups,
            documents::render_document,
            documents::save_document,
            documents::open_document,
            documents::cancel_job,
            evidence_commands::media_base,
            evidence_commands::save_evidence,
            evidence_commands::save_all_evidence,
            report_commands::sop_time_report,
            report_commands::published_report,
            report_commands::export_agenda,
            filing_commands::list_stocks,
            filing_commands::list_sites,
            filing_commands::add_site,
            filing_commands::set_site_active,
            filing_commands::record_publication,
            filing_commands::mark_not_published,
            filing_commands::list_series,
            filing_commands::update_series,
            filing_commands::list_folders,
            filing_commands::add_folder,
            filing_commands::archive_release,
            filing_commands::void_archive_no,
            filing_commands::move_release,
            filing_commands::filing_index,
            archive_commands::list_class_codes,
            archive_commands::import_class_codes,
            archive_commands::class_suggestions,
            archive_commands::set_class_suggestion,
            archive_commands::release_class,
            archive_commands::classify_release,
            archive_commands::open_berkas,
            archive_commands::close_berkas,
            archive_commands::record_disposal,
            archive_commands::add_to_berkas,
            archive_commands::list_berkas,
            archive_commands::get_berkas,
            archive_commands::export_archive_list,
            archive_commands::retention_due,
            archive_commands::access_setting,
            archive_commands::set_access,
            commands::setup_office,
            commands::update_office,
            commands::add_user,
            commands::set_user_active,
            commands::add_news_type,
            commands::set_news_type_active,
            commands::stage_file,
            commands::register_release,
            commands::list_releases,
            commands::find_exact,
            commands::get_release,
            commands::verify,
            commands::bench_mark,
            backup_commands::backup_data,
            restore_commands::prepare_restore,
            restore_commands::restart_app,
            office_commands::set_folder_closed,
            office_commands::label_setup,
            office_commands::save_label_stock,
            office_commands::remove_label_stock,
            office_commands::save_print_offset,
            office_commands::set_user_rank,
            office_commands::find_printed_head,
            calendar_commands::office_calendar,
            calendar_commands::set_working_hours,
            calendar_commands::add_holiday,
            calendar_commands::remove_holiday,
            calendar_commands::import_holidays,
        ])
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("PressDesk tidak dapat dijalankan: {err}");
        std::process::exit(1);
    }
}
