#!/usr/bin/env node
// Runs every test suite of the monorepo one after another (browser suites never in parallel on a
// 2-core machine), prints each suite's output, and closes with one line summing them all:
// `N passed, N failed`. Exit code is non-zero when any suite fails or counts no test.
// Usage: node scripts/test-all.mjs [suite-name …]   (e.g. `sdk:node widgets:browser`)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// pnpm sets npm_execpath when it runs a script; fall back to corepack so no global pnpm is needed.
const execpath = process.env.npm_execpath;
const pnpm = execpath && /pnpm/.test(execpath) ? [process.execPath, execpath] : ['corepack', 'pnpm'];

/**
 * Each suite: a command and how to read its counts. After the build and the typecheck, every
 * package (in this order) contributes its `test:node` (node:test), `test:browser`
 * (web-test-runner) and `test:e2e` (node:test driving Chromium) scripts, when it has them.
 */
// `.` is the root: its test:node checks the docs (links, datasets, snippets).
const PACKAGES = ['packages/sdk', 'packages/widgets', 'packages/charts', 'packages/embed', 'packages/render', 'examples', '.'];
const KINDS = [
  ['test:node', 'node'],
  ['test:browser', 'wtr'],
  ['test:e2e', 'node'],
];
const SUITES = [
  { name: 'build', cmd: [...pnpm, '-r', '--workspace-concurrency=1', 'run', 'build'], counts: 'none' },
  // The builds compile the sources only; this checks the tests' and scripts' types too (~20 s).
  { name: 'typecheck', cmd: [...pnpm, '-r', '--workspace-concurrency=1', 'run', 'typecheck'], counts: 'none' },
];
for (const dir of PACKAGES) {
  const file = join(root, dir, 'package.json');
  if (!existsSync(file)) continue;
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  for (const [script, kind] of KINDS) {
    if (pkg.scripts?.[script]) SUITES.push({ name: `${dir === '.' ? 'docs' : basename(dir)}:${script.slice(5)}`, cmd: [...pnpm, '--dir', dir, 'run', script], counts: kind });
  }
}

function counts(kind, raw) {
  // eslint-disable-next-line no-control-regex
  const output = raw.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  if (kind === 'node') {
    const pass = [...output.matchAll(/^[ℹ#] pass (\d+)/gm)].pop();
    const fail = [...output.matchAll(/^[ℹ#] fail (\d+)/gm)].pop();
    return pass ? { passed: Number(pass[1]), failed: Number(fail?.[1] ?? 0) } : null;
  }
  if (kind === 'wtr') {
    const m = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
    return m ? { passed: Number(m[1]), failed: Number(m[2]) } : null;
  }
  return { passed: 0, failed: 0 };
}

function run(suite) {
  return new Promise((resolve) => {
    const [bin, ...args] = suite.cmd;
    const child = spawn(bin, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0', TZ: 'Asia/Ho_Chi_Minh' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const only = process.argv.slice(2);
const selected = only.length ? SUITES.filter((s) => only.includes(s.name)) : SUITES;
let passed = 0;
let failed = 0;
let broken = false;
const lines = [];
for (const suite of selected) {
  console.log(`\n━━ ${suite.name}: ${suite.cmd.slice(suite.cmd[0] === process.execPath ? 2 : 1).join(' ')}`);
  const { code, output } = await run(suite);
  const c = counts(suite.counts, output);
  if (!c) {
    broken = true;
    lines.push(`${suite.name}: no test count found (exit ${code})`);
    continue;
  }
  passed += c.passed;
  failed += c.failed;
  if (code !== 0) broken = true;
  lines.push(`${suite.name}: ${suite.counts === 'none' ? (code === 0 ? 'ok' : `failed (exit ${code})`) : `${c.passed} passed, ${c.failed} failed`}${code !== 0 && suite.counts !== 'none' ? ` (exit ${code})` : ''}`);
}
console.log(`\n━━ summary\n${lines.map((l) => `  ${l}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 || passed === 0 ? 1 : 0);
