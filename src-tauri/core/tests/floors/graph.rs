//! Core's module tree and its dependency edges, read from `src/`: which top-level module
//! names which, and which file of a directory names which of its siblings or its parent, and
//! the loops (strongly connected parts) of such a graph, each with the lines that make it.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

use super::source::{self, Named, Source};

/// A module of core: `[]` is the crate root, `["release", "register"]` a file of `release/`.
pub type ModPath = Vec<String>;

pub struct Module {
    pub file: PathBuf,
    pub source: Source,
}

/// Every module reachable from `lib.rs` through `mod` declarations outside tests.
pub struct Tree {
    pub root: PathBuf,
    pub modules: BTreeMap<ModPath, Module>,
}

/// Why one node depends on another: the first few lines that say so.
pub type Graph = BTreeMap<String, BTreeMap<String, Vec<String>>>;

impl Tree {
    pub fn read(src: &Path) -> Tree {
        let mut tree = Tree {
            root: src.to_path_buf(),
            modules: BTreeMap::new(),
        };
        tree.add(Vec::new(), src.join("lib.rs"));
        tree
    }

    fn add(&mut self, path: ModPath, file: PathBuf) {
        let text =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let source = source::read(&text);
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let dir = match stem {
            "lib" | "mod" => file.parent().map(Path::to_path_buf),
            _ => file.parent().map(|p| p.join(stem)),
        }
        .unwrap_or_default();
        let children = source.children.clone();
        self.modules.insert(path.clone(), Module { file, source });
        for child in children {
            let flat = dir.join(format!("{child}.rs"));
            let file = if flat.exists() {
                flat
            } else {
                dir.join(&child).join("mod.rs")
            };
            let mut sub = path.clone();
            sub.push(child);
            self.add(sub, file);
        }
    }

    fn is_child(&self, of: &[String], name: &str) -> bool {
        self.modules
            .get(of)
            .is_some_and(|m| m.source.children.iter().any(|c| c == name))
    }

    /// The module a path names and the item after it, or `None` for another crate's path.
    pub fn resolve(
        &self,
        from: &[String],
        segments: &[String],
    ) -> Option<(ModPath, Option<String>)> {
        let (mut module, rest): (ModPath, &[String]) = match segments.first()?.as_str() {
            "crate" => (Vec::new(), &segments[1..]),
            "self" => (from.to_vec(), &segments[1..]),
            "super" => {
                let ups = segments.iter().take_while(|s| *s == "super").count();
                let keep = from.len().checked_sub(ups)?;
                (from[..keep].to_vec(), &segments[ups..])
            }
            first if self.is_child(from, first) => (from.to_vec(), segments),
            _ => return None,
        };
        let mut rest = rest.iter();
        let mut item = None;
        for segment in rest.by_ref() {
            if self.is_child(&module, segment) {
                module.push(segment.clone());
            } else {
                item = Some(segment.clone());
                break;
            }
        }
        Some((module, item))
    }

    /// Follows `use` items: where the item a module imports (or re-exports) is defined.
    pub fn defined_in(&self, module: ModPath, item: Option<String>) -> (ModPath, Option<String>) {
        let (mut module, mut item) = (module, item);
        for _ in 0..16 {
            let Some(name) = item.as_deref() else { break };
            let imported = self.modules.get(&module).and_then(|m| {
                m.source
                    .named
                    .iter()
                    .find(|n| n.bound.as_deref() == Some(name))
            });
            let Some(next) = imported.and_then(|n| self.resolve(&module, &n.segments)) else {
                break;
            };
            (module, item) = next;
        }
        (module, item)
    }

    fn evidence(&self, module: &ModPath, named: &Named) -> String {
        let file = &self.modules[module].file;
        let file = file.strip_prefix(&self.root).unwrap_or(file);
        format!(
            "src/{}:{} {}",
            file.display(),
            named.line,
            named.segments.join("::")
        )
    }

    /// Top-level modules and their edges. A path to the crate root (`crate::Error`) counts
    /// for the module `lib.rs` re-exports it from.
    pub fn top_level(&self) -> (BTreeSet<String>, Graph) {
        let nodes = self
            .modules
            .keys()
            .filter(|p| p.len() == 1)
            .map(|p| p[0].clone())
            .collect();
        let mut graph = Graph::new();
        for (path, module) in self.modules.iter().filter(|(p, _)| !p.is_empty()) {
            for named in &module.source.named {
                let Some((to, item)) = self.resolve(path, &named.segments) else {
                    continue;
                };
                let to = if to.is_empty() {
                    self.defined_in(to, item).0
                } else {
                    to
                };
                if let Some(to) = to.first().filter(|t| **t != path[0]) {
                    add(&mut graph, &path[0], to, self.evidence(path, named));
                }
            }
        }
        (nodes, graph)
    }

    /// The files of the directory `dir` and their edges. `dir` itself (its `mod.rs`) is a
    /// node; its `pub use` re-exports are its front door and make no edge, and a child naming
    /// an item the parent only re-exports depends on where the item is defined.
    pub fn within(&self, dir: &[String]) -> (BTreeSet<String>, Graph) {
        let name = |p: &[String]| {
            if p.len() == dir.len() {
                "mod".to_string()
            } else {
                p[dir.len()].clone()
            }
        };
        let mut nodes: BTreeSet<String> =
            self.modules[dir].source.children.iter().cloned().collect();
        nodes.insert("mod".into());
        let mut graph = Graph::new();
        for (path, module) in self.modules.iter().filter(|(p, _)| p.starts_with(dir)) {
            let from = name(path);
            for named in &module.source.named {
                if from == "mod" && named.reexport && path.len() == dir.len() {
                    continue;
                }
                let Some((mut to, mut item)) = self.resolve(path, &named.segments) else {
                    continue;
                };
                if to == dir {
                    (to, item) = self.defined_in(to, item);
                }
                let _ = item;
                if to.starts_with(dir) && name(&to) != from {
                    add(&mut graph, &from, &name(&to), self.evidence(path, named));
                }
            }
        }
        (nodes, graph)
    }
}

fn add(graph: &mut Graph, from: &str, to: &str, why: String) {
    let lines = graph
        .entry(from.into())
        .or_default()
        .entry(to.into())
        .or_default();
    if lines.len() < 3 {
        lines.push(why);
    }
}

/// The loops of a graph: each strongly connected part of more than one node, its nodes and a
/// report: the shortest cycle through each of its nodes, then every edge inside it with its
/// lines.
pub fn loops(graph: &Graph) -> Vec<(BTreeSet<String>, String)> {
    let mut report = Vec::new();
    for part in parts(graph) {
        let inside = |a: &str, b: &str| part.contains(a) && part.contains(b);
        let mut cycles = BTreeSet::new();
        for start in &part {
            if let Some(cycle) = shortest_cycle(graph, start, &part) {
                cycles.insert(cycle.join(" → "));
            }
        }
        let mut text = cycles.into_iter().collect::<Vec<_>>().join("\n  ");
        for (from, tos) in graph.iter().filter(|(f, _)| part.contains(*f)) {
            for (to, why) in tos.iter().filter(|(t, _)| inside(from, t)) {
                text.push_str(&format!("\n    {from} → {to}: {}", why.join("; ")));
            }
        }
        report.push((part, text));
    }
    report
}

/// Every module on its floor: the ground floor names no other module; each floor above
/// names only floors below it. The modules of a loop share one floor, written `a+b+c`.
pub fn floors(nodes: &BTreeSet<String>, graph: &Graph) -> Vec<Vec<String>> {
    let parts = parts(graph);
    let unit = |n: &str| {
        parts
            .iter()
            .find(|p| p.contains(n))
            .map_or(n.to_string(), |p| {
                p.iter().cloned().collect::<Vec<_>>().join("+")
            })
    };
    let mut condensed = Graph::new();
    for (from, tos) in graph {
        for to in tos.keys().filter(|to| unit(to) != unit(from)) {
            add(&mut condensed, &unit(from), &unit(to), String::new());
        }
    }
    let units: BTreeSet<String> = nodes.iter().map(|n| unit(n)).collect();
    let mut floor: BTreeMap<String, usize> = BTreeMap::new();
    for _ in 0..=units.len() {
        for node in &units {
            let up = condensed.get(node).into_iter().flat_map(|t| t.keys());
            let f = up
                .map(|t| floor.get(t).map_or(1, |f| f + 1))
                .max()
                .unwrap_or(0);
            floor.insert(node.clone(), f);
        }
    }
    let mut out = vec![Vec::new(); floor.values().max().map_or(0, |m| m + 1)];
    for (node, f) in floor {
        out[f].push(node);
    }
    out
}

/// Tarjan's strongly connected components, keeping those with a loop.
fn parts(graph: &Graph) -> Vec<BTreeSet<String>> {
    struct State<'g> {
        graph: &'g Graph,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        out: Vec<BTreeSet<String>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g str) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        for w in s.graph.get(v).into_iter().flat_map(|t| t.keys()) {
            if !s.index.contains_key(w.as_str()) {
                visit(s, w);
                let lw = s.low[w.as_str()];
                s.low.entry(v).and_modify(|l| *l = (*l).min(lw));
            } else if s.stack.contains(&w.as_str()) {
                let iw = s.index[w.as_str()];
                s.low.entry(v).and_modify(|l| *l = (*l).min(iw));
            }
        }
        if s.low[v] == s.index[v] {
            let mut part = BTreeSet::new();
            while let Some(w) = s.stack.pop() {
                part.insert(w.to_string());
                if w == v {
                    break;
                }
            }
            if part.len() > 1 {
                s.out.push(part);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out
}

fn shortest_cycle(graph: &Graph, start: &str, part: &BTreeSet<String>) -> Option<Vec<String>> {
    let mut came_from: BTreeMap<String, String> = BTreeMap::new();
    let mut queue = VecDeque::from([start.to_string()]);
    while let Some(v) = queue.pop_front() {
        for w in graph.get(&v).into_iter().flat_map(|t| t.keys()) {
            if w == start {
                // From v back through the predecessors to start, then turned round.
                let mut cycle = vec![start.to_string(), v.clone()];
                let mut at = &v;
                while let Some(prev) = came_from.get(at) {
                    cycle.push(prev.clone());
                    at = prev;
                }
                cycle.reverse();
                // The same loop from whichever node: told from its first node by name.
                cycle.pop();
                let first = (0..cycle.len()).min_by_key(|&i| &cycle[i]).unwrap_or(0);
                cycle.rotate_left(first);
                cycle.push(cycle[0].clone());
                return Some(cycle);
            }
            if part.contains(w) && !came_from.contains_key(w) && w != start {
                came_from.insert(w.clone(), v.clone());
                queue.push_back(w.clone());
            }
        }
    }
    None
}
