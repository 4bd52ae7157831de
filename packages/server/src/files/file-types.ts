import { fileTypeFromBuffer } from 'file-type';

/**
 * The types an annex may be, by the media type found in its content, with the extension its name
 * gets. Documents and scans people send with an application; nothing a browser would run.
 */
export const acceptedTypes = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
} as const;

export type AcceptedType = keyof typeof acceptedTypes;

/** The extensions of the accepted types, for messages and the file picker's hint. */
export const acceptedExtensions = [...new Set(Object.values(acceptedTypes))];

/**
 * The accepted type the bytes are, judged by their content alone (magic numbers; for the office
 * formats, the entries of the ZIP container); undefined for anything else, text included.
 */
export async function detectAcceptedType(bytes: Uint8Array): Promise<AcceptedType | undefined> {
  const found = await fileTypeFromBuffer(bytes);
  return found && found.mime in acceptedTypes ? (found.mime as AcceptedType) : undefined;
}

/** Longest name stem kept, in characters; the extension comes on top. */
const maxStemLength = 120;

/** Names Windows refuses for a file whatever its extension. */
const reservedOnWindows = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A name that is safe to show and to save under: the last segment of whatever path the browser
 * sent, without control and invisible formatting characters (a right-to-left override could make
 * `fdp.exe` read as `exe.pdf`), without characters file systems refuse, trimmed and capped, with
 * the extension of the type the content proved to be. Lithuanian letters stay as they are.
 */
export function safeFileName(uploaded: string, type: AcceptedType): string {
  const lastSegment = uploaded.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(/[\t\n\v\f\r\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+|\s+$/gu, '');
  const withoutExtension = cleaned.replace(/\.[\p{L}\p{N}]{1,10}$/u, '');
  let stem = [...withoutExtension]
    .slice(0, maxStemLength)
    .join('')
    .replace(/^[\s.]+|[\s.]+$/gu, '');
  if (!stem) stem = 'failas';
  if (reservedOnWindows.test(stem)) stem = `${stem}_`;
  return `${stem}.${acceptedTypes[type]}`;
}
