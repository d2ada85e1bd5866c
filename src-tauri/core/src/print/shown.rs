//! The document the preview showed last, kept so that "Simpan" and "Buka/Cetak" write exactly
//! the bytes the user saw, without rendering a long ledger a second time.

use std::sync::{Arc, Mutex};

use super::document::{render, DocumentRequest};
use crate::db::Store;
use crate::error::Result;
use crate::job::Job;
use crate::model::Actor;
use crate::permissions::{require, Action};

/// One entry is enough: saving and opening are reached only from the preview on screen.
#[derive(Default)]
pub struct Shown(Mutex<Option<Entry>>);

struct Entry {
    key: String,
    pdf: Arc<Vec<u8>>,
    name: String,
}

impl Shown {
    /// Renders `request` for the preview and remembers the result.
    pub fn render(
        &self,
        store: &Store,
        actor: &Actor,
        request: &DocumentRequest,
        job: &Job,
    ) -> Result<(Arc<Vec<u8>>, String)> {
        let (pdf, name) = render(store, actor, request, job)?;
        let pdf = Arc::new(pdf);
        let entry = Entry {
            key: key(request),
            pdf: Arc::clone(&pdf),
            name: name.clone(),
        };
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(entry);
        Ok((pdf, name))
    }

    /// The bytes last shown for `request`, or a fresh render when the preview showed another.
    pub fn get(
        &self,
        store: &Store,
        actor: &Actor,
        request: &DocumentRequest,
    ) -> Result<(Arc<Vec<u8>>, String)> {
        require(actor, Action::Read)?;
        let wanted = key(request);
        let shown = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(entry) = shown.as_ref().filter(|e| e.key == wanted) {
            return Ok((Arc::clone(&entry.pdf), entry.name.clone()));
        }
        drop(shown);
        let (pdf, name) = render(store, actor, request, &Job::none())?;
        Ok((Arc::new(pdf), name))
    }
}

fn key(request: &DocumentRequest) -> String {
    format!("{request:?}")
}
