#!/usr/bin/env node
import {run} from '../dist/load.js'
await run()
