// @coach/core/gemini: Google Gemini through @google/genai (an optional peer dependency).
export { createGemini, DEFAULT_GEMINI_MODEL, type GeminiProvider, type GeminiProviderSettings } from './gemini-provider.js';
export type { GeminiLanguageModelSettings, FetchFunction } from './gemini-language-model.js';
