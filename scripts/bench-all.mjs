#!/usr/bin/env node
// Runs the `bench` script of every workspace package that has one, one after another (never in
// parallel: benchmarks on a shared 2-core machine must not compete with each other), printing
// their output as it comes. Exits non-zero when any benchmark fails. Benchmarks print figures;
// they never become test assertions.
// Usage: node scripts/bench-all.mjs [package-dir …]   (e.g. `packages/sdk`)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// pnpm sets npm_execpath when it runs a script; fall back to corepack so no global pnpm is needed.
const execpath = process.env.npm_execpath;
const pnpm = execpath && /pnpm/.test(execpath) ? [process.execPath, execpath] : ['corepack', 'pnpm'];

const PACKAGES = ['packages/sdk', 'packages/widgets', 'packages/charts', 'packages/embed', 'examples'];
const only = process.argv.slice(2);

function run(dir) {
  return new Promise((resolve) => {
    const [bin, ...args] = pnpm;
    const child = spawn(bin, [...args, '--dir', dir, 'run', 'bench'], { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
    child.on('error', (e) => {
      console.error(`bench-all: cannot start ${bin}: ${e.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const results = [];
for (const dir of PACKAGES) {
  if (only.length && !only.includes(dir)) continue;
  const file = join(root, dir, 'package.json');
  if (!existsSync(file)) continue;
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  if (!pkg.scripts?.bench) continue;
  console.log(`\n=== ${pkg.name ?? dir}: bench ===`);
  const code = await run(dir);
  results.push({ name: pkg.name ?? dir, code });
}

console.log('\n=== bench summary ===');
if (!results.length) console.log('no package has a bench script');
for (const r of results) console.log(`${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.name}${r.code === 0 ? '' : ` (exit ${r.code})`}`);
const failed = results.filter((r) => r.code !== 0).length;
process.exit(failed ? 1 : 0);
