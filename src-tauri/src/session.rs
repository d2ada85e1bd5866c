//! Who is signed in on this window. Only `sign_in` (a verified PIN) puts an `Actor` here; it
//! lives in memory and is gone when the app closes.

use std::sync::Mutex;

use pressdesk_core::model::Actor;
use pressdesk_core::{Error, Result};

#[derive(Default)]
pub struct Session(Mutex<Option<Actor>>);

impl Session {
    pub fn actor(&self) -> Result<Actor> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
            .ok_or_else(|| Error::Forbidden(pressdesk_core::tr!("err-sign-in-first")))
    }

    pub fn set(&self, actor: Option<Actor>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = actor;
    }
}
