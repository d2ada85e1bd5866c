//! Which role may do what. Enforced in core on every operation, so a command called directly,
//! around the UI, is refused just the same.

use crate::error::{Error, Result};
use crate::model::Actor;
use crate::model::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    ManageOffice,
    ManageUsers,
    ManageNewsTypes,
    /// The office's working hours and holidays, which time standards count in.
    ManageCalendar,
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
    Read,
    Verify,
    Upload,
}

impl Action {
    pub const ALL: [Action; 18] = [
        Action::ManageOffice,
        Action::ManageUsers,
        Action::ManageNewsTypes,
        Action::ManageCalendar,
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
        Action::Read,
        Action::Verify,
        Action::Upload,
    ];

    /// The message key of what the action does ("mengubah profil kantor").
    fn message_key(self) -> &'static str {
        match self {
            Action::ManageOffice => "action-manage-office",
            Action::ManageUsers => "action-manage-users",
            Action::ManageNewsTypes => "action-manage-news-types",
            Action::ManageCalendar => "action-manage-calendar",
            Action::Register => "action-register",
            Action::EditRelease => "action-edit-release",
            Action::Check => "action-check",
            Action::AttachPaperParaf => "action-attach-paper-paraf",
            Action::Paraf => "action-paraf",
            Action::Revoke => "action-revoke",
            Action::Publish => "action-publish",
            Action::Archive => "action-archive",
            Action::ManageFiling => "action-manage-filing",
            Action::Backup => "action-backup",
            Action::Restore => "action-restore",
            Action::Read => "action-read",
            Action::Verify => "action-verify",
            Action::Upload => "action-upload",
        }
    }
}

/// The roles allowed to do each action. Paraf is further bound to the SOP step's role.
pub fn allowed(role: Role, action: Action) -> bool {
    use Action::*;
    match action {
        ManageOffice | ManageUsers | ManageNewsTypes | ManageCalendar => role == Role::Admin,
        Register | EditRelease | Check | AttachPaperParaf => role == Role::Kasi,
        Paraf => matches!(role, Role::Kadis | Role::Kabid),
        Revoke => role == Role::Kadis,
        Publish => role == Role::Operator,
        Archive => role == Role::Archivist,
        ManageFiling => matches!(role, Role::Archivist | Role::Admin),
        Backup | Restore | Verify => role == Role::Admin,
        Read => true,
        // Evidence and scans (Kasi), drawn initials (Kadis, Kabid), the office logo (Admin).
        // and the material the other SOPs' staff send or attach.
        Upload => !matches!(role, Role::Operator | Role::Archivist),
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
            | ManageCalendar
            | Register
            | EditRelease
            | ManageFiling
            | Backup
            | Restore
            | Read
            | Verify
            | Upload
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
        None => crate::tr!("err-console-without-user"),
    };
    let action = crate::tr!(action.message_key());
    Err(Error::Forbidden(crate::tr!(
        "err-not-allowed",
        who = who,
        action = action
    )))
}

/// Kadis, Kabid and Admin speak for the office: their paraf decides a release and an admin
/// makes users. So a user of those roles is created (or given a PIN) only by a signed-in admin,
/// never by the workstation's console alone; the console keeps the other roles. (The first
/// admin comes from the first-run set-up, which needs no one.)
pub fn require_user_role(actor: &Actor, role: Role) -> Result<()> {
    require(actor, Action::ManageUsers)?;
    if actor.user().is_none() && is_privileged(role) {
        return Err(Error::Forbidden(crate::tr!(
            "err-privileged-user-needs-admin",
            role = role.label()
        )));
    }
    Ok(())
}

/// The roles only an admin may create: those whose acts bind the office.
pub fn is_privileged(role: Role) -> bool {
    matches!(
        role,
        Role::Kadis | Role::Kabid | Role::Admin | Role::Secretary
    )
}
