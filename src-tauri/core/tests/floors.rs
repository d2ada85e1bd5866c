//! Core in floors (issue 14, docs/DESIGN.md "Core in floors"): core's modules import one
//! another without a loop, so each can be read, tested and changed knowing only the floors
//! below it.
//!
//! The graph is read from `src/**/*.rs`: every `use` leaf and every inline path that starts
//! at `crate::`, `super::`, `self::` or a child module (`crate::release::agenda_display(…)`).
//! Items under `#[cfg(test)]` are left out: tests may reach anywhere. The rule:
//!
//! - the top-level modules of core form a DAG: `db → backup → db` is a loop, whichever file
//!   of `backup/` the edge starts from; a path to the crate root (`crate::Error`) counts for
//!   the module `lib.rs` re-exports it from, and a re-export (`pub use crate::model::Actor`
//!   in `auth`) is an edge like any other use;
//! - within a directory, its files form a DAG among themselves and with the directory's
//!   `mod.rs` (or `media.rs` for `media/`). The `mod.rs` is the front door: its `mod`
//!   declarations and `pub use` re-exports of its children make no edge, but its own code
//!   naming a child does, and so does a child naming an item defined in the `mod.rs` (an
//!   item the `mod.rs` only re-exports counts where it is defined).

#[path = "floors/graph.rs"]
mod graph;
#[path = "floors/source.rs"]
mod source;

use std::collections::BTreeSet;
use std::path::Path;

use graph::{floors, loops, Tree};

/// Directories left out of the within-directory rule, their top-level edges still counted:
/// none since `print/`'s page frame landed; a directory under a rewrite may be listed here.
const NOT_YET_IN_FLOORS: &[&str] = &[];

/// Loops still there, each as its members (prefixed `dir/` within a directory), which the
/// tests let pass so that no new one can come in; when one is broken, its line goes (the tests
/// fail until it does). None is left: the last (`release`, `paraf`, `filing`) went when the
/// record's reads moved into `release/` and publication became its own module (issue 14).
const KNOWN_LOOPS: &[&[&str]] = &[];

/// The loops found that `known` does not list, and a line for each listed loop of this graph
/// (`prefix` names it) that is gone or has changed.
fn unexpected(
    found: Vec<(BTreeSet<String>, String)>,
    prefix: &str,
    known: &[&[&str]],
) -> Vec<String> {
    let named = |members: &BTreeSet<String>| -> BTreeSet<String> {
        members.iter().map(|m| format!("{prefix}{m}")).collect()
    };
    let ours = |m: &str| {
        m.strip_prefix(prefix)
            .is_some_and(|rest| !rest.contains('/'))
    };
    let known: Vec<BTreeSet<String>> = known
        .iter()
        .filter(|k| k.iter().all(|m| ours(m)))
        .map(|k| k.iter().map(|m| m.to_string()).collect())
        .collect();
    let mut report: Vec<String> = found
        .iter()
        .filter(|(members, _)| !known.contains(&named(members)))
        .map(|(_, text)| text.clone())
        .collect();
    for k in &known {
        if !found.iter().any(|(members, _)| named(members) == *k) {
            report.push(format!(
                "KNOWN_LOOPS lists {k:?}, no longer a loop as such: update it"
            ));
        }
    }
    report
}

fn core() -> Tree {
    Tree::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

#[test]
fn core_top_level_modules_import_one_another_without_a_loop() {
    let tree = core();
    let (nodes, graph) = tree.top_level();
    let found = unexpected(loops(&graph), "", KNOWN_LOOPS);
    assert!(
        found.is_empty(),
        "core's top-level modules loop:\n  {}",
        found.join("\n  ")
    );
    println!("core's floors, ground floor first:");
    for (n, floor) in floors(&nodes, &graph).iter().enumerate() {
        println!("  {n}: {}", floor.join(", "));
    }
}

#[test]
fn files_of_a_directory_import_one_another_without_a_loop() {
    let tree = core();
    let dirs = tree.modules.iter().filter(|(p, m)| {
        !p.is_empty()
            && !m.source.children.is_empty()
            && !NOT_YET_IN_FLOORS.contains(&p[0].as_str())
    });
    let mut report = Vec::new();
    for (dir, _) in dirs {
        let prefix = format!("{}/", dir.join("/"));
        for found in unexpected(loops(&tree.within(dir).1), &prefix, KNOWN_LOOPS) {
            report.push(format!("{prefix}: {found}"));
        }
    }
    assert!(
        report.is_empty(),
        "files of a directory loop:\n  {}",
        report.join("\n  ")
    );
}

#[test]
fn the_test_reads_every_file_of_core() {
    let tree = core();
    assert!(
        tree.modules.len() > 30,
        "only {} modules read",
        tree.modules.len()
    );
    let files: Vec<_> = tree.modules.values().map(|m| m.file.clone()).collect();
    for module in [
        "db.rs",
        "release/mod.rs",
        "release/register.rs",
        "media/jpeg.rs",
    ] {
        let file = tree.root.join(module);
        assert!(files.contains(&file), "{module} not read");
    }
}

#[test]
fn use_trees_with_groups_self_and_renames_are_read_leaf_by_leaf() {
    let text = "use crate::users::{self, NewUser as New};\n\
                pub(crate) use pending::apply as apply_pending_restore;\n\
                use crate::{audit, paraf::{trail, Decision}};";
    let named = source::read(text).named;
    let leaves: Vec<_> = named
        .iter()
        .map(|n| (n.segments.join("::"), n.bound.clone(), n.reexport))
        .collect();
    let leaf = |path: &str, bound: &str, reexport| (path.into(), Some(bound.into()), reexport);
    assert_eq!(
        leaves,
        [
            leaf("crate::users", "users", false),
            leaf("crate::users::NewUser", "New", false),
            leaf("pending::apply", "apply_pending_restore", true),
            leaf("crate::audit", "audit", false),
            leaf("crate::paraf::trail", "trail", false),
            leaf("crate::paraf::Decision", "Decision", false),
        ]
    );
}

#[test]
fn inline_paths_count_and_comments_strings_and_tests_do_not() {
    let text = r##"
        //! crate::comment::Nothing
        mod child;
        fn f() -> &'static str {
            let _ = crate::release::agenda_display(1, 2);
            let _ = child::thing::<u8>(super::other::X, '"', b'\'');
            /* crate::block::Nothing /* nested */ */
            r#"crate::raw::Nothing"#
        }
        #[cfg(test)]
        mod tests { use crate::tested::Everything; }
        #[cfg(test)]
        use crate::test_only;
        const S: &str = "crate::string::Nothing";
    "##;
    let named: Vec<_> = source::read(text)
        .named
        .iter()
        .map(|n| n.segments.join("::"))
        .collect();
    assert_eq!(
        named,
        [
            "crate::release::agenda_display",
            "child::thing",
            "super::other::X"
        ]
    );
}
