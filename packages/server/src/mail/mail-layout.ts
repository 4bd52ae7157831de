import type { MailContent, MailLanguage } from './mail-content.js';

export type MailBrand = { lagName: string; publicUrl: string };

export type RenderedMail = { subject: string; text: string; html: string };

const unsubscribeLabel: Record<MailLanguage, string> = {
  lt: 'Nebenoriu gauti tokių laiškų',
  en: 'Stop these e-mails',
};

/**
 * The HTML and plain-text bodies of a message: one column, inline styles (mail clients drop
 * style sheets), the LAG's name at the top, the action as a button and its address in words.
 */
export function renderMail(
  content: MailContent,
  language: MailLanguage,
  brand: MailBrand,
  unsubscribeUrl?: string,
): RenderedMail {
  const text = [
    brand.lagName,
    '',
    ...(content.greeting ? [content.greeting, ''] : []),
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    ...(content.groups ?? []).flatMap((group) => [
      `${group.heading} (${group.url})`,
      ...group.items.map((item) => `  – ${item}`),
      '',
    ]),
    ...(content.reason ? ['—', content.reason] : []),
    ...(unsubscribeUrl ? [`${unsubscribeLabel[language]}: ${unsubscribeUrl}`] : []),
  ].join('\n');

  const paragraph = (value: string) => `<p style="margin:0 0 16px">${escapeHtml(value)}</p>`;
  const link = (url: string, label: string, style = 'color:#1d5e3a') =>
    `<a href="${escapeHtml(url)}" style="${style}">${escapeHtml(label)}</a>`;
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f6f4;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2a24">
<div style="max-width:600px;margin:0 auto;padding:24px 16px">
<p style="margin:0 0 24px;font-weight:bold;color:#1d5e3a">${escapeHtml(brand.lagName)}</p>
<div style="background:#ffffff;border-radius:8px;padding:24px">
${content.greeting ? paragraph(content.greeting) : ''}
${content.paragraphs.map(paragraph).join('\n')}
${
  content.action
    ? `<p style="margin:24px 0">${link(content.action.url, content.action.label, 'display:inline-block;background:#1d5e3a;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold')}</p>
<p style="margin:0 0 16px;font-size:14px;color:#4a5a50">${escapeHtml(content.action.url)}</p>`
    : ''
}
${(content.groups ?? [])
  .map(
    (group) => `<h2 style="font-size:17px;margin:24px 0 8px">${link(group.url, group.heading)}</h2>
<ul style="margin:0 0 16px;padding-left:20px">${group.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
  )
  .join('\n')}
</div>
<p style="margin:16px 0 0;font-size:13px;color:#4a5a50">${content.reason ? escapeHtml(content.reason) : ''}${
    unsubscribeUrl ? ` ${link(unsubscribeUrl, unsubscribeLabel[language], 'color:#4a5a50')}` : ''
  }</p>
</div></body></html>`;
  return { subject: content.subject, text, html };
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => htmlEscapes[character]!);
}
