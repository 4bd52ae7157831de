/**
 * One A4 page of text as a PDF: a bold heading and lines under it, for the demo's documents.
 *
 * Written out here rather than with a PDF library: the libraries' built-in fonts (the standard
 * Helvetica, which no file has to carry) encode text as Windows-1252, which has no ą, č, ę, ė, į,
 * ų or ū (pdf-lib refuses them), so a library would need a font file embedded in every document.
 * Helvetica itself has those letters; re-encoding it with a `/Differences` array reaches them by
 * their glyph names, and the whole document is then eight small objects.
 */

/** Characters beyond ASCII the documents use, by their Helvetica glyph names; codes from 128 up. */
const extraGlyphs: readonly [character: string, glyph: string][] = [
  ['Ą', 'Aogonek'],
  ['ą', 'aogonek'],
  ['Č', 'Ccaron'],
  ['č', 'ccaron'],
  ['Ę', 'Eogonek'],
  ['ę', 'eogonek'],
  ['Ė', 'Edotaccent'],
  ['ė', 'edotaccent'],
  ['Į', 'Iogonek'],
  ['į', 'iogonek'],
  ['Š', 'Scaron'],
  ['š', 'scaron'],
  ['Ų', 'Uogonek'],
  ['ų', 'uogonek'],
  ['Ū', 'Umacron'],
  ['ū', 'umacron'],
  ['Ž', 'Zcaron'],
  ['ž', 'zcaron'],
  ['„', 'quotedblbase'],
  ['“', 'quotedblleft'],
  ['–', 'endash'],
  ['—', 'emdash'],
  ['§', 'section'],
  ['·', 'periodcentered'],
  ['×', 'multiply'],
];
const codes = new Map(extraGlyphs.map(([character], index) => [character, 128 + index]));
const differences = `[128 ${extraGlyphs.map(([, glyph]) => `/${glyph}`).join(' ')}]`;

/** `text` as a PDF string of the font's codes; ASCII throughout (octal escapes), so bytes = characters. */
function pdfString(text: string): string {
  let out = '(';
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (character === '(' || character === ')' || character === '\\') out += `\\${character}`;
    else if (code >= 32 && code < 127) out += character;
    else if (codes.has(character)) out += `\\${codes.get(character)!.toString(8)}`;
    else throw new Error(`The demo PDF has no glyph for "${character}" (in "${text}").`);
  }
  return `${out})`;
}

/** `text` as UTF-16BE with its byte order mark: how the document information says text. */
const utf16String = (text: string) => `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`;

/**
 * Words of `text` in lines of at most `width` characters (about the page's width at its size). An
 * amount stays on one line: no break before a group of thousands (`2 300`) or `Eur`.
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+(?!\d{3}(?!\d)|Eur\b)/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

const page = { width: 595, height: 842, margin: 56 };
const heading = { font: 'F2', size: 16, leading: 21, width: 55 };
const body = { font: 'F1', size: 11, leading: 15, width: 85 };

/** A one-page PDF of `title` in bold and `lines` (an empty one: a gap) under it, in Lithuanian. */
export function textPdf(title: string, lines: readonly string[]): Buffer {
  const shown: string[] = [];
  let y = page.height - page.margin - heading.size;
  const put = (style: typeof body, text: string) => {
    if (y < page.margin) throw new Error(`"${title}" does not fit on one page.`);
    if (text) shown.push(`/${style.font} ${style.size} Tf 1 0 0 1 ${page.margin} ${y} Tm ${pdfString(text)} Tj`);
    y -= style.leading;
  };
  for (const line of wrap(title, heading.width)) put(heading, line);
  y -= body.leading / 2;
  for (const line of lines) for (const part of line ? wrap(line, body.width) : ['']) put(body, part);
  const content = `BT\n${shown.join('\n')}\nET`;

  const font = (name: string) => `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding 6 0 R >>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Lang (lt) >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width} ${page.height}] ` +
      '/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 7 0 R >>',
    font('Helvetica'),
    font('Helvetica-Bold'),
    `<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences ${differences} >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Title ${utf16String(title)} >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
