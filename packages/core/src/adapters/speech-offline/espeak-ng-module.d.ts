// espeak-ng ships no type declarations; this is the subset of its Emscripten module factory used here.
declare module 'espeak-ng' {
  interface ESpeakNgModule {
    FS: {
      writeFile(path: string, data: string | Uint8Array): void;
      readFile(path: string): Uint8Array;
    };
  }
  interface ESpeakNgModuleOptions {
    arguments?: string[];
    preRun?: ((module: ESpeakNgModule) => void)[];
    instantiateWasm?: (imports: WebAssembly.Imports, receiveInstance: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => object;
    print?: (text: string) => void;
    printErr?: (text: string) => void;
    quit?: (status: number, toThrow: unknown) => never;
  }
  export default function ESpeakNg(options?: ESpeakNgModuleOptions): Promise<ESpeakNgModule>;
}
