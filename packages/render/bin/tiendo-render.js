#!/usr/bin/env node
// The `tiendo-render` command: see `tiendo-render --help`. Runs the built CLI (pnpm build).
import { runRender } from '../dist/cli.js';

runRender(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
