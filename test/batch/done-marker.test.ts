/** What `--resume` trusts: the .done.json marker and the decision made from it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DONE_FILE,
  makeDoneMarker,
  readDoneMarker,
  resumeDecision,
  writeDoneMarker,
} from '../../src/batch/done-marker.js';
import { failedResult, type DocResult } from '../../src/batch/task.js';

const HASH = 'a'.repeat(64);
const TOOL = { name: 'renja-audit', version: '0.1.0' };
const okResult: DocResult = {
  row: {
    doc: 'd',
    file: 'd.pdf',
    status: 'ok',
    pages: 3,
    pagesWithTables: 2,
    pagesRead: 2,
    tablesFound: 2,
    records: 10,
    errors: 1,
    warnings: 0,
    infos: 2,
    message: '',
  },
  rules: { 'total-mismatch': 1, 'missing-row': 2 },
  errorClass: null,
};
const now = { sha256: HASH, toolVersion: '0.1.0', passwordGiven: false };

describe('resumeDecision', () => {
  const marker = makeDoneMarker(TOOL, HASH, okResult);

  it('reuses a document done from the same bytes by the same version', () => {
    expect(resumeDecision(marker, now, true)).toEqual({ resume: true, result: okResult });
  });

  it('redoes a document that is not done, changed, made by another version or lost its outputs', () => {
    expect(resumeDecision(null, now, true)).toMatchObject({ resume: false, reason: 'not done' });
    expect(resumeDecision(marker, { ...now, sha256: 'b'.repeat(64) }, true)).toMatchObject({
      resume: false,
      reason: 'content changed',
    });
    expect(resumeDecision(marker, { ...now, toolVersion: '0.2.0' }, true)).toMatchObject({ resume: false });
    expect(resumeDecision(marker, now, false)).toMatchObject({ resume: false, reason: 'outputs missing' });
  });

  it('trusts a failure without outputs, but retries an encrypted one when a password is given', () => {
    const corrupt = makeDoneMarker(TOOL, HASH, failedResult('d', 'd.pdf', 'corrupt', 'd.pdf: broken'));
    expect(resumeDecision(corrupt, now, false)).toMatchObject({
      resume: true,
      result: { errorClass: 'corrupt', row: { message: 'corrupt: d.pdf: broken' } },
    });
    const encrypted = makeDoneMarker(TOOL, HASH, failedResult('d', 'd.pdf', 'encrypted', 'd.pdf: needs a password'));
    expect(resumeDecision(encrypted, now, false).resume).toBe(true);
    expect(resumeDecision(encrypted, { ...now, passwordGiven: true }, true).resume).toBe(false);
  });
});

describe('marker files', () => {
  it('round-trips and refuses a damaged or foreign marker', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'renja-marker-'));
    expect(await readDoneMarker(dir)).toBeNull();
    await writeDoneMarker(dir, makeDoneMarker(TOOL, HASH, okResult));
    expect(await readDoneMarker(dir)).toEqual(makeDoneMarker(TOOL, HASH, okResult));
    writeFileSync(path.join(dir, DONE_FILE), '{"format":1,"sha256":');
    expect(await readDoneMarker(dir)).toBeNull();
    writeFileSync(
      path.join(dir, DONE_FILE),
      JSON.stringify({ ...makeDoneMarker(TOOL, HASH, okResult), sha256: 'nope' }),
    );
    expect(await readDoneMarker(dir)).toBeNull();
  });
});
