/** The page side of the webviews' words (webview-words.ts): the blob the extension wrote into the page, read back. */
import { drawWords, type DrawWords } from './draw-words';
import type { WordsBlob } from './webview-words';
import { localNumber } from '../local-number';

const NUMBER_TAGS: Readonly<Record<string, string>> = { fr: 'fr-FR', it: 'it-IT' };

/** The page's words from the blob's text (English when absent or unreadable); French and Italian write amounts their way. */
export function pageWords(json: string | null | undefined): DrawWords {
  let blob: Partial<WordsBlob> = {};
  try {
    blob = json ? (JSON.parse(json) as Partial<WordsBlob>) : {};
  } catch {
    blob = {};
  }
  const tag = NUMBER_TAGS[(blob.language ?? 'en').toLowerCase().split('-')[0]];
  const table = blob.table && typeof blob.table === 'object' ? blob.table : {};
  if (!tag) return drawWords(table);
  return drawWords(table, (text) => localNumber(text, tag) ?? text);
}
