//! PINs as Argon2 hashes: the format a PIN must have, its hash, and whether a typed PIN matches
//! a stored hash. On its own, below `users` (which hashes a new user's first PIN) and `auth`
//! (which checks one at sign-in), so neither has to reach into the other for it.

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{CustomizedPasswordHasher, PasswordHasher, PasswordVerifier};
use argon2::{Argon2, Params};

use crate::error::{Error, Result};

pub fn check_pin_format(pin: &str) -> Result<()> {
    if !(4..=12).contains(&pin.len()) || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid(
            "pin",
            crate::tr!("err-pin-harus-4-sampai-12"),
        ));
    }
    Ok(())
}

pub(crate) fn hash_pin(pin: &str) -> Result<String> {
    check_pin_format(pin)?;
    Argon2::default()
        .hash_password(pin.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| Error::Internal(crate::tr!("err-library", library = "argon2", error = e)))
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

/// The PHC string of `pin` under the parameters and salt of `prefix`, a stored PHC string
/// without its hash (what the office server's `pin_salt` gives): the server compares the result
/// with the hash it keeps, which never leaves it. An error when `prefix` cannot be read.
pub fn hash_with(pin: &str, prefix: &str) -> Result<String> {
    let bad = || Error::Corrupt(crate::tr!("pin-params-unreadable"));
    let parsed = PasswordHash::new(prefix).map_err(|_| bad())?;
    let salt = parsed.salt.as_ref().ok_or_else(bad)?;
    let params = Params::try_from(&parsed).map_err(|_| bad())?;
    Argon2::default()
        .hash_password_customized(
            pin.as_bytes(),
            salt,
            Some(parsed.algorithm.as_str()),
            parsed.version,
            params,
        )
        .map(|h| h.to_string())
        .map_err(|e| Error::Internal(crate::tr!("err-library", library = "argon2", error = e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_hashed_with_the_salt_of_its_stored_hash_gives_that_hash() {
        let stored = hash_pin("123456").expect("hash");
        let prefix = stored.rsplit_once('$').expect("phc").0;
        assert_eq!(hash_with("123456", prefix).expect("again"), stored);
        assert_ne!(hash_with("654321", prefix).expect("other"), stored);
    }
}
