//! Long jobs (a ledger of a thousand pages) report how far they are and can be stopped: the
//! job checks `step` between pieces of work, and `Jobs` lets another thread cancel it by id.
//! A stage is named by its message key and reported in the language of the job's caller, even
//! while an official document, which is Indonesian, is being made.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Lang;

/// What a running job last reported.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct JobProgress {
    /// "Menyusun halaman…", in the interface language.
    pub stage: String,
    /// 0–100 over the whole job.
    pub percent: u32,
}

type Report = Box<dyn Fn(JobProgress) + Send + Sync>;

/// A job's cancel flag and progress sink. `Job::none()` runs a job without either.
pub struct Job {
    cancelled: Arc<AtomicBool>,
    /// The highest percent reported, so that two threads never report a step backwards.
    last_percent: AtomicI64,
    report: Option<Report>,
    /// The language of whoever started the job, which its stages are reported in.
    lang: Lang,
}

impl Job {
    pub fn none() -> Job {
        Job {
            cancelled: Arc::new(AtomicBool::new(false)),
            last_percent: AtomicI64::new(-1),
            report: None,
            lang: crate::i18n::lang(),
        }
    }

    pub fn new(report: impl Fn(JobProgress) + Send + Sync + 'static) -> Job {
        Job {
            report: Some(Box::new(report)),
            ..Job::none()
        }
    }

    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::SeqCst);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::SeqCst)
    }

    /// Reports the stage named by the message key `stage` ("progress-layout"), `done` of
    /// `total` within the stretch `from..to` percent of the whole job, each whole percent once
    /// and never backwards; fails with `Error::Cancelled` once the job is cancelled.
    pub fn step(&self, stage: &str, done: usize, total: usize, from: u32, to: u32) -> Result<()> {
        if self.is_cancelled() {
            return Err(Error::Cancelled);
        }
        let Some(report) = &self.report else {
            return Ok(());
        };
        let share = if total == 0 {
            1.0
        } else {
            done.min(total) as f64 / total as f64
        };
        let percent = from + ((to.saturating_sub(from)) as f64 * share) as u32;
        if self
            .last_percent
            .fetch_max(i64::from(percent), Ordering::Relaxed)
            < i64::from(percent)
        {
            report(JobProgress {
                stage: crate::i18n::with_lang(self.lang, || crate::tr!(stage)),
                percent,
            });
        }
        Ok(())
    }
}

/// The jobs running now, by the id their caller chose, so that a second call can cancel one.
/// A cancel may overtake its job (both are calls from the window, run on different threads):
/// such an early cancel is remembered and the job stops before it starts.
#[derive(Default)]
pub struct Jobs {
    running: Mutex<HashMap<String, Arc<AtomicBool>>>,
}

/// How many early cancels are remembered; ids of jobs that already finished pile up otherwise.
const EARLY_CANCELS: usize = 64;

impl Jobs {
    /// Runs `work` with a job registered under `id` until it returns.
    pub fn run<T>(
        &self,
        id: &str,
        report: impl Fn(JobProgress) + Send + Sync + 'static,
        work: impl FnOnce(&Job) -> Result<T>,
    ) -> Result<T> {
        let job = Job::new(report);
        let early = self
            .lock()
            .insert(id.to_owned(), Arc::clone(&job.cancelled));
        if early.is_some_and(|flag| flag.load(Ordering::SeqCst)) {
            job.cancel();
        }
        let out = work(&job);
        self.lock().remove(id);
        out
    }

    /// Asks the job `id` to stop; `false` when no such job runs yet (then it stops as soon as
    /// it starts) or any more.
    pub fn cancel(&self, id: &str) -> bool {
        let mut running = self.lock();
        if let Some(flag) = running.get(id) {
            flag.store(true, Ordering::SeqCst);
            return true;
        }
        if running.len() < EARLY_CANCELS {
            running.insert(id.to_owned(), Arc::new(AtomicBool::new(true)));
        }
        false
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<AtomicBool>>> {
        self.running.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn reports_whole_percents_and_stops_when_cancelled() {
        let jobs = Jobs::default();
        let (tx, rx) = mpsc::channel();
        let tx = Mutex::new(tx);
        let out = jobs.run(
            "a",
            move |p| tx.lock().unwrap().send(p).unwrap(),
            |job| {
                for i in 0..=1000 {
                    job.step("progress-layout", i, 1000, 10, 50)?;
                    if i == 500 {
                        assert!(jobs.cancel("a"));
                    }
                }
                Ok(())
            },
        );
        assert!(matches!(out, Err(Error::Cancelled)));
        let seen: Vec<u32> = rx.try_iter().map(|p| p.percent).collect();
        assert_eq!(seen, (10..=30).collect::<Vec<_>>());
        assert!(!jobs.cancel("a"), "a finished job is forgotten");
        let early = jobs.run("a", |_| {}, |job| job.step("", 0, 1, 0, 1));
        assert!(
            matches!(early, Err(Error::Cancelled)),
            "a cancel may come first"
        );
    }

    /// A print holds `Official` (Indonesian) while it reports: the stages still come in the
    /// language of the user who started it.
    #[test]
    fn stages_come_in_the_language_of_who_started_the_job() {
        use crate::i18n::{with_lang, Official};
        let stages = |lang| {
            let (tx, rx) = mpsc::channel();
            let tx = Mutex::new(tx);
            with_lang(lang, || {
                let job = Job::new(move |p| tx.lock().unwrap().send(p.stage).unwrap());
                let _official = Official::enter();
                job.step("progress-layout", 1, 2, 0, 100).unwrap();
            });
            rx.try_iter().collect::<Vec<_>>()
        };
        assert_eq!(stages(Lang::En), ["Laying out pages…"]);
        assert_eq!(stages(Lang::Id), ["Menyusun halaman…"]);
    }
}
