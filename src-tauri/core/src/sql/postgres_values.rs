//! Values to and from PostgreSQL's types. The server's schema keeps SQLite's shapes (integers as
//! `bigint`, flags as 0/1, times as UTC text), but a parameter takes whatever type the server
//! infers for its place, so each is encoded for the type asked.

use postgres::types::{to_sql_checked, IsNull, ToSql, Type};

use super::value::Value;
use crate::error::{Error, Result};

type Boxed = Box<dyn std::error::Error + Sync + Send>;

/// One argument of a statement, encoded for the type the server expects there.
#[derive(Debug)]
pub struct PgParam(pub Value);

impl ToSql for PgParam {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> std::result::Result<IsNull, Boxed> {
        match &self.0 {
            Value::Null => Ok(IsNull::Yes),
            Value::Integer(n) => match *ty {
                Type::INT8 => n.to_sql(ty, out),
                Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*n)?.to_sql(ty, out),
                Type::BOOL => (*n != 0).to_sql(ty, out),
                Type::FLOAT8 => (*n as f64).to_sql(ty, out),
                Type::FLOAT4 => (*n as f32).to_sql(ty, out),
                _ => n.to_string().to_sql(ty, out),
            },
            Value::Real(x) => match *ty {
                Type::FLOAT4 => (*x as f32).to_sql(ty, out),
                Type::FLOAT8 => x.to_sql(ty, out),
                _ => x.to_string().to_sql(ty, out),
            },
            Value::Text(s) => s.to_sql(ty, out),
            Value::Blob(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// Column `i` of a server row as a [`Value`].
pub fn from_pg(row: &postgres::Row, i: usize) -> Result<Value> {
    let ty = row.columns()[i].type_().clone();
    let bad = |e: postgres::Error| {
        Error::Corrupt(crate::tr!(
            "server-column-unreadable",
            i = i,
            ty = ty,
            error = e
        ))
    };
    Ok(match ty {
        Type::INT8 => opt(
            row.try_get::<_, Option<i64>>(i).map_err(bad)?,
            Value::Integer,
        ),
        Type::INT4 => opt(row.try_get::<_, Option<i32>>(i).map_err(bad)?, |n| {
            Value::Integer(n.into())
        }),
        Type::INT2 => opt(row.try_get::<_, Option<i16>>(i).map_err(bad)?, |n| {
            Value::Integer(n.into())
        }),
        Type::BOOL => opt(row.try_get::<_, Option<bool>>(i).map_err(bad)?, |b| {
            Value::Integer(b.into())
        }),
        Type::FLOAT8 => opt(row.try_get::<_, Option<f64>>(i).map_err(bad)?, Value::Real),
        Type::FLOAT4 => opt(row.try_get::<_, Option<f32>>(i).map_err(bad)?, |x| {
            Value::Real(x.into())
        }),
        Type::BYTEA => opt(
            row.try_get::<_, Option<Vec<u8>>>(i).map_err(bad)?,
            Value::Blob,
        ),
        _ => opt(
            row.try_get::<_, Option<String>>(i).map_err(bad)?,
            Value::Text,
        ),
    })
}

fn opt<T>(v: Option<T>, f: impl FnOnce(T) -> Value) -> Value {
    v.map_or(Value::Null, f)
}
