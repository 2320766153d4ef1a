/** What every part of the report needs: how to show a place and money, and today's date. */
import { displayPath } from '../display-path';
import { moneyLabel } from '../../engine/views/money';
import type { Amount, Place } from '../../engine/views/types';
import { escapeControls } from '../escape';

export interface ReportContext {
  cwd: string;
  /** `YYYY-MM-DD`: where the timeline's today line is drawn. */
  today: string;
  version: string;
}

/** `path:line:column`, relative to the working folder, 1-based. */
export function placeText(place: Place, cwd: string): string {
  return `${escapeControls(displayPath(place.file, cwd))}:${place.range.start.line + 1}:${place.range.start.character + 1}`;
}

export function money(amount: Amount, currency: string | undefined): string {
  return moneyLabel(amount, currency);
}
