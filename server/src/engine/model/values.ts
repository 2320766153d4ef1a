/** Plain values of the format: money in cents, percentages, ages, gender and region sets. */
import { GENDERS } from '../../../../schemas/plan';

export type Gender = (typeof GENDERS)[number];

export interface Money {
  /** Whole cents. */
  cents: number;
  /** As written in the plan. */
  text: string;
}

export interface Percent {
  /** Hundredths of a percent: 25% = 2500, 12.5% = 1250. */
  basisPoints: number;
  text: string;
}

export interface AgeRange {
  min: number;
  max: number;
}

export const AGE_MIN = 0;
export const AGE_MAX = 120;
export const ALL_AGES: AgeRange = { min: AGE_MIN, max: AGE_MAX };

export type GenderSet = ReadonlySet<Gender>;
export const ALL_GENDERS: GenderSet = new Set<Gender>(GENDERS);

/** `any`, or a set of ISO 3166-1 alpha-2 codes. */
export type RegionSet = 'any' | ReadonlySet<string>;

export function moneyFrom(value: number, text: string | undefined): Money {
  return { cents: Math.round(value * 100), text: text ?? plainNumber(value) };
}

/** A number in plain decimal digits: the shortest form that reads back as it, with any exponent written out (`1e21` as `1000000000000000000000`). */
function plainNumber(value: number): string {
  const s = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, int, frac = '', exp] = m;
  const digits = int + frac;
  const point = int.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`.replace(/0+$/, '');
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

export function percentFrom(text: string): Percent {
  const n = Number(text.replace('%', ''));
  return { basisPoints: Math.round(n * 100), text };
}

export function parseAge(value: unknown): AgeRange | undefined {
  if (typeof value === 'string') {
    if (value === 'any') return { ...ALL_AGES };
    const plus = /^(\d{1,3})\+$/.exec(value);
    if (plus) return { min: Number(plus[1]), max: AGE_MAX };
    const range = /^(\d{1,3})-(\d{1,3})$/.exec(value);
    if (range) return { min: Number(range[1]), max: Number(range[2]) };
    return undefined;
  }
  if (value && typeof value === 'object' && 'min' in value && 'max' in value) {
    const { min, max } = value;
    if (typeof min === 'number' && typeof max === 'number') return { min, max };
  }
  return undefined;
}

export function parseGenders(value: unknown): GenderSet | undefined {
  if (value === 'any') return ALL_GENDERS;
  if (Array.isArray(value)) return new Set(value.filter((v): v is Gender => (GENDERS as readonly unknown[]).includes(v)));
  return undefined;
}

export function parseRegions(value: unknown): RegionSet | undefined {
  if (value === 'any') return 'any';
  if (Array.isArray(value)) return new Set(value.filter((v): v is string => typeof v === 'string'));
  return undefined;
}

/**
 * Formats cents as money in the plan's style: two decimals when the reference
 * text has decimals. Always in plain digits, never in exponent notation, however
 * large the amount (the cents' shortest decimal form).
 */
export function formatMoney(cents: number, withDecimals: boolean): string {
  const sign = cents < 0 ? '-' : '';
  const digits = plainNumber(Math.round(Math.abs(cents))).padStart(3, '0');
  const whole = digits.slice(0, -2);
  const frac = digits.slice(-2);
  if (!withDecimals && frac === '00') return `${sign}${whole}`;
  return `${sign}${whole}.${frac}`;
}

/** A text value that is exactly `TODO` (any case, trimmed): a placeholder, as the skeletons fixes insert. */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && value.trim().toLowerCase() === 'todo';
}

/** Formats basis points as a percentage with at most two decimals (`25%`, `12.5%`). */
export function formatPercent(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const frac = basisPoints % 100;
  if (frac === 0) return `${whole}%`;
  return `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}%`;
}
