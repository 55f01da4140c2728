import type { AudioController } from '../../../controllers/audio-controller.js';
import type { DictationController } from '../../../controllers/dictation-controller.js';
import type { SessionController } from '../../../controllers/session-controller.js';
import type { CoachStrings } from '../../../strings.js';

/** What every view of `<coach-interview>` renders from, and the handlers it binds. */
export interface ViewContext {
  strings: CoachStrings;
  lang: string;
  session: SessionController;
  audio: AudioController;
  dictation: DictationController;
  selectedFile: File | null;
  fileError: string | null;
  dragging: boolean;
  jobDescription: string;
  formatScore(score: number): string;
  /** Whether `<coach-dsa-round>` and `<coach-report>` are defined, and a number that changes on every render of the host. */
  dsaRoundReady: boolean;
  reportReady: boolean;
  tick: number;
  formatBytes(bytes: number): string;
  onPickFile(): void;
  onFileChange(event: Event): void;
  onDragOver(event: DragEvent): void;
  onDragLeave(event: DragEvent): void;
  onDrop(event: DragEvent): void;
  onJobDescriptionInput(event: Event): void;
  onUpload(event: Event): void;
  onAnswerInput(event: Event): void;
  onAnswerKeydown(event: KeyboardEvent): void;
  onAnswerSubmit(event: Event): void;
  onDictate(): void;
  onRepeatQuestion(): void;
}
