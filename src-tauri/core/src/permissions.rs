//! Which role may do what. Enforced in core on every operation, so a command called directly,
//! around the UI, is refused just the same.

use crate::auth::Actor;
use crate::error::{Error, Result};
use crate::model::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    ManageOffice,
    ManageUsers,
    ManageNewsTypes,
    Register,
    EditRelease,
    Check,
    AttachPaperParaf,
    Paraf,
    Revoke,
    Publish,
    Archive,
    ManageFiling,
    Backup,
    Restore,
}

impl Action {
    pub const ALL: [Action; 14] = [
        Action::ManageOffice,
        Action::ManageUsers,
        Action::ManageNewsTypes,
        Action::Register,
        Action::EditRelease,
        Action::Check,
        Action::AttachPaperParaf,
        Action::Paraf,
        Action::Revoke,
        Action::Publish,
        Action::Archive,
        Action::ManageFiling,
        Action::Backup,
        Action::Restore,
    ];

    fn label(self) -> &'static str {
        match self {
            Action::ManageOffice => "mengubah profil kantor",
            Action::ManageUsers => "mengelola pengguna",
            Action::ManageNewsTypes => "mengelola jenis berita",
            Action::Register => "mendaftarkan rilis",
            Action::EditRelease => "mengubah rilis",
            Action::Check => "memeriksa rilis",
            Action::AttachPaperParaf => "melampirkan paraf kertas",
            Action::Paraf => "memaraf rilis",
            Action::Revoke => "mencabut paraf",
            Action::Publish => "mencatat penayangan di website",
            Action::Archive => "memberi nomor arsip dan menyimpan rilis",
            Action::ManageFiling => "mengatur lemari, laci, map dan format nomor arsip",
            Action::Backup => "membuat cadangan data",
            Action::Restore => "memulihkan data dari cadangan",
        }
    }
}

/// The roles allowed to do each action. Paraf is further bound to the SOP step's role.
pub fn allowed(role: Role, action: Action) -> bool {
    use Action::*;
    match action {
        ManageOffice | ManageUsers | ManageNewsTypes => role == Role::Admin,
        Register | EditRelease | Check | AttachPaperParaf => role == Role::Kasi,
        Paraf => matches!(role, Role::Kadis | Role::Kabid),
        Revoke => role == Role::Kadis,
        Publish => role == Role::Operator,
        Archive => role == Role::Archivist,
        ManageFiling => matches!(role, Role::Archivist | Role::Admin),
        Backup | Restore => role == Role::Admin,
    }
}

/// The command line may set up the office, register releases and back up or restore the data
/// folder it already holds, never initial.
pub fn console_allowed(action: Action) -> bool {
    use Action::*;
    matches!(
        action,
        ManageOffice
            | ManageUsers
            | ManageNewsTypes
            | Register
            | EditRelease
            | ManageFiling
            | Backup
            | Restore
    )
}

pub fn require(actor: &Actor, action: Action) -> Result<()> {
    let ok = match actor.role() {
        Some(role) => allowed(role, action),
        None => console_allowed(action),
    };
    if ok {
        return Ok(());
    }
    let who = match actor.role() {
        Some(role) => format!("{} ({})", actor.name(), role.label()),
        None => "Konsol PressDesk tanpa pengguna".into(),
    };
    Err(Error::Forbidden(format!(
        "{who} tidak berwenang {}.",
        action.label()
    )))
}
