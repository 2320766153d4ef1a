#!/usr/bin/env node
'use strict';
require('../out/server/src/lsp/server.js').main();
