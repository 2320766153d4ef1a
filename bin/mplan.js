#!/usr/bin/env node
'use strict';
const { main } = require('../out/server/src/cli/main.js');
const code = main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
