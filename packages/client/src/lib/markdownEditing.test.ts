import { describe, expect, it } from 'vitest';
import { applyFormat, type TextEdit } from './markdownEditing';

/** The text with the selection written as [ and ]: "a [b] c". */
function edit(marked: string): TextEdit {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { text: marked.replace('[', '').replace(']', ''), start, end };
}
function show({ text, start, end }: TextEdit): string {
  return `${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}`;
}

describe('applyFormat', () => {
  it('wraps the selection in bold and italic, keeping it selected', () => {
    expect(show(applyFormat('bold', edit('Labai [svarbu] žinoti')))).toBe('Labai **[svarbu]** žinoti');
    expect(show(applyFormat('italic', edit('Labai [svarbu] žinoti')))).toBe('Labai *[svarbu]* žinoti');
  });

  it('unwraps a selection already bold, so the button toggles', () => {
    expect(show(applyFormat('bold', edit('Labai **[svarbu]** žinoti')))).toBe('Labai [svarbu] žinoti');
  });

  it('makes bold text italic too rather than taking its marks for italic ones', () => {
    expect(show(applyFormat('italic', edit('Labai **[svarbu]** žinoti')))).toBe('Labai ***[svarbu]*** žinoti');
    expect(show(applyFormat('italic', edit('Labai ***[svarbu]*** žinoti')))).toBe('Labai **[svarbu]** žinoti');
  });

  it('puts the cursor between the marks when nothing is selected', () => {
    expect(show(applyFormat('bold', edit('Tekstas []')))).toBe('Tekstas **[]**');
  });

  it('marks every selected line as a list item, numbered item or quote', () => {
    expect(show(applyFormat('list', edit('Darbai:\n[valymas\nsuoliukai]')))).toBe('Darbai:\n[- valymas\n- suoliukai]');
    expect(show(applyFormat('numbered', edit('[pirma\nantra]')))).toBe('[1. pirma\n2. antra]');
    expect(show(applyFormat('quote', edit('Jis sakė: [taip]')))).toBe('[> Jis sakė: taip]');
  });

  it('makes the cursor’s line a heading and leaves the cursor after the mark', () => {
    expect(show(applyFormat('heading', edit('Įžanga\nPla[]nas')))).toBe('Įžanga\n## Pla[]nas');
  });

  it('makes a link of the selection with its address selected to type over', () => {
    expect(show(applyFormat('link', edit('Žr. [svetainę].')))).toBe('Žr. [svetainę]([https://]).');
    expect(show(applyFormat('link', edit('Žr. []'), 'nuoroda'))).toBe('Žr. [nuoroda]([https://])');
  });
});
