//! The one error type of PressDesk. It crosses IPC as `{kind, message, field?, fields?}` with
//! the message already in the interface language (`i18n`; Bahasa Indonesia unless the user
//! chose English), so every front end can show it next to the field
//! concerned; a form with several wrong fields gets them all at once (`fields`, in the order of
//! the form), so the user corrects them in one go rather than one per submit.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The user's input is wrong; `field` names the form field that caused it.
    #[error("{message}")]
    Invalid {
        field: Option<String>,
        message: String,
    },
    /// Several fields of a form are wrong, in the order of the form ([`FieldErrors`] builds
    /// it). Its message is all of theirs, one after the other, for the command line.
    #[error("{}", .0.iter().map(|f| f.message.as_str()).collect::<Vec<_>>().join(" "))]
    Fields(Vec<FieldError>),
    /// An evidence file was refused (bad format, too large, broken).
    #[error("{message}")]
    Media {
        field: Option<String>,
        message: String,
    },
    #[error("{0}")]
    NotFound(String),
    /// The signed-in user's role may not do this, or nobody is signed in.
    #[error("{0}")]
    Forbidden(String),
    /// The operation is not allowed in the record's current state.
    #[error("{0}")]
    Conflict(String),
    #[error("{}", crate::tr!("err-io", detail = .0))]
    Io(#[from] std::io::Error),
    #[error("{}", crate::tr!("err-db", detail = .0))]
    Db(rusqlite::Error),
    #[error("{}", crate::tr!("err-corrupt", detail = .0))]
    Corrupt(String),
    /// The office's PostgreSQL server could not be reached or refused (`server`), already said
    /// in Indonesian.
    #[error("{0}")]
    Server(String),
    /// The office's server cannot be reached right now (the network, the server down, the
    /// connection cut): nothing was written, and the same act may be tried again.
    #[error("{0}")]
    Offline(String),
    /// The user stopped a long job (a ledger, a backup) before it finished.
    #[error("{}", crate::tr!("err-cancelled"))]
    Cancelled,
    /// A bug, not a user's mistake: a worker thread panicked or a channel closed.
    #[error("{}", crate::tr!("err-internal", detail = .0))]
    Internal(String),
    #[error("{}", crate::tr!(
        "err-json",
        line = .source.line(),
        column = .source.column(),
        detail = .source
    ))]
    Json {
        #[from]
        source: serde_json::Error,
    },
}

impl Error {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Error::Invalid {
            field: Some(field.to_owned()),
            message: message.into(),
        }
    }

    pub fn media(field: &str, message: impl Into<String>) -> Self {
        Error::Media {
            field: Some(field.to_owned()),
            message: message.into(),
        }
    }

    /// The stable machine name of the error, used by the UI to pick how to show it.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Invalid { .. } | Error::Fields(_) => "invalid",
            Error::Media { .. } => "media",
            Error::NotFound(_) => "not_found",
            Error::Forbidden(_) => "forbidden",
            Error::Conflict(_) => "conflict",
            Error::Io(_) => "io",
            Error::Db(_) => "db",
            Error::Corrupt(_) => "corrupt",
            Error::Server(_) => "server",
            Error::Offline(_) => "offline",
            Error::Cancelled => "cancelled",
            Error::Internal(_) => "internal",
            Error::Json { .. } => "invalid",
        }
    }

    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. } | Error::Media { field, .. } => field.as_deref(),
            Error::Fields(all) => all.first().map(|f| f.field.as_str()),
            _ => None,
        }
    }

    /// Every field's message when several fields are wrong.
    pub fn fields(&self) -> Option<&[FieldError]> {
        match self {
            Error::Fields(all) => Some(all),
            _ => None,
        }
    }

    /// Io errors that mean "the disk is full" get a message a user can act on.
    pub fn from_io(err: std::io::Error) -> Self {
        if err.raw_os_error() == Some(28) {
            return Error::Conflict(crate::tr!(DISK_FULL));
        }
        Error::Io(err)
    }
}

/// SQLite's "disk full" gets the same message as a full disk anywhere else.
impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        match &err {
            rusqlite::Error::SqliteFailure(e, _) if e.code == rusqlite::ErrorCode::DiskFull => {
                Error::Conflict(crate::tr!(DISK_FULL))
            }
            _ => Error::Db(err),
        }
    }
}

/// The key of the full disk's message.
const DISK_FULL: &str = "err-disk-full";

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (field, fields) = (self.field(), self.fields());
        let len = 2 + usize::from(field.is_some()) + usize::from(fields.is_some());
        let mut s = serializer.serialize_struct("Error", len)?;
        s.serialize_field("kind", self.kind())?;
        s.serialize_field("message", &self.to_string())?;
        if let Some(field) = field {
            s.serialize_field("field", field)?;
        }
        if let Some(fields) = fields {
            s.serialize_field("fields", fields)?;
        }
        s.end()
    }
}

/// The shape of [`Error`] on the TypeScript side.
#[derive(Serialize, ts_rs::TS)]
#[ts(export, rename = "AppError")]
pub struct ErrorShape {
    pub kind: String,
    pub message: String,
    #[ts(optional)]
    pub field: Option<String>,
    /// Every wrong field, in the form's order, when there are several (`field` is the first).
    #[ts(optional)]
    pub fields: Option<Vec<FieldError>>,
}

/// One wrong field and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// Collects the field errors of a form's validation, so that all of them are reported at once.
#[derive(Debug, Default)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    /// Keeps a field error of `result` and gives `None` in its place; any other error (the
    /// database, a file) still stops the validation at once.
    pub fn check<T>(&mut self, result: Result<T>) -> Result<Option<T>> {
        match result {
            Ok(v) => Ok(Some(v)),
            Err(Error::Invalid {
                field: Some(field),
                message,
            }) => {
                self.0.push(FieldError { field, message });
                Ok(None)
            }
            Err(Error::Fields(all)) => {
                self.0.extend(all);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok` when no field was wrong; one wrong field is an ordinary [`Error::Invalid`].
    pub fn finish(mut self) -> Result<()> {
        match self.0.len() {
            0 => Ok(()),
            1 => {
                let FieldError { field, message } = self.0.remove(0);
                Err(Error::Invalid {
                    field: Some(field),
                    message,
                })
            }
            _ => Err(Error::Fields(self.0)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_shape_is_pinned() {
        let e = Error::invalid("title", "Judul wajib diisi.");
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"kind":"invalid","message":"Judul wajib diisi.","field":"title"}"#
        );
        let full = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            None,
        );
        assert_eq!(
            Error::from(full).to_string(),
            "Ruang penyimpanan penuh. Kosongkan ruang disk lalu coba lagi."
        );
        let e = Error::NotFound("Rilis tidak ditemukan.".into());
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"kind":"not_found","message":"Rilis tidak ditemukan."}"#
        );
        assert_eq!(
            serde_json::to_string(&Error::Cancelled).unwrap(),
            r#"{"kind":"cancelled","message":"Dibatalkan."}"#
        );
    }

    #[test]
    fn several_wrong_fields_cross_as_one_error_with_every_field_in_order() {
        let mut all = FieldErrors::default();
        let _ = all.check::<()>(Err(Error::invalid(
            "sender_org",
            "Instansi pengirim wajib diisi.",
        )));
        assert_eq!(all.check(Ok(3)).unwrap(), Some(3));
        let _ = all.check::<()>(Err(Error::invalid("title", "Judul wajib diisi.")));
        let e = all.finish().unwrap_err();
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            concat!(
                r#"{"kind":"invalid","message":"Instansi pengirim wajib diisi. Judul wajib "#,
                r#"diisi.","field":"sender_org","fields":[{"field":"sender_org","message":"#,
                r#""Instansi pengirim wajib diisi."},{"field":"title","message":"Judul wajib "#,
                r#"diisi."}]}"#
            )
        );
        let mut one = FieldErrors::default();
        let _ = one.check::<()>(Err(Error::invalid("title", "Judul wajib diisi.")));
        assert_eq!(
            serde_json::to_string(&one.finish().unwrap_err()).unwrap(),
            r#"{"kind":"invalid","message":"Judul wajib diisi.","field":"title"}"#
        );
        let mut db = FieldErrors::default();
        assert!(db.check::<()>(Err(Error::Conflict("x".into()))).is_err());
        assert!(db.is_empty());
    }
}
