// The `coach-server` executable (tsup adds the shebang).
import { runCli } from './run-cli.js';

const exitCode = await runCli(process.argv.slice(2), process.env);
if (exitCode !== 0) process.exit(exitCode);
