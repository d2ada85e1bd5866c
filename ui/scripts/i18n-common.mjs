// What counts as a user-visible text in a Svelte component's markup, shared by the check
// (`check-i18n.mjs`, run by `npm run check`) and the one-off extraction that moved the texts
// into `locales/`: text nodes, the attributes people read (placeholder, title, aria-label,
// alt, label, subtitle) and string literals an expression there shows as its result.

/** Attributes whose value a user reads or hears. */
export const TEXT_ATTRS = new Set(['placeholder', 'title', 'aria-label', 'alt', 'label', 'subtitle']);

/** Texts that are the same in every language (names, units, symbols). Keep it short. */
export const ALLOWED = new Set(['PressDesk', 'PD', 'PIN', 'NIP', 'WIB', 'WITA', 'WIT', 'PDF', 'URL',
  'A4', 'F4', 'mm', 'SOP', 'Kasi', 'Kadis', 'Kabid', 'Admin', 'XLSX', 'CSV', 'ID', 'OK']);

/** Does this text contain words (at least two letters in a row) that are not allowed as is? */
export function isWords(text) {
  const trimmed = text.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!/\p{L}\p{L}/u.test(trimmed)) return false;
  // The placeholders of an archive number format ({seq:03}, {month_roman}) are code.
  if (/^\{[a-z_]+(:\d+)?\}$/.test(trimmed)) return false;
  return !ALLOWED.has(trimmed);
}

/** The literals of an expression that are shown as its value: the whole expression, either
 *  side of `a ? b : c`, `a || b`, `a ?? b`, `a + b`, and template literals. Comparisons,
 *  call arguments and object keys are code, not text. */
export function shownLiterals(expr, out = []) {
  if (!expr) return out;
  switch (expr.type) {
    case 'Literal':
      if (typeof expr.value === 'string') out.push(expr);
      break;
    case 'TemplateLiteral':
      out.push(expr);
      break;
    case 'ConditionalExpression':
      shownLiterals(expr.consequent, out);
      shownLiterals(expr.alternate, out);
      break;
    case 'LogicalExpression':
      shownLiterals(expr.left, out);
      shownLiterals(expr.right, out);
      break;
    case 'BinaryExpression':
      if (expr.operator === '+') {
        shownLiterals(expr.left, out);
        shownLiterals(expr.right, out);
      }
      break;
    default:
      break;
  }
  return out;
}

/** The text a literal shows (a template literal's fixed parts). */
export function literalText(lit) {
  if (lit.type === 'Literal') return String(lit.value);
  return lit.quasis.map((q) => q.value.cooked ?? '').join(' ');
}

/** Every Fragment of a parsed component, each once. */
export function fragments(ast) {
  const seen = new Set();
  const out = [];
  const walk = (node) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node.type === 'Fragment') out.push(node);
    for (const key of Object.keys(node)) {
      if (!['parent', 'metadata', 'instance', 'module', 'css'].includes(key)) walk(node[key]);
    }
  };
  walk(ast.fragment);
  return out;
}
