//! pressdesk-core: every rule of PressDesk — storage, the SOP workflow, evidence, search and
//! verification — with no Tauri dependency, shared by the desktop app and the CLI.

pub mod audit;
pub mod auth;
pub mod backup;
pub mod calendar;
pub mod catalog;
pub mod db;
pub mod error;
pub mod evidence;
pub mod files;
pub mod filing;
pub mod fingerprint;
pub mod job;
pub mod label_stocks;
pub mod loopback;
pub mod media;
pub mod memory;
pub mod model;
pub mod numbering;
pub mod office;
pub mod originals;
pub mod paraf;
pub mod paths;
pub mod pending_restore;
pub mod period;
pub mod permissions;
pub mod pin;
pub mod print;
pub mod promotion;
pub mod publication;
pub mod release;
pub mod reports;
pub mod serve;
pub mod server;
pub mod sop;
pub mod sql;
pub mod startmark;
pub mod sweep;
pub mod time_standard;
pub mod timefmt;
pub mod users;
pub mod verify;
pub mod workflow;

pub use db::{default_data_dir, server_cache_dir, Store};
pub use error::{Error, Result};
