export { createTesseractRecognizer, isTesseractAvailable, type TesseractRecognizer, type TesseractRecognizerOptions } from './tesseract-recognizer.js';
