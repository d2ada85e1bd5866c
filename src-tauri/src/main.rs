//! The PressDesk desktop binary.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    pressdesk_lib::run();
}
