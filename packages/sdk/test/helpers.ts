/** Small builders shared by the tests: a minimal valid dataset input, and an expectation on DatasetError. */
import assert from 'node:assert/strict';
import { DatasetError, type DatasetInput, type Issue } from '../src/index.js';

/** A minimal valid dataset: one unit, one metric (members), one period (2020), no figures. */
export function minimal(extra: Partial<DatasetInput> = {}): DatasetInput {
  return {
    title: 'Thử',
    units: [{ id: 'a', name: 'A', kind: 'other' }],
    metrics: [{ id: 'members', labels: { vi: 'Kết nạp đoàn viên' }, noun: { vi: 'đoàn viên' } }],
    periods: [{ id: '2020', label: { vi: 'Năm 2020' }, start: '2020-01-01', end: '2020-12-31' }],
    ...extra,
  };
}

/** Runs `fn`, which must throw a DatasetError, and returns it. */
export function datasetError(fn: () => unknown): DatasetError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof DatasetError, `expected a DatasetError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected a DatasetError, nothing was thrown');
}

/** The issue with this code and location; fails the test with every issue listed when it is absent. */
export function findIssue(error: DatasetError, want: Partial<Issue> & Pick<Issue, 'code'>): Issue {
  const found = error.issues.find((i) => Object.entries(want).every(([k, v]) => i[k as keyof Issue] === v));
  assert.ok(found, `no issue ${JSON.stringify(want)} in ${JSON.stringify(error.issues, null, 1)}`);
  return found;
}
