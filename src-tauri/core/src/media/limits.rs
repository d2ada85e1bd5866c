//! The bounds every decoder of `media` keeps to, on their own so that `media.rs` and its JPEG
//! decoder (`jpeg.rs`) both read them without naming each other in a loop.

pub const MAX_FILE_BYTES: usize = 200 * 1024 * 1024;
pub const MAX_PIXELS: u64 = 100_000_000;
pub const THUMB_SIZE: u32 = 320;
