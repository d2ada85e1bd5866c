//! A small argument reader: flags and options anywhere on the line, the first bare word is the
//! command, and anything left unread is reported instead of silently ignored.

use std::str::FromStr;

use pressdesk_core::{Error, Result};

pub struct Args {
    words: Vec<Option<String>>,
}

impl Args {
    pub fn from_env() -> Args {
        Args {
            words: std::env::args().skip(1).map(Some).collect(),
        }
    }

    pub fn flag(&mut self, name: &str) -> bool {
        match self.words.iter().position(|w| w.as_deref() == Some(name)) {
            Some(i) => {
                self.words[i] = None;
                true
            }
            None => false,
        }
    }

    pub fn value(&mut self, name: &str) -> Result<Option<String>> {
        let Some(i) = self.words.iter().position(|w| w.as_deref() == Some(name)) else {
            return Ok(None);
        };
        self.words[i] = None;
        match self.words.get_mut(i + 1).and_then(Option::take) {
            Some(v) => Ok(Some(v)),
            None => Err(Error::invalid(name, format!("{name} memerlukan nilai."))),
        }
    }

    /// A PIN: with `<name>-stdin` the first line of standard input, else `<name> VALUE`, else the
    /// `env` variable. A value on the command line shows in the process list of every user of
    /// the computer; standard input and the environment do not.
    pub fn secret(&mut self, name: &str, env: &str) -> Result<Option<String>> {
        if self.flag(&format!("{name}-stdin")) {
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .map_err(Error::from_io)?;
            return Ok(Some(line.trim_end_matches(['\r', '\n']).to_owned()));
        }
        match self.value(name)? {
            Some(v) => Ok(Some(v)),
            None => Ok(std::env::var(env).ok().filter(|v| !v.is_empty())),
        }
    }

    pub fn values(&mut self, name: &str) -> Result<Vec<String>> {
        let mut out = Vec::new();
        while let Some(v) = self.value(name)? {
            out.push(v);
        }
        Ok(out)
    }

    pub fn parsed<T: FromStr>(&mut self, name: &str) -> Result<Option<T>> {
        match self.value(name)? {
            Some(v) => v
                .parse()
                .map(Some)
                .map_err(|_| Error::invalid(name, format!("Nilai {name} «{v}» tidak sah."))),
            None => Ok(None),
        }
    }

    /// The command: the first word that is not an option.
    pub fn command(&mut self) -> Option<String> {
        let i = self
            .words
            .iter()
            .position(|w| w.as_deref().is_some_and(|w| !w.starts_with("--")))?;
        self.words[i].take()
    }

    /// The next word, taken only when it is one of `names`: a subcommand such as
    /// `paraf confirm`, told apart from a release number in the same place.
    pub fn subcommand(&mut self, names: &[&str]) -> Option<String> {
        let word = self.words.iter_mut().find(|w| w.is_some())?;
        if names.contains(&word.as_deref()?) {
            word.take()
        } else {
            None
        }
    }

    /// All remaining bare words (for `search` and `show`).
    pub fn rest(&mut self) -> Vec<String> {
        self.words
            .iter_mut()
            .filter(|w| w.as_deref().is_some_and(|w| !w.starts_with("--")))
            .filter_map(Option::take)
            .collect()
    }

    pub fn finish(&self) -> Result<()> {
        match self.words.iter().flatten().next() {
            Some(extra) => Err(Error::invalid(
                "args",
                format!("Argumen «{extra}» tidak dikenal."),
            )),
            None => Ok(()),
        }
    }
}
