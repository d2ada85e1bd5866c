//! The values that cross the storage seam: what a statement takes and what a row gives back, the
//! same on SQLite and on PostgreSQL. Flags travel as integers 0/1 and times as UTC text on both
//! (the server's schema keeps them so), so a rule reads the same columns the same way.

use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// A Rust value a statement takes.
pub trait ToValue {
    fn to_value(&self) -> Value;
}

/// A Rust value a row's column gives.
pub trait FromValue: Sized {
    fn from_value(v: Value) -> Result<Self>;
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(&self) -> Value {
                Value::Integer(i64::from(*self))
            }
        }
        impl FromValue for $t {
            fn from_value(v: Value) -> Result<Self> {
                match v {
                    Value::Integer(n) => <$t>::try_from(n)
                        .map_err(|_| Error::Corrupt(crate::tr!("server-number-range", n = n))),
                    other => Err(mismatch("sql-wanted-integer", &other)),
                }
            }
        }
    )*};
}
integers!(i64, i32, u32, u16, u8);

impl ToValue for bool {
    fn to_value(&self) -> Value {
        Value::Integer(i64::from(*self))
    }
}

impl FromValue for bool {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Integer(n) => Ok(n != 0),
            other => Err(mismatch("sql-wanted-bool", &other)),
        }
    }
}

impl ToValue for f64 {
    fn to_value(&self) -> Value {
        Value::Real(*self)
    }
}

impl FromValue for f64 {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Real(x) => Ok(x),
            // SQLite hands back a REAL with no fraction as stored; an integer column read as
            // a measure is exact below 2^53.
            Value::Integer(n) => Ok(n as f64),
            other => Err(mismatch("sql-wanted-number", &other)),
        }
    }
}

impl ToValue for str {
    fn to_value(&self) -> Value {
        Value::Text(self.to_owned())
    }
}

impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
}

impl FromValue for String {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Text(s) => Ok(s),
            other => Err(mismatch("sql-wanted-text", &other)),
        }
    }
}

impl ToValue for [u8] {
    fn to_value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}

impl FromValue for Vec<u8> {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Blob(b) => Ok(b),
            other => Err(mismatch("sql-wanted-bytes", &other)),
        }
    }
}

impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToValue::to_value)
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}

impl ToValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}

impl FromValue for Value {
    fn from_value(v: Value) -> Result<Self> {
        Ok(v)
    }
}

/// `wanted` is the message key of what the column should hold.
fn mismatch(wanted: &str, got: &Value) -> Error {
    Error::Corrupt(crate::tr!(
        "server-column-type",
        got = format!("{got:?}"),
        wanted = crate::tr!(wanted)
    ))
}

/// A value SQLite handed out, as the seam carries it (also for copying rows between stores).
impl From<rusqlite::types::ValueRef<'_>> for Value {
    fn from(v: rusqlite::types::ValueRef) -> Value {
        use rusqlite::types::ValueRef as S;
        match v {
            S::Null => Value::Null,
            S::Integer(n) => Value::Integer(n),
            S::Real(x) => Value::Real(x),
            S::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
            S::Blob(b) => Value::Blob(b.to_vec()),
        }
    }
}
