//! The office server on a real PostgreSQL 15 cluster (one per run of this binary, started in a
//! temporary folder and removed at the end): what a desk's login is refused through `psql`, the
//! guards below every login, the chain and the numbers under concurrent desks, PIN checks kept
//! on the server, migrations and the connection test.

mod common;
mod concurrency;
mod contents;
mod refusals;
mod setup;
mod tls;
