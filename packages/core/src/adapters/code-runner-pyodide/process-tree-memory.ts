import { readFile, readdir } from 'node:fs/promises';

const PAGE_BYTES = 4096;

async function childrenOf(pid: number): Promise<number[]> {
  const children: number[] = [];
  try {
    for (const task of await readdir(`/proc/${pid}/task`)) {
      const text = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '');
      for (const child of text.split(' ')) if (child.trim()) children.push(Number(child));
    }
  } catch {
    // The process is gone.
  }
  return children;
}

/**
 * Resident memory of a process and all its descendants, in bytes, read from /proc (Linux).
 * The sandbox's Node process sits below bubblewrap, so the runner measures the whole tree.
 */
export async function processTreeResidentBytes(rootPid: number): Promise<number> {
  let total = 0;
  const pending = [rootPid];
  const seen = new Set<number>();
  while (pending.length > 0) {
    const pid = pending.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    const statm = await readFile(`/proc/${pid}/statm`, 'utf8').catch(() => '');
    const resident = Number(statm.split(' ')[1]);
    if (Number.isFinite(resident)) total += resident * PAGE_BYTES;
    pending.push(...(await childrenOf(pid)));
  }
  return total;
}
