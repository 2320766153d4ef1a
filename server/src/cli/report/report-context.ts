/** What every part of the report needs: how to show a place and money, and today's date. */
import { displayPath } from '../display-path';
import type { Place } from '../../engine/views/types';
import { escapeControls } from '../escape';
import type { DrawWords } from '../../../../shared/views-draw/draw-words';
import type { Locale } from '../../engine/messages/locale';

export interface ReportContext {
  cwd: string;
  /** `YYYY-MM-DD`: where the timeline's today line is drawn. */
  today: string;
  version: string;
  locale: Locale;
  /** The report's words and money in its locale. */
  words: DrawWords;
}

/** `path:line:column`, relative to the working folder, 1-based. */
export function placeText(place: Place, cwd: string): string {
  return `${escapeControls(displayPath(place.file, cwd))}:${place.range.start.line + 1}:${place.range.start.character + 1}`;
}

/** Severity counts in words: `3 errors, 1 warning`; `none`. */
export function countsText(counts: Readonly<Record<'error' | 'warning' | 'info' | 'hint', number>>, w: DrawWords): string {
  const parts = (['error', 'warning', 'info', 'hint'] as const)
    .filter((s) => counts[s])
    .map((s) => w.t(counts[s] === 1 ? `{n} ${s}` : `{n} ${s}s`, { n: counts[s] }));
  return parts.length ? parts.join(', ') : w.t('none');
}
