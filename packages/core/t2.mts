import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
const t0 = Date.now();
const { default: ESpeakNg } = await import('espeak-ng');
const req = createRequire(import.meta.url);
const wasmPath = new URL('espeak-ng.wasm', import.meta.resolve('espeak-ng'));
const compiled = await WebAssembly.compile(await readFile(wasmPath));
console.log('compile', Date.now() - t0);
async function say(text: string) {
  const t = Date.now();
  const errs: string[] = [];
  const m = await ESpeakNg({
    arguments: ['-v', 'en-us', '-w', 'out.wav', '-f', 'in.txt'],
    preRun: [(mod: any) => { mod.FS.writeFile('in.txt', text); }],
    instantiateWasm(imports: any, cb: any) { WebAssembly.instantiate(compiled, imports).then((inst) => cb(inst, compiled)); return {}; },
    print: (s: string) => errs.push('out:' + s), printErr: (s: string) => errs.push(s),
    quit: (status: number, toThrow: unknown) => { errs.push('quit ' + status); throw toThrow; },
  });
  const wav = m.FS.readFile('out.wav');
  console.log(text.slice(0, 20), wav.length, Buffer.from(wav.slice(0, 12)).toString('latin1'), Date.now() - t, errs, process.exitCode);
}
await say('Hello, tell me about yourself.');
await say('-v xx --help');
await Promise.all([say('one two three'), say('four five six seven')]);
