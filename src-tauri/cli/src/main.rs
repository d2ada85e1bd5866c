//! pressdesk-cli: PressDesk's operations without the window.
fn main() {}
