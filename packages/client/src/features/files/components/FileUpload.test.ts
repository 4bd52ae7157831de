import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import FileUpload from './FileUpload.vue';
import { mountWithApp } from '@/testing/mountWithApp';

/** An XMLHttpRequest the test drives: what was sent, then progress, an answer, or an abort. */
class FakeRequest {
  static last: FakeRequest | undefined;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | undefined;
  responseType = '';
  status = 0;
  response: unknown = null;
  upload: { onprogress: ((event: Partial<ProgressEvent>) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeRequest.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true });
  }
  answer(status: number, response: unknown) {
    this.status = status;
    this.response = response;
    this.onload?.();
  }
}

beforeEach(() => {
  FakeRequest.last = undefined;
  vi.stubGlobal('XMLHttpRequest', FakeRequest);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function setup(locale: 'lt' | 'en' = 'lt') {
  const mounted = await mountWithApp(FileUpload, {
    props: { label: 'Paraiškos priedas', maxBytes: 1024 * 1024 },
    locale,
  });
  // The field shows once its messages are in (the first load of them takes a moment).
  await vi.waitFor(() => mounted.wrapper.get('input[type="file"]'));
  return mounted;
}

async function choose(wrapper: Awaited<ReturnType<typeof setup>>['wrapper'], file: File) {
  const input = wrapper.get('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
}

const pdf = (name = 'Sąmata.pdf', size = 1000) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });

describe('FileUpload', () => {
  it('labels the picker, says what it takes, and hints the accepted types', async () => {
    const { wrapper } = await setup();
    const input = wrapper.get('input[type="file"]');
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Paraiškos priedas');
    expect(wrapper.get('.field__hint').text()).toBe('PDF, PNG, JPG, DOCX, XLSX, ODT ar ODS, iki 1 MB.');
    expect(input.attributes('aria-describedby')).toBe(wrapper.get('.field__hint').attributes('id'));
    expect(input.attributes('accept')).toContain('.pdf');
    expect(input.attributes('accept')).toContain('application/vnd.oasis.opendocument.spreadsheet');
  });

  it('uploads the chosen file with the upload header, showing its progress, and hands on what was stored', async () => {
    const { wrapper } = await setup();
    await choose(wrapper, pdf());
    const request = FakeRequest.last!;
    expect([request.method, request.url, request.headers]).toEqual(['POST', '/files', { 'x-telka-upload': '1' }]);
    expect((request.body!.get('file') as File).name).toBe('Sąmata.pdf');
    expect(wrapper.get('[role="status"]').text()).toBe('Įkeliamas failas „Sąmata.pdf“…');
    expect(wrapper.get('input[type="file"]').attributes('disabled')).toBeDefined();

    request.progress(400, 1000);
    await flushPromises();
    const progress = wrapper.get('progress');
    expect(progress.attributes('value')).toBe('40');
    expect(progress.attributes('aria-label')).toBe('Įkeliamas failas „Sąmata.pdf“');
    expect(wrapper.get('.file-upload__percent').text()).toBe('40 %');

    const stored = { id: 'f1', name: 'Sąmata.pdf', contentType: 'application/pdf', sizeBytes: 1_500_000 };
    request.answer(201, stored);
    await flushPromises();
    expect(wrapper.emitted('uploaded')).toEqual([[stored]]);
    expect(wrapper.find('progress').exists()).toBe(false);
    expect(wrapper.get('[role="status"]').text()).toBe('Failas „Sąmata.pdf“ įkeltas (1,4 MB).');
  });

  it('says in words why the server refused a file: its type, or its size', async () => {
    const { wrapper } = await setup();
    await choose(wrapper, pdf('programa.pdf'));
    FakeRequest.last!.answer(415, { errors: [{ message: 'no', extensions: { code: 'FILE_TYPE_NOT_ACCEPTED' } }] });
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Failas „programa.pdf“ netinka: galima įkelti tik PDF, PNG, JPG, DOCX, XLSX, ODT ar ODS failus.',
    );
    expect(wrapper.get('input[type="file"]').attributes('aria-invalid')).toBe('true');
    expect(wrapper.emitted('uploaded')).toBeUndefined();

    await choose(wrapper, pdf('didelis.pdf'));
    FakeRequest.last!.answer(413, {
      errors: [{ message: 'no', extensions: { code: 'FILE_TOO_LARGE', maxBytes: 512 * 1024 } }],
    });
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe('Failas „didelis.pdf“ per didelis: galima įkelti iki 512 kB.');
  });

  it('speaks English too', async () => {
    const { wrapper } = await setup('en');
    expect(wrapper.get('.field__hint').text()).toBe('PDF, PNG, JPG, DOCX, XLSX, ODT or ODS, up to 1 MB.');
    await choose(wrapper, pdf('report.pdf'));
    FakeRequest.last!.onerror!();
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'The file “report.pdf” could not be uploaded: check your internet connection and try again.',
    );
  });

  it('does not send a file over the limit at all', async () => {
    const { wrapper } = await setup();
    await choose(wrapper, pdf('didelis.pdf', 2 * 1024 * 1024));
    expect(FakeRequest.last).toBeUndefined();
    expect(wrapper.get('[role="alert"]').text()).toBe('Failas „didelis.pdf“ per didelis: galima įkelti iki 1 MB.');
  });

  it('cancels an upload from the keyboard, back to the picker', async () => {
    const { wrapper } = await setup();
    await choose(wrapper, pdf());
    const cancel = wrapper.get('button');
    expect(cancel.text()).toBe('Atšaukti įkėlimą');
    await cancel.trigger('click');
    await flushPromises();
    expect(wrapper.find('progress').exists()).toBe(false);
    expect(wrapper.get('[role="status"]').text()).toBe('Failo „Sąmata.pdf“ įkėlimas atšauktas.');
    expect(document.activeElement).toBe(wrapper.get('input[type="file"]').element);
    expect(wrapper.emitted('uploaded')).toBeUndefined();
  });
});
