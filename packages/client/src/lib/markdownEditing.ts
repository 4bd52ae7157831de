/**
 * The formatting toolbar's edits of Markdown source: each takes the text and the selection and
 * returns the new text with what should be selected afterwards. No Vue, so they are tested alone.
 */
export type MarkdownFormat = 'bold' | 'italic' | 'heading' | 'list' | 'numbered' | 'link' | 'quote';

export type TextEdit = { text: string; start: number; end: number };

const wrappers: Partial<Record<MarkdownFormat, string>> = { bold: '**', italic: '*' };

/** `linkText` labels a link made with nothing selected (in the page's language). */
export function applyFormat(format: MarkdownFormat, { text, start, end }: TextEdit, linkText = 'link'): TextEdit {
  const wrapper = wrappers[format];
  if (wrapper) return wrap(text, start, end, wrapper, wrapper);
  if (format === 'link') {
    const label = text.slice(start, end) || linkText;
    const before = `${text.slice(0, start)}[${label}](`;
    const url = 'https://';
    // The address is selected, ready to be typed over.
    return { text: `${before}${url})${text.slice(end)}`, start: before.length, end: before.length + url.length };
  }
  return prefixLines(text, start, end, format);
}

/** Wraps the selection (or an empty place for the cursor) in `open`…`close`; unwraps it when already wrapped. */
function wrap(text: string, start: number, end: number, open: string, close: string): TextEdit {
  const selected = text.slice(start, end);
  // Already wrapped: unwrap. A single mark inside a double one ("**bold**") is not italic.
  const before = run(text, start, -1, open[0]!);
  const after = run(text, end, 1, close[0]!);
  const wrapped = before >= open.length && after >= close.length && (open.length > 1 || before !== 2);
  if (wrapped) {
    return {
      text: text.slice(0, start - open.length) + selected + text.slice(end + close.length),
      start: start - open.length,
      end: end - open.length,
    };
  }
  return {
    text: text.slice(0, start) + open + selected + close + text.slice(end),
    start: start + open.length,
    end: end + open.length,
  };
}

/** How many `mark` characters run from `index` in `direction` (-1: those before it). */
function run(text: string, index: number, direction: -1 | 1, mark: string): number {
  let count = 0;
  for (let i = direction < 0 ? index - 1 : index; text[i] === mark; i += direction) count++;
  return count;
}

/**
 * Marks each line the selection touches as a heading, a list item or a quote (each of which may
 * follow a paragraph directly in Markdown). With nothing selected the cursor goes after the mark.
 */
function prefixLines(text: string, start: number, end: number, format: MarkdownFormat): TextEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // A selection ending just after a line break does not take in the next line.
  const last = end > start && text[end - 1] === '\n' ? end - 1 : end;
  const nextBreak = text.indexOf('\n', last);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const prefix = (index: number) =>
    format === 'heading' ? '## ' : format === 'list' ? '- ' : format === 'numbered' ? `${index + 1}. ` : '> ';
  const marked = lines.map((line, index) => prefix(index) + line).join('\n');
  const result = text.slice(0, lineStart) + marked + text.slice(lineEnd);
  if (start === end && lines.length === 1) {
    const cursor = start + prefix(0).length;
    return { text: result, start: cursor, end: cursor };
  }
  return { text: result, start: lineStart, end: lineStart + marked.length };
}
