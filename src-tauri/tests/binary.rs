//! Makes `cargo test --workspace` build the desktop binary, with the same features as every
//! other test target, so the end-to-end suite in `tests/` drives exactly that build.

#[test]
fn the_desktop_binary_is_built() {
    assert!(std::path::Path::new(env!("CARGO_BIN_EXE_pressdesk")).is_file());
}
