//! What other desks did, as it happens: a connection of its own that LISTENs to the server's
//! `pressdesk_changes` (migration-pg 0014: every committed act's audit event notifies), and
//! says when the server went out of reach and came back. The desk reloads what it shows on
//! each change; nothing here writes.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use postgres::fallible_iterator::FallibleIterator;

use super::session::Session;

/// What the listener tells the desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Live {
    /// Records other desks (or this one) changed, as `entity:id`, gathered over a moment.
    Changed(Vec<String>),
    /// Whether the server answers; said once at start and on each change.
    Online(bool),
}

/// How long changes are gathered before they are told: one reload for a batch paraf, well
/// inside the two seconds a desk has to show another desk's act.
const GATHER: Duration = Duration::from_millis(300);
/// How often an idle connection is asked whether the server is still there.
const HEARTBEAT: Duration = Duration::from_secs(3);
/// How long to wait before connecting again after an outage.
const RETRY: Duration = Duration::from_secs(2);

impl Session {
    /// Listens until `stop` is set, telling `on` each change and each outage.
    pub fn listen(&self, stop: &AtomicBool, mut on: impl FnMut(Live)) {
        let mut online = None;
        let mut say = |now: bool, on: &mut dyn FnMut(Live)| {
            if online != Some(now) {
                online = Some(now);
                on(Live::Online(now));
            }
        };
        while !stop.load(Ordering::Relaxed) {
            let listening = self.connect_own().and_then(|mut c| {
                c.batch_execute("LISTEN pressdesk_changes")
                    .map_err(|e| super::db::pg_error(&e))?;
                Ok(c)
            });
            let Ok(mut client) = listening else {
                say(false, &mut on);
                std::thread::sleep(RETRY);
                continue;
            };
            say(true, &mut on);
            let mut last_beat = Instant::now();
            while !stop.load(Ordering::Relaxed) {
                let (changed, mut broken) = gather(&mut client);
                if !changed.is_empty() {
                    on(Live::Changed(changed));
                }
                if !broken && last_beat.elapsed() >= HEARTBEAT {
                    broken = client.simple_query("SELECT 1").is_err();
                    last_beat = Instant::now();
                }
                if broken || client.is_closed() {
                    say(false, &mut on);
                    break;
                }
            }
        }
    }
}

/// The changes notified over one [`GATHER`], each once, and whether the connection broke.
fn gather(client: &mut postgres::Client) -> (Vec<String>, bool) {
    let mut changed = Vec::new();
    let mut notes = client.notifications();
    let mut waiting = notes.timeout_iter(GATHER);
    let broken = loop {
        match waiting.next() {
            Ok(Some(note)) => changed.push(note.payload().to_owned()),
            Ok(None) => break false,
            Err(_) => break true,
        }
    };
    changed.sort();
    changed.dedup();
    (changed, broken)
}
