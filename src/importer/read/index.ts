/** The READ stage's public surface; see README.md. */
export { readMinutes } from './readMinutes';
export { detectFormat } from './detectFormat';
export { findDates, parseMeetingDate, type DateLanguage, type FoundDate } from './meetingDates';
export { ReadError } from './ReadError';
export type { Block, LineRange, MinutesFile, ReadDocument, SourceDocumentText, SourceFormat } from './types';
