// @tesseract.js-data/eng ships no type declarations; this is the shape of its CommonJS export.
declare module '@tesseract.js-data/eng' {
  const data: { code: string; gzip: boolean; langPath: string };
  export default data;
}
