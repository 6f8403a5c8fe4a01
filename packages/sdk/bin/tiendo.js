#!/usr/bin/env node
// The `tiendo` command: see `tiendo --help`. Runs the built CLI (pnpm build).
import { runCli } from '../dist/cli.js';

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
