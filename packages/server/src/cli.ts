#!/usr/bin/env node
// The `coach-server` executable.
import { runCli } from './run-cli.js';

const exitCode = await runCli(process.argv.slice(2), process.env);
if (exitCode !== 0) process.exit(exitCode);
