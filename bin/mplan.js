#!/usr/bin/env node
'use strict';
const { main } = require('../out/bin/mplan.js');
// A reader that stops early (`mplan check . | head`) is no error: exit quietly with the check's code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
const code = main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
  cwd: process.cwd(),
  readStdin: () => require('node:fs').readFileSync(0),
});
process.exitCode = code;
