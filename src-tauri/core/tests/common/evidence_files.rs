//! A release registered with its evidence files, the way the evidence tests start, and the
//! website operator who opens them.

use pressdesk_core::evidence;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::release::{self, EvidenceInput, ReleaseDetail};

use super::paraf_office::Office;
use super::{person, release};

/// A one-page covering letter as the sender's office wrote it (a real PDF).
pub const LETTER: &[u8] = include_bytes!("../fixtures/surat-pengantar.pdf");

/// Registers a release (by the Kasi) with `files` as `(name, bytes)`, kinds as intake guesses.
pub fn registered(o: &Office, title: &str, files: &[(&str, &[u8])]) -> ReleaseDetail {
    let mut input = release(title, "Dinas Kesehatan");
    for (name, bytes) in files {
        let staged = evidence::stage_file(&o.store, Some(&o.kasi), name, bytes).unwrap();
        input.evidence.push(EvidenceInput {
            sha256: staged.sha256,
            kind: staged.kind,
            name: staged.name,
        });
    }
    release::register_release(&o.store, &o.kasi, input).unwrap()
}

pub fn sha_of(detail: &ReleaseDetail, name: &str) -> String {
    detail
        .evidence
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no evidence {name}"))
        .sha256
        .clone()
}

pub fn operator(o: &Office) -> Actor {
    person(
        &o.store,
        "Dewi Operator",
        "199001152015032001",
        Role::Operator,
    )
}
