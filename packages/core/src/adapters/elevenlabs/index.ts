export {
  createElevenLabs,
  DEFAULT_ELEVENLABS_VOICE_ID,
  DEFAULT_ELEVENLABS_MODEL_ID,
  type ElevenLabsProvider,
  type ElevenLabsProviderOptions,
  type ElevenLabsVoiceSettings,
} from './elevenlabs-provider.js';
