// The interface-language check of `npm run check` (and so of scripts/test.sh): fails when a
// message key is in one language and not the other (locales/id vs locales/en), when a
// component uses a key no message file has, or when a component's markup writes a text people
// read outside the message files (a text node, a placeholder/title/aria-label/alt/label/
// subtitle, or a literal shown by an expression) — except the short allowlist in
// i18n-common.mjs — or writes prose in its code (i18n-prose.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'svelte/compiler';
import { TEXT_ATTRS, fragments, isWords, literalText, shownLiterals } from './i18n-common.mjs';
import { proseLiterals } from './i18n-prose.mjs';

const ui = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const locales = path.resolve(ui, '../locales');
const problems = [];

/** `key = value` lines of a Fluent file (messages only; comments and terms are skipped). */
function keysOf(file) {
  const keys = new Set();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([a-zA-Z][a-zA-Z0-9_-]*)\s*=/.exec(line);
    if (m) keys.add(m[1]);
  }
  return keys;
}

// 1. Every file and key in both languages.
const langs = ['id', 'en'];
const files = Object.fromEntries(langs.map((l) => [l, fs.readdirSync(path.join(locales, l)).filter((f) => f.endsWith('.ftl')).sort()]));
const allKeys = new Set();
for (const name of new Set([...files.id, ...files.en])) {
  const [id, en] = langs.map((l) => {
    const p = path.join(locales, l, name);
    if (!fs.existsSync(p)) {
      problems.push(`locales/${l}/${name} is missing (locales/${l === 'id' ? 'en' : 'id'} has it)`);
      return new Set();
    }
    return keysOf(p);
  });
  for (const k of id) if (!en.has(k)) problems.push(`${name}: "${k}" is in Indonesian but not in English`);
  for (const k of en) if (!id.has(k)) problems.push(`${name}: "${k}" is in English but not in Indonesian`);
  for (const k of id) allKeys.add(k);
}

// 2. The components: no text outside the message files, no key the files lack.
function walkDir(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walkDir(p, out);
    else if (/\.(svelte|ts)$/.test(entry.name)) out.push(p);
  }
  return out;
}

for (const file of walkDir(path.join(ui, 'src'))) {
  const src = fs.readFileSync(file, 'utf8');
  const rel = path.relative(ui, file);
  for (const m of src.matchAll(/\bt\('([a-zA-Z0-9_-]+)'/g)) {
    if (!allKeys.has(m[1])) problems.push(`${rel}: t('${m[1]}') has no message in locales/`);
  }
  const prose = (ast) => {
    for (const p of proseLiterals(src, ast)) {
      problems.push(`${rel}:${p.line}: text in code outside the message files: "${p.text.trim().slice(0, 60)}"`);
    }
  };
  if (!file.endsWith('.svelte')) {
    // The generated bindings name stored values ('dinilai kembali'), not texts.
    if (!rel.startsWith('src/bindings/')) prose(null);
    continue;
  }
  const ast = parse(src, { modern: true });
  prose(ast);
  const line = (pos) => src.slice(0, pos).split('\n').length;
  const report = (pos, text) => problems.push(`${rel}:${line(pos)}: text outside the message files: "${text.trim().slice(0, 60)}"`);
  const inFragment = new Set();
  for (const frag of fragments(ast)) {
    for (const node of frag.nodes) {
      inFragment.add(node);
      if (node.type === 'Text' && isWords(node.data)) report(node.start, node.data);
    }
  }
  const seen = new Set();
  const visit = (node) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(visit);
    if (node.type === 'Attribute' && TEXT_ATTRS.has(node.name)) {
      const parts = Array.isArray(node.value) ? node.value : [node.value];
      for (const p of parts) {
        if (p?.type === 'Text' && isWords(p.data)) report(p.start, p.data);
        if (p?.type === 'ExpressionTag') {
          for (const lit of shownLiterals(p.expression)) if (isWords(literalText(lit))) report(lit.start, literalText(lit));
        }
      }
      return;
    }
    if (node.type === 'ExpressionTag' && inFragment.has(node)) {
      for (const lit of shownLiterals(node.expression)) if (isWords(literalText(lit))) report(lit.start, literalText(lit));
    }
    for (const k of Object.keys(node)) {
      if (!['parent', 'metadata', 'instance', 'module', 'css'].includes(k)) visit(node[k]);
    }
  };
  visit(ast.fragment);
}

if (problems.length) {
  console.error(`Interface language check: ${problems.length} problem(s)`);
  for (const p of problems) console.error('  ' + p);
  process.exit(1);
}
console.log(`Interface language check: ${allKeys.size} keys in both languages, no text outside them.`);
