import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, realpathSync } from 'node:fs';

/** What the bubblewrap sandbox binds: the Node binary, its shared libraries, Pyodide and the child script. */
export interface SandboxPaths {
  bwrapPath: string;
  nodePath: string;
  pyodideDir: string;
  childScript: string;
}

// The shared libraries the Node binary loads, as `[host path, path inside]`; `ldd` names them
// by the path the loader looks up, which may be a symlink on the host.
async function sharedLibraries(nodePath: string): Promise<[string, string][]> {
  try {
    const { stdout: listing } = await promisify(execFile)('ldd', [nodePath], { encoding: 'utf8', timeout: 5000 });
    const paths = [...listing.matchAll(/(\/\S+)/g)].map((match) => match[1]!);
    return paths.filter((path) => existsSync(path)).map((path) => [realpathSync(path), path]);
  } catch {
    // Without ldd (a static or unusual build), fall back to the system library folders.
    return ['/lib', '/lib64', '/usr/lib', '/usr/lib64'].filter((path) => existsSync(path)).map((path) => [realpathSync(path), path]);
  }
}

/** Works out the read-only binds once, so starting a sandbox never waits on `ldd`. */
export async function sandboxBinds(paths: SandboxPaths): Promise<string[]> {
  const nodePath = realpathSync(paths.nodePath);
  const args: string[] = [];
  for (const [hostPath, insidePath] of await sharedLibraries(nodePath)) args.push('--ro-bind', hostPath, insidePath);
  args.push(
    '--ro-bind',
    nodePath,
    '/sandbox/node',
    '--ro-bind',
    realpathSync(paths.pyodideDir),
    '/sandbox/pyodide',
    '--ro-bind',
    realpathSync(paths.childScript),
    '/sandbox/child.mjs',
  );
  return args;
}

/**
 * The bubblewrap command line for one sandboxed Python process: every namespace unshared
 * (no network, no view of host processes), an empty environment, read-only binds of only what
 * Node and Pyodide need, a private /tmp, and death with the runner.
 */
export function sandboxCommand(
  bwrapPath: string,
  binds: string[],
  nodeArguments: string[] = ['/sandbox/child.mjs', '/sandbox/pyodide'],
): { command: string; args: string[] } {
  const args = ['--unshare-all', '--clearenv', '--die-with-parent', '--new-session', ...binds];
  args.push('--proc', '/proc', '--dev', '/dev', '--tmpfs', '/tmp', '--chdir', '/tmp', '/sandbox/node', ...nodeArguments);
  return { command: bwrapPath, args };
}
