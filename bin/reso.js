#!/usr/bin/env node
// CommonJS (see bin/package.json): Node starts a CommonJS entry point faster.
require('../dist/load.cjs').run()
