//! Giving freed memory back to the system after a large document: glibc keeps the freed heap
//! of a 1,000-page ledger (about 250 MB) in the process otherwise, fragmented.

/// Returns the heap's free pages to the system and coalesces its free lists, so that the app
/// is as small after printing a year's ledger as before, and the next large render starts from
/// a tidy heap instead of a fragmented one.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks glibc's own heap under its lock; it takes no pointer of
    // ours and may be called at any time from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}
