import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlatformRole } from '../accounts/account.enums.js';
import type { User } from '../accounts/user.entity.js';
import { Viewer } from '../accounts/viewer.js';
import { createApp, type TelkaApp } from '../app.js';
import type { FileSettings } from '../config.js';
import { Factory, testPassword } from '../../test/factories.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { sampleFiles, uploadFile } from '../../test/sample-files.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { attachFile, registerFileAccess } from './file-access.js';
import { FileStores } from './file-stores.js';
import { safeFileName } from './file-types.js';
import { removeOrphanFiles } from './orphan-files.task.js';
import { fileUrl } from './stored-file.resolver.js';

type Uploaded = { id: string; name: string; contentType: string; sizeBytes: number };

/** A kind of record for these tests: its files are for staff. */
const staffRecord = registerFileAccess('test-record', async (scope) => scope.viewer.isStaff);

const bucket = 'telka-files';
let s3Server: S3rver;
let s3Directory: string;
let s3Endpoint: string;
const s3Credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

beforeAll(async () => {
  // A real S3 protocol server on a free port, its objects in a folder of its own.
  s3Directory = await mkdtemp(path.join(os.tmpdir(), 'telka-s3-'));
  s3Server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: s3Directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await s3Server.run();
  s3Endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await s3Server?.close();
  await rm(s3Directory, { recursive: true, force: true });
});

function fileSettings(storage: FileSettings['storage'], overrides: Partial<FileSettings> = {}): FileSettings {
  return {
    storage,
    s3: { endpoint: s3Endpoint, bucket, region: 'us-east-1', credentials: s3Credentials },
    uploadMaxBytes: 20 * 1024 * 1024,
    uploadsAtOnce: 16,
    ...overrides,
  };
}

async function signedIn(app: TestApp, factory: Factory, role = PlatformRole.USER): Promise<[GraphQLClient, User]> {
  const user = await factory.user({ role });
  return [await app.client().signIn(user.email, testPassword), user];
}

async function upload(app: TestApp, client: GraphQLClient, bytes: Buffer, name: string): Promise<Uploaded> {
  const response = await uploadFile(app.url, client.cookie, bytes, name);
  const body = (await response.json()) as Uploaded;
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body;
}

function download(
  url: string,
  file: Pick<Uploaded, 'id' | 'name'>,
  cookie?: string,
  headers: Record<string, string> = {},
) {
  return fetch(`${url}${fileUrl(file)}`, { headers: { ...headers, ...(cookie ? { cookie } : {}) } });
}

async function storedRows(app: TelkaApp) {
  const knex = app.orm.em.getKnex();
  const files = await knex('stored_file').select('id', 'storage', 'storage_key');
  const contents = await knex('stored_file_content').select('file_id');
  return { files, contents };
}

function bucketObject(key: string): Promise<Buffer | undefined> {
  const client = new S3Client({
    endpoint: s3Endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: s3Credentials,
  });
  return client
    .send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    .then(async (object) => Buffer.from(await object.Body!.transformToByteArray()))
    .catch((error: unknown) => {
      if (error instanceof NoSuchKey) return undefined;
      throw error;
    })
    .finally(() => client.destroy());
}

describe.each(['database', 's3'] as const)('files kept in %s', (storage) => {
  let app: TestApp;
  let owner: GraphQLClient;
  let ownerUser: User;

  beforeAll(async () => {
    app = await createTestApp({ files: fileSettings(storage) });
    [owner, ownerUser] = await signedIn(app, new Factory(app.orm));
  });

  it('gives back exactly what was uploaded, under its safe name, audited', async () => {
    // Over a megabyte: the database store hands it out a slice at a time.
    const bytes = sampleFiles.largePdf(2_500_000);
    const file = await upload(app, owner, bytes, 'Paraiškos priedas Nr. 1.pdf');
    expect(file).toEqual({
      id: expect.any(String),
      name: 'Paraiškos priedas Nr. 1.pdf',
      contentType: 'application/pdf',
      sizeBytes: bytes.length,
    });

    const response = await download(app.url, file, owner.cookie);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);

    const [row] = await app.orm.em.getKnex()('stored_file').where('id', file.id).select('*');
    expect(row).toMatchObject({ storage, size_bytes: String(bytes.length) });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    const content = await app.orm.em.getKnex()('stored_file_content').where('file_id', file.id).first();
    if (storage === 'database') {
      expect(content.bytes.equals(bytes)).toBe(true);
    } else {
      expect(content).toBeUndefined();
      expect((await bucketObject(row.storage_key))?.equals(bytes)).toBe(true);
    }
    const audit = await app.orm.em.getKnex()('audit_entry').where({ entity_id: file.id }).select('action', 'changes');
    expect(audit).toEqual([
      {
        action: 'file.upload',
        changes: { name: file.name, contentType: 'application/pdf', sizeBytes: bytes.length, sha256: row.sha256 },
      },
    ]);
  });

  it('is served alike by another server instance on the same database, with no disk shared', async () => {
    const file = await upload(app, owner, sampleFiles.docx(), 'Biudžetas.docx');
    const other = await createApp({ config: { ...app.config, port: 0 }, logger: pino({ level: 'silent' }) });
    try {
      const otherUrl = await other.listen();
      const response = await download(otherUrl, file, owner.cookie);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(Buffer.from(await response.arrayBuffer()).equals(sampleFiles.docx())).toBe(true);
    } finally {
      await other.stop();
    }
  });

  it('removes files nobody attached within a day, bytes and row, and keeps the rest', async () => {
    const [old, recent, attached] = [
      await upload(app, owner, sampleFiles.pdf('senas'), 'senas.pdf'),
      await upload(app, owner, sampleFiles.pdf('naujas'), 'naujas.pdf'),
      await upload(app, owner, sampleFiles.pdf('prisegtas'), 'prisegtas.pdf'),
    ];
    await app.orm.em
      .fork()
      .transactional((em) => attachFile(em, attached.id, staffRecord, crypto.randomUUID(), new Viewer(ownerUser, [])));
    const knex = app.orm.em.getKnex();
    await knex('stored_file')
      .whereIn('id', [old.id, attached.id])
      .update({ created_at: knex.raw(`now() - interval '25 hours'`) });
    const oldKey = (await knex('stored_file').where('id', old.id).first()).storage_key as string;

    const files = await FileStores.configured(app.orm, app.config.files);
    try {
      expect(await removeOrphanFiles({ orm: app.orm, files })).toBe(1);
    } finally {
      files.close();
    }
    const { files: rows, contents } = await storedRows(app);
    const ids = rows.map((row) => row.id);
    expect(ids).not.toContain(old.id);
    expect(ids).toEqual(expect.arrayContaining([recent.id, attached.id]));
    expect(contents.map((content) => content.file_id)).not.toContain(old.id);
    if (storage === 's3') expect(await bucketObject(oldKey)).toBeUndefined();
    expect((await download(app.url, old, owner.cookie)).status).toBe(404);
  });
});

describe('uploads', () => {
  let app: TestApp;
  let factory: Factory;
  let owner: GraphQLClient;
  const maxBytes = 64 * 1024;

  beforeAll(async () => {
    app = await createTestApp({ files: fileSettings('database', { uploadMaxBytes: maxBytes }) });
    factory = new Factory(app.orm);
    [owner] = await signedIn(app, factory);
  });

  let before: Awaited<ReturnType<typeof storedRows>>;
  beforeEach(async () => {
    before = await storedRows(app);
  });

  /** No file row and no bytes were added since the test began. */
  async function expectNothingStored() {
    expect(await storedRows(app)).toEqual(before);
  }

  it('refuses a file over the limit while it streams in, storing nothing', async () => {
    // Sent in chunks without a declared length, so only counting the bytes can stop it.
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    let sent = 0;
    const boundary = 'telka-boundary';
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="didelis.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
          ),
        );
      },
      pull(controller) {
        // Far more than the limit, should the server go on reading.
        if ((sent += chunk.length) > 50 * 1024 * 1024) return controller.close();
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${app.url}/files`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: {
        'x-telka-upload': '1',
        cookie: owner.cookie!,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The file is larger than 0.1 MB.', extensions: { code: 'FILE_TOO_LARGE', maxBytes } }],
    });
    expect(sent).toBeLessThan(10 * 1024 * 1024);
    await expectNothingStored();
  });

  it('refuses a declared length over the limit before reading it', async () => {
    const response = await uploadFile(app.url, owner.cookie, sampleFiles.largePdf(maxBytes + 100_000), 'didelis.pdf');
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions).toEqual({ code: 'FILE_TOO_LARGE', maxBytes });
    await expectNothingStored();
  });

  it.each([
    ['a Windows program', sampleFiles.exe()],
    ['plain text', sampleFiles.text()],
    ['a web page', sampleFiles.html()],
  ])('refuses %s named .pdf, by its content, storing nothing', async (_, bytes) => {
    const response = await uploadFile(app.url, owner.cookie, bytes, 'sąskaita.pdf');
    expect(response.status).toBe(415);
    const [error] = (await response.json()).errors;
    expect(error.extensions).toEqual({
      code: 'FILE_TYPE_NOT_ACCEPTED',
      acceptedTypes: expect.arrayContaining(['application/pdf', 'application/vnd.oasis.opendocument.text']),
      acceptedExtensions: ['pdf', 'png', 'jpg', 'docx', 'xlsx', 'odt', 'ods'],
    });
    expect(error.message).toBe('Only these kinds of file are accepted: pdf, png, jpg, docx, xlsx, odt, ods.');
    await expectNothingStored();
  });

  it.each([
    ['../../etc/passwd.pdf', sampleFiles.pdf(), 'passwd.pdf'],
    ['C:\\Users\\Ona\\Dokumentai\\Sąmata.pdf', sampleFiles.pdf(), 'Sąmata.pdf'],
    ['ataskaitos/2026 m. ataskaita.odt', sampleFiles.odt(), '2026 m. ataskaita.odt'],
    ['sąskaita\u202Efdp.exe', sampleFiles.pdf(), 'sąskaitafdp.pdf'],
    ['nuotrauka.pdf', sampleFiles.png(), 'nuotrauka.png'],
    ['..', sampleFiles.pdf(), 'failas.pdf'],
  ])('names an upload sent as %j safely', async (name, bytes, safeName) => {
    const file = await upload(app, owner, bytes, name);
    expect(file.name).toBe(safeName);
  });

  it('makes any name safe: no control or invisible characters, no folders, capped, the type’s extension', () => {
    expect(safeFileName('a\u0000b\u0007c\r\nd.pdf', 'application/pdf')).toBe('abc d.pdf');
    expect(safeFileName('\u202Egpj.exe', 'image/jpeg')).toBe('gpj.jpg');
    expect(safeFileName('..\\..\\windows\\system32\\con.pdf', 'application/pdf')).toBe('con_.pdf');
    expect(safeFileName('   .hidden   ', 'application/pdf')).toBe('hidden.pdf');
    expect(safeFileName('ką? <tai> "yra" | * :.docx', 'application/pdf')).toBe('ką_ _tai_ _yra_ _ _ _.pdf');
    expect(safeFileName(`${'ž'.repeat(300)}.pdf`, 'application/pdf')).toBe(`${'ž'.repeat(120)}.pdf`);
    expect(safeFileName('Ąžuolų g. 5 – planas.ods', 'application/vnd.oasis.opendocument.spreadsheet')).toBe(
      'Ąžuolų g. 5 – planas.ods',
    );
  });

  it('refuses visitors, and requests without the upload header (a cross-site form)', async () => {
    const visitor = await uploadFile(app.url, undefined, sampleFiles.pdf(), 'a.pdf');
    expect(visitor.status).toBe(401);
    expect((await visitor.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const crossSite = await uploadFile(app.url, owner.cookie, sampleFiles.pdf(), 'a.pdf', {});
    expect(crossSite.status).toBe(400);
    expect((await crossSite.json()).errors[0].extensions.code).toBe('UPLOAD_HEADER_REQUIRED');
    await expectNothingStored();
  });

  it('takes exactly one file', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(sampleFiles.pdf())]), 'a.pdf');
    form.append('file', new Blob([new Uint8Array(sampleFiles.pdf())]), 'b.pdf');
    const two = await fetch(`${app.url}/files`, {
      method: 'POST',
      body: form,
      headers: { 'x-telka-upload': '1', cookie: owner.cookie! },
    });
    expect(two.status).toBe(400);
    expect((await two.json()).errors[0].extensions.code).toBe('ONE_FILE');
    const none = await fetch(`${app.url}/files`, {
      method: 'POST',
      body: 'not a form',
      headers: { 'x-telka-upload': '1', cookie: owner.cookie!, 'content-type': 'text/plain' },
    });
    expect(none.status).toBe(400);
    expect((await none.json()).errors[0].extensions.code).toBe('NOT_MULTIPART');
  });
});

describe('downloads', () => {
  let app: TestApp;
  let factory: Factory;
  let owner: GraphQLClient;
  let ownerUser: User;

  beforeAll(async () => {
    app = await createTestApp();
    factory = new Factory(app.orm);
    [owner, ownerUser] = await signedIn(app, factory);
  });

  it('serves a fixed type, as an attachment that browsers neither sniff nor run', async () => {
    // Claimed text/html in the upload: the type served is the one found in the content.
    const form = new FormData();
    form.append(
      'file',
      new Blob([new Uint8Array(sampleFiles.pdf())], { type: 'text/html' }),
      'Sutartis su „Ąžuolu“.pdf',
    );
    const uploaded = await fetch(`${app.url}/files`, {
      method: 'POST',
      body: form,
      headers: { 'x-telka-upload': '1', cookie: owner.cookie! },
    });
    const file = (await uploaded.json()) as Uploaded;
    const response = await download(app.url, { id: file.id, name: 'kitas-vardas.html' }, owner.cookie);
    expect(response.status).toBe(200);
    expect(
      Object.fromEntries(
        [
          'content-type',
          'content-disposition',
          'x-content-type-options',
          'content-security-policy',
          'cache-control',
          'content-length',
        ].map((name) => [name, response.headers.get(name)]),
      ),
    ).toEqual({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="Sutartis su _Azuolu_.pdf"; filename*=UTF-8''Sutartis%20su%20%E2%80%9E%C4%84%C5%BEuolu%E2%80%9C.pdf`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
      'cache-control': 'private, no-cache',
      'content-length': String(sampleFiles.pdf().length),
    });
    const again = await download(app.url, file, owner.cookie, {
      'if-none-match': response.headers.get('etag')!,
      'cache-control': 'max-age=0',
    });
    expect(again.status).toBe(304);
    const head = await fetch(`${app.url}${fileUrl(file)}`, { method: 'HEAD', headers: { cookie: owner.cookie! } });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, String(sampleFiles.pdf().length)]);
  });

  it('hides an unattached file from everyone but its uploader, as if it did not exist', async () => {
    const file = await upload(app, owner, sampleFiles.png(), 'nuotrauka.png');
    const [someoneElse] = await signedIn(app, factory);
    const [staff] = await signedIn(app, factory, PlatformRole.STAFF);
    for (const cookie of [someoneElse.cookie, staff.cookie, undefined]) {
      const response = await download(app.url, file, cookie);
      expect(response.status).toBe(404);
      expect((await response.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    expect((await download(app.url, { id: crypto.randomUUID(), name: 'x.pdf' }, owner.cookie)).status).toBe(404);
    expect((await download(app.url, { id: 'not-an-id', name: 'x.pdf' }, owner.cookie)).status).toBe(404);
  });

  it('lets the rule of the record a file is attached to decide who downloads it', async () => {
    const file = await upload(app, owner, sampleFiles.pdf(), 'priedas.pdf');
    const [staff] = await signedIn(app, factory, PlatformRole.STAFF);
    const recordId = crypto.randomUUID();
    await app.orm.em
      .fork()
      .transactional((em) => attachFile(em, file.id, staffRecord, recordId, new Viewer(ownerUser, [])));
    expect((await download(app.url, file, staff.cookie)).status).toBe(200);
    // The record's rule says staff: the uploader now reaches it only through the record, like anyone.
    expect((await download(app.url, file, owner.cookie)).status).toBe(404);
  });

  it('attaches only the viewer’s own files, and each only once', async () => {
    const file = await upload(app, owner, sampleFiles.pdf(), 'priedas.pdf');
    const someone = await factory.user();
    const attach = (viewer: Viewer) =>
      app.orm.em
        .fork()
        .transactional((em) => attachFile(em, file.id, staffRecord, crypto.randomUUID(), viewer, 'annexIds'));
    await expect(attach(new Viewer(someone, []))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'annexIds', code: 'FILE_UNAVAILABLE' }] },
    });
    await expect(
      app.orm.em
        .fork()
        .transactional((em) =>
          attachFile(em, 'not-an-id', staffRecord, crypto.randomUUID(), new Viewer(ownerUser, [])),
        ),
    ).rejects.toMatchObject({ extensions: { fields: [{ field: 'fileId', code: 'FILE_UNAVAILABLE' }] } });
    await attach(new Viewer(ownerUser, []));
    await expect(attach(new Viewer(ownerUser, []))).rejects.toMatchObject({
      extensions: { fields: [{ field: 'annexIds', code: 'FILE_UNAVAILABLE' }] },
    });
  });
});
