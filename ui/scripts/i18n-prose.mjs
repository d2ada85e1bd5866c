// The second half of the interface-language check: words written in code rather than markup.
// A string literal that reads as prose (two words with a space between) or a template literal
// whose fixed text holds a word beside a value (`${n} berkas`) is a text outside the message
// files, in a component's scripts, in its markup's expressions (props, handlers) and in the
// `.ts` modules. Keys (`t('…')`), the arguments of `call`/`console`/`querySelector`, imports
// and lines marked `i18n-ok` (with the reason: data, a stored name) are code, not text.
import ts from 'typescript';

const PROSE = /\p{L}{2,}[,:;!?…]? +\p{L}{2,}/u;
const WORD_BESIDE_VALUE = /(^|\s)\p{L}{3,}(?=$|\s|[,:;!?…])/u;
const CODE_CALLS = /^(t|call|invoke|console\.\w+|.*querySelector(All)?|.*getElementById|focusById)$/;

function isProse(text, template) {
  return PROSE.test(text) || (template && WORD_BESIDE_VALUE.test(text));
}

/** The literals of a TypeScript source that read as prose: [{ pos, text }]. */
function fromTypeScript(code) {
  const sf = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = [];
  const visit = (n) => {
    if (ts.isImportDeclaration(n)) return;
    if (ts.isCallExpression(n) && CODE_CALLS.test(n.expression.getText(sf))) return;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      if (isProse(n.text, false)) out.push({ pos: n.getStart(sf), text: n.text });
    } else if (ts.isTemplateExpression(n)) {
      const text = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
      if (isProse(text, true)) out.push({ pos: n.getStart(sf), text });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The literals of a Svelte component's markup expressions (an ESTree) that read as prose. */
function fromMarkup(fragment) {
  const out = [];
  const seen = new Set();
  const calleeName = (c) => (c.type === 'Identifier' ? c.name
    : c.type === 'MemberExpression' ? `${calleeName(c.object)}.${c.property.name ?? ''}` : '');
  const visit = (node) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(visit);
    if (node.type === 'CallExpression' && CODE_CALLS.test(calleeName(node.callee))) return;
    if (node.type === 'Literal' && typeof node.value === 'string' && isProse(node.value, false)) {
      out.push({ pos: node.start, text: node.value });
    }
    if (node.type === 'TemplateLiteral') {
      const text = node.quasis.map((q) => q.value.cooked ?? '').join(' ');
      if (isProse(text, true)) out.push({ pos: node.start, text });
    }
    for (const k of Object.keys(node)) {
      if (!['parent', 'metadata', 'instance', 'module', 'css'].includes(k)) visit(node[k]);
    }
  };
  visit(fragment);
  return out;
}

/** Every prose literal of a `.svelte` (with its parsed AST) or `.ts` source: [{ line, text }]. */
export function proseLiterals(src, ast) {
  if (src.split('\n', 4).some((l) => l.includes('i18n-ok-file'))) return [];
  const found = [];
  if (!ast) found.push(...fromTypeScript(src));
  else {
    for (const m of src.matchAll(/(<script[^>]*>)([\s\S]*?)<\/script>/g)) {
      const at = m.index + m[1].length;
      for (const f of fromTypeScript(m[2])) found.push({ pos: at + f.pos, text: f.text });
    }
    found.push(...fromMarkup(ast.fragment));
  }
  const lines = src.split('\n');
  return found
    .map((f) => ({ line: src.slice(0, f.pos).split('\n').length, text: f.text }))
    .filter((f) => !lines[f.line - 1].includes('i18n-ok'));
}
