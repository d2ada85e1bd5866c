//! The office's shared PostgreSQL server (issues 15 and 18), server side: connecting with TLS
//! where it must (`connect`), the server's own schema and its migrations (`migrate`, from
//! `core/migrations-pg`), `server init` (`setup`), one login per desk (`desks`) and the
//! connection test, PIN check and chain walk a desk uses (`check`), and the stored files'
//! bytes (`contents`). The rules still run on a
//! desk's SQLite store; the storage seam that runs them on this server is the next step.

pub mod check;
pub use crate::sql::connect;
pub use crate::sql::contents;
pub mod desks;
pub use crate::sql::migrate;
pub mod moving;
pub mod settings;
pub mod setup;

pub use check::{check, check_pin, verify_chain, PinVerdict, ServerCheck};
pub use connect::{connect, Tls};
pub use desks::{desk_add, desk_list, desk_remove, NewDesk};
pub use migrate::{migrate, Roles};
pub use moving::{move_office, move_rows_only, MoveReport};
pub use setup::{init, ServerInit};
