// @coach/core/openai-compatible: any server speaking the OpenAI Chat Completions API.
export { createOpenAICompatible, type OpenAICompatibleProvider, type OpenAICompatibleProviderSettings } from './openai-compatible-provider.js';
export type { OpenAICompatibleLanguageModelSettings, OpenAICompatibleResponseFormat, FetchFunction } from './openai-compatible-language-model.js';
