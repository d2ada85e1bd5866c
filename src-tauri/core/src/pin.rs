//! PINs as Argon2 hashes: the format a PIN must have, its hash, and whether a typed PIN matches
//! a stored hash. On its own, below `users` (which hashes a new user's first PIN) and `auth`
//! (which checks one at sign-in), so neither has to reach into the other for it.

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;

use crate::error::{Error, Result};

pub fn check_pin_format(pin: &str) -> Result<()> {
    if !(4..=12).contains(&pin.len()) || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid("pin", "PIN harus 4 sampai 12 angka."));
    }
    Ok(())
}

pub(crate) fn hash_pin(pin: &str) -> Result<String> {
    check_pin_format(pin)?;
    Argon2::default()
        .hash_password(pin.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| Error::Internal(format!("argon2: {e}")))
}

/// Whether `pin` is the one `hash` was made from; a hash that cannot be read matches nothing.
/// Takes tens of milliseconds: call it without holding the database.
pub(crate) fn matches(pin: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(pin.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}
