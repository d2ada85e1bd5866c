//! The vocabulary shared by core, the CLI and the UI: roles, users and the `Actor` every
//! operation takes, states, and the records that cross IPC. It is core's ground floor, naming
//! only `error`. Every IPC type here derives `TS`, so the TypeScript side is generated, never
//! hand-written.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum Role {
    Kasi,
    Kadis,
    Kabid,
    Operator,
    Archivist,
    Admin,
    /// The roles the other SOPs of the seeds name: reporter or contributor (SOP 001), the
    /// media-center team (001), the processing team (003), the Sekretaris and staff (000).
    Reporter,
    MediaTeam,
    Processor,
    Secretary,
    Staff,
}

impl Role {
    pub const ALL: [Role; 11] = [
        Role::Kasi,
        Role::Kadis,
        Role::Kabid,
        Role::Operator,
        Role::Archivist,
        Role::Admin,
        Role::Reporter,
        Role::MediaTeam,
        Role::Processor,
        Role::Secretary,
        Role::Staff,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Kasi => "Kasi",
            Role::Kadis => "Kadis",
            Role::Kabid => "Kabid",
            Role::Operator => "Operator",
            Role::Archivist => "Archivist",
            Role::Admin => "Admin",
            Role::Reporter => "Reporter",
            Role::MediaTeam => "MediaTeam",
            Role::Processor => "Processor",
            Role::Secretary => "Secretary",
            Role::Staff => "Staff",
        }
    }

    pub fn parse(s: &str) -> Result<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(s) || said(|| r.label(), s))
            .ok_or_else(|| {
                Error::invalid(
                    "role",
                    crate::tr!("err-peran-tidak-dikenal-pilih-kasi", s = s),
                )
            })
    }

    /// "Arsiparis", in the interface language (Indonesian on a print).
    pub fn label(self) -> &'static str {
        crate::i18n::label(match self {
            Role::Kasi => "role-kasi",
            Role::Kadis => "role-kadis",
            Role::Kabid => "role-kabid",
            Role::Operator => "role-operator",
            Role::Archivist => "role-archivist",
            Role::Admin => "role-admin",
            Role::Reporter => "role-reporter",
            Role::MediaTeam => "role-media-team",
            Role::Processor => "role-processor",
            Role::Secretary => "role-secretary",
            Role::Staff => "role-staff",
        })
    }
}

/// A person of the office, as `users` reads them; an `Actor` carries one once its PIN is
/// verified.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct User {
    pub id: i64,
    pub name: String,
    pub nip: String,
    pub role: Role,
    pub role_label: String,
    pub position: String,
    /// Pangkat/golongan; empty when not given.
    pub rank: String,
    pub active: bool,
    /// Whether the user can sign in yet.
    pub has_pin: bool,
    /// The initials the user saved for reuse (PNG, content-addressed), if any.
    pub saved_initials_sha: Option<String>,
    /// The interface language the user chose (`id` or `en`), applied at sign-in.
    pub lang: crate::i18n::Lang,
}

/// Who performs an operation: a user whose PIN `auth` verified (only it builds one), or
/// the workstation's command line, which may set up and register but never initial.
#[derive(Debug, Clone)]
pub struct Actor {
    user: Option<User>,
    /// On the office's server: the id of the PIN check that signed this user in and when, the
    /// proof an admin gives the server's `set_pin` (valid there for two minutes).
    proof: Option<(i64, std::time::Instant)>,
}

impl Actor {
    /// The command line of this workstation: whoever runs it already holds the data folder.
    pub fn console() -> Actor {
        Actor {
            user: None,
            proof: None,
        }
    }

    pub fn user(&self) -> Option<&User> {
        self.user.as_ref()
    }

    /// The user's id for audit events; `None` for the console.
    pub fn id(&self) -> Option<i64> {
        self.user.as_ref().map(|u| u.id)
    }

    pub fn role(&self) -> Option<Role> {
        self.user.as_ref().map(|u| u.role)
    }

    pub fn name(&self) -> String {
        self.user
            .as_ref()
            .map(|u| u.name.clone())
            .unwrap_or_else(|| crate::tr!("console-name"))
    }

    /// The signed-in user, or an error for acts that need a person (paraf, check, revoke).
    pub fn person(&self) -> Result<&User> {
        self.user
            .as_ref()
            .ok_or_else(|| Error::Forbidden(crate::tr!("err-needs-pin-user")))
    }

    /// A user whose PIN matched: called by `auth` alone, which has just checked it.
    pub(crate) fn verified(user: User) -> Actor {
        Actor {
            user: Some(user),
            proof: None,
        }
    }

    /// A user whose PIN the office's server checked, with that check's id.
    pub(crate) fn verified_on_server(user: User, try_id: i64) -> Actor {
        Actor {
            user: Some(user),
            proof: Some((try_id, std::time::Instant::now())),
        }
    }

    /// The server's PIN check of this sign-in while the server still takes it as an admin's
    /// proof (two minutes there; a little less here, for the clocks and the round trip).
    pub(crate) fn pin_proof(&self) -> Option<i64> {
        self.proof
            .filter(|(_, at)| at.elapsed() < std::time::Duration::from_secs(110))
            .map(|(id, _)| id)
    }

    /// For the permission-table tests only: an actor of any role without a PIN.
    #[doc(hidden)]
    pub fn for_tests(user: User) -> Actor {
        Actor {
            user: Some(user),
            proof: None,
        }
    }
}

/// The states of a release, in SOP order. Each SOP step names the state it reaches.
/// `Withdrawn` is no step's: the sender took the release back before its deciding paraf. The
/// database keeps it as `Registered` with `withdrawn_at` set (the status column's CHECK predates
/// it); `release::state_sql` reads both as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum Status {
    Registered,
    Initialed,
    Approved,
    Rejected,
    Published,
    Archived,
    Withdrawn,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Registered,
        Status::Initialed,
        Status::Approved,
        Status::Rejected,
        Status::Published,
        Status::Archived,
        Status::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Registered => "Registered",
            Status::Initialed => "Initialed",
            Status::Approved => "Approved",
            Status::Rejected => "Rejected",
            Status::Published => "Published",
            Status::Archived => "Archived",
            Status::Withdrawn => "Withdrawn",
        }
    }

    pub fn parse(s: &str) -> Result<Status> {
        Status::ALL
            .into_iter()
            .find(|st| st.as_str().eq_ignore_ascii_case(s) || said(|| st.label(), s))
            .ok_or_else(|| Error::invalid("status", crate::tr!("err-status-tidak-dikenal", s = s)))
    }

    /// "Tidak disetujui", in the interface language (Indonesian on a print).
    pub fn label(self) -> &'static str {
        crate::i18n::label(match self {
            Status::Registered => "status-registered",
            Status::Initialed => "status-initialed",
            Status::Approved => "status-approved",
            Status::Rejected => "status-rejected",
            Status::Published => "status-published",
            Status::Archived => "status-archived",
            Status::Withdrawn => "status-withdrawn",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum EvidenceKind {
    Photo,
    Video,
    Letter,
}

impl EvidenceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Photo => "photo",
            EvidenceKind::Video => "video",
            EvidenceKind::Letter => "letter",
        }
    }

    pub fn parse(s: &str) -> Result<EvidenceKind> {
        match s {
            "photo" => Ok(EvidenceKind::Photo),
            "video" => Ok(EvidenceKind::Video),
            "letter" => Ok(EvidenceKind::Letter),
            _ => Err(Error::Corrupt(crate::tr!(
                "evidence-kind-unknown",
                kind = s
            ))),
        }
    }

    /// "Surat pengantar", in the interface language (Indonesian on a print).
    pub fn label(self) -> &'static str {
        crate::i18n::label(match self {
            EvidenceKind::Photo => "evidence-photo",
            EvidenceKind::Video => "evidence-video",
            EvidenceKind::Letter => "evidence-letter",
        })
    }
}

/// Whether `typed` is a label as either language says it: the command line and older
/// scripts type the Indonesian names, an English user the English ones.
fn said(label: impl Fn() -> &'static str, typed: &str) -> bool {
    use crate::i18n::{with_lang, Lang};
    [Lang::Id, Lang::En]
        .into_iter()
        .any(|lang| with_lang(lang, &label).eq_ignore_ascii_case(typed.trim()))
}

/// A folder's place, "Lemari A · Laci 1 · Map 2026-01", in the interface language (Indonesian
/// on a print).
pub fn folder_location(cabinet: &str, drawer: &str, folder: &str) -> String {
    crate::tr!(
        "location",
        cabinet = cabinet,
        drawer = drawer,
        folder = folder
    )
}

/// Indonesia's three time zones; fixed offsets, no daylight saving.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum TimeZone {
    WIB,
    WITA,
    WIT,
}

impl TimeZone {
    pub fn offset_hours(self) -> i32 {
        match self {
            TimeZone::WIB => 7,
            TimeZone::WITA => 8,
            TimeZone::WIT => 9,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            TimeZone::WIB => "WIB",
            TimeZone::WITA => "WITA",
            TimeZone::WIT => "WIT",
        }
    }

    pub fn parse(s: &str) -> Result<TimeZone> {
        match s.to_ascii_uppercase().as_str() {
            "WIB" => Ok(TimeZone::WIB),
            "WITA" => Ok(TimeZone::WITA),
            "WIT" => Ok(TimeZone::WIT),
            _ => Err(Error::invalid("timezone", crate::tr!("err-timezone"))),
        }
    }
}

/// Checks a free-text field: required or not, and at most `max` characters. `label` is the
/// message key of the field's name (`label-judul`), said in the interface language.
pub fn check_text(field: &str, label: &str, value: &str, required: bool, max: usize) -> Result<()> {
    let len = value.trim().chars().count();
    if required && len == 0 {
        let label = crate::tr!(label);
        return Err(Error::invalid(
            field,
            crate::tr!("err-required", label = label),
        ));
    }
    if len > max {
        let label = crate::tr!(label);
        let message = crate::tr!("err-too-long", label = label, len = len, max = max);
        return Err(Error::invalid(field, message));
    }
    Ok(())
}
