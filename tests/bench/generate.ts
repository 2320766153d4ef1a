/**
 * A deterministic generator of large plans for the benchmark (and for anyone
 * who wants a big scope to try the CLI or the editor on).
 *
 * One scope: `plan.mplan.yaml` (version, plan, research, channels,
 * initiatives), upstream files under `upstream/` (segments, products) and
 * campaign files under `campaigns/`. Every campaign is well aligned with
 * upstream, so a clean plan (violations = 0) has no findings at all.
 *
 * With `violations > 0`, that fraction of the campaigns gets one
 * contradiction each, in rotation over every rule of rules.md that a campaign
 * can break, and the scope gets the file- and plan-level ones (a broken file,
 * a second plan, a misplaced config, an orphan segment, an uncarried
 * initiative...), so that every rule has something to report.
 *
 * Usage: `node out/tests/bench/generate.js <campaigns> [--files F] [--violations 0.05] [--out DIR]`
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface GenerateOptions {
  /** Number of campaigns (the size of the plan). */
  campaigns: number;
  /** Number of files; default max(4, campaigns / 100). */
  files?: number;
  /** Fraction of campaigns (0..1) that get a contradiction; default 0 (a clean plan). */
  violations?: number;
  /** PRNG seed; default 1. */
  seed?: number;
}

export interface GeneratedPlan {
  /** Relative `/`-separated path -> text. */
  files: Map<string, string>;
  lines: number;
  bytes: number;
  campaigns: number;
  /** Rule codes a contradiction was planted for (empty for a clean plan). */
  planted: string[];
}

/** mulberry32: a small, fast, seeded PRNG (no Math.random anywhere). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PERIOD_START = '2027-01-01';
const PERIOD_END = '2027-12-31';
const CHANNEL_POOL = [
  'search',
  'social',
  'tiktok',
  'instagram',
  'facebook',
  'youtube',
  'twitch',
  'linkedin',
  'email',
  'display',
  'web',
  'podcasts',
  'influencers',
  'events',
  'retail',
  'partners',
  'webinars',
  'community-forum',
];
const REGION_POOL = ['FR', 'IT', 'ES', 'DE', 'GB', 'US', 'CA', 'NL', 'BE', 'PT', 'SE', 'PL'];
const ADULT_AGES: Array<{ text: string; min: number; max: number }> = [
  { text: '18-24', min: 18, max: 24 },
  { text: '25-34', min: 25, max: 34 },
  { text: '35-44', min: 35, max: 44 },
  { text: '45-54', min: 45, max: 54 },
  { text: '55-64', min: 55, max: 64 },
  { text: '65+', min: 65, max: 120 },
  { text: '25-45', min: 25, max: 45 },
  { text: '{ min: 30, max: 60 }', min: 30, max: 60 },
];
const TEEN_AGES: Array<{ text: string; min: number; max: number }> = [
  { text: '13-17', min: 13, max: 17 },
  { text: '14-18', min: 14, max: 18 },
];
const GENDER_SETS: Array<{ text: string; set: string[] }> = [
  { text: 'any', set: ['female', 'male', 'nonbinary'] },
  { text: 'any', set: ['female', 'male', 'nonbinary'] },
  { text: '[female]', set: ['female'] },
  { text: '[male, female]', set: ['female', 'male'] },
  { text: '[female, nonbinary]', set: ['female', 'nonbinary'] },
];
const METHODS = ['trend-study', 'survey', 'interviews', 'analytics', 'competitive-analysis', 'ad-test', 'sales-input'];
const LIST_PRICES_CENTS = [1900, 2999, 4900, 5999, 9900, 14900, 19999, 24900];
const KPI_TEXTS = [
  '[conversions]',
  '[sales, clicks]',
  '[{ metric: revenue, target: 50000 }]',
  '[{ metric: ctr, target: 2.5% }, leads]',
  '[signups]',
];
const NEEDS = ['save-time', 'save-money', 'look-good', 'learn-fast', 'play-with-friends', 'stay-healthy', 'feel-safe', 'be-first'];
const WORDS = ['bright', 'calm', 'swift', 'bold', 'quiet', 'clever', 'warm', 'fresh', 'sharp', 'kind', 'grand', 'light'];
const STATUSES = ['', 'planned', '', 'live', 'draft', '', 'done', ''];

/** Campaign-level contradictions, one rule each (rotation order). */
const CAMPAIGN_KINDS = [
  'MP101',
  'MP201',
  'MP303',
  'MP401',
  'MP102',
  'MP202',
  'MP304',
  'MP402',
  'MP103',
  'MP203',
  'MP301',
  'MP403',
  'MP104',
  'MP204',
  'MP302',
  'MP405',
  'MP105',
  'MP205',
  'MP305',
  'MP106',
  'MP206',
  'MP107',
  'MP207',
  'MP002',
  'MP003',
  'MP004',
  'MP005',
  'MP006',
  'MP000',
] as const;
type Kind = (typeof CAMPAIGN_KINDS)[number];

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function money(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

interface Segment {
  id: string;
  age: { text: string; min: number; max: number };
  genders: { text: string; set: string[] };
  regions: string[];
  channels: string[];
  teen: boolean;
  wtpCents: number | undefined;
}

interface Product {
  id: string;
  segments: Segment[];
  vps: string[];
  listCents: number;
  floorCents: number;
  premium: boolean;
}

function pick<T>(rng: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)];
}

function pickSome<T>(rng: () => number, xs: readonly T[], n: number): T[] {
  const pool = [...xs];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  return out;
}

function split<T>(xs: readonly T[], parts: number): T[][] {
  const out: T[][] = [];
  const size = Math.ceil(xs.length / parts);
  for (let i = 0; i < parts; i++) out.push(xs.slice(i * size, (i + 1) * size));
  return out.filter((p) => p.length);
}

export function generatePlan(options: GenerateOptions): GeneratedPlan {
  const n = Math.max(1, Math.floor(options.campaigns));
  const fileCount = Math.max(4, Math.floor(options.files ?? n / 100));
  const violations = Math.max(0, Math.min(1, options.violations ?? 0));
  const rng = prng(options.seed ?? 1);
  const bad = violations > 0;

  const productCount = Math.max(1, Math.round(n / 25));
  const upstreamFiles = Math.max(1, Math.round(fileCount / 20));
  const campaignFiles = Math.max(1, fileCount - 1 - 2 * upstreamFiles);

  // Upstream: segments (two per product), each backed by one study.
  const products: Product[] = [];
  const segments: Segment[] = [];
  for (let p = 0; p < productCount; p++) {
    const listCents = LIST_PRICES_CENTS[p % LIST_PRICES_CENTS.length];
    const segs: Segment[] = [];
    for (let k = 0; k < 2; k++) {
      const j = 2 * p + k;
      const teen = j % 10 === 7;
      const chans = pickSome(rng, CHANNEL_POOL, 3 + (j % 2));
      segs.push({
        id: `seg-${pad(j, 4)}`,
        age: teen ? pick(rng, TEEN_AGES) : pick(rng, ADULT_AGES),
        genders: pick(rng, GENDER_SETS),
        regions: pickSome(rng, REGION_POOL, 2 + (j % 3)),
        channels: chans,
        teen,
        wtpCents: j % 3 === 0 ? undefined : Math.round((listCents * 3) / 200) * 100,
      });
    }
    segments.push(...segs);
    const id = `prod-${pad(p, 4)}`;
    products.push({
      id,
      segments: segs,
      vps: [`vp-${pad(p, 4)}-a`, `vp-${pad(p, 4)}-b`],
      listCents,
      floorCents: Math.round(listCents * 0.6),
      premium: p % 5 === 0,
    });
  }

  // Special upstream entities for the contradictions.
  const special: Special = {
    retired: 'seg-retired',
    bargain: 'seg-bargain',
    pending: 'seg-pending',
    orphan: 'seg-orphan',
    legacy: 'prod-legacy',
    bargainProduct: 'prod-bargain',
    pendingProduct: 'prod-pending',
    late: 'prod-late',
    first: segments[0],
    foreign: undefined,
    otherVp: undefined,
  };

  // Campaigns.
  const planted = new Set<string>();
  let rotation = 0;
  const every = bad ? Math.max(1, Math.round(1 / violations)) : 0;
  let due = false;
  const campaignTexts: string[][] = [];
  let budgetSumCents = 0;
  for (let i = 0; i < n; i++) {
    const p = products[i % productCount];
    const k = Math.floor(i / productCount) % 2;
    const both = i % 7 === 3;
    const segs = both ? p.segments : [p.segments[k]];
    const vps = both ? p.vps : [p.vps[k]];
    if (bad && i % every === every - 1) due = true;
    let kind: Kind | undefined;
    if (due) {
      const candidate = CAMPAIGN_KINDS[rotation % CAMPAIGN_KINDS.length];
      if (applies(candidate, segs, p)) {
        kind = candidate;
        rotation++;
        due = false;
        planted.add(kind);
      }
    }
    special.foreign = kind === 'MP105' ? foreignSegment(segments, p, (i * 13) % segments.length) : undefined;
    special.otherVp = productCount > 1 ? products[(i + 1) % productCount].vps[0] : undefined;
    const c = campaign(i, p, segs, vps, kind, rng, special);
    budgetSumCents += c.budgetCents;
    campaignTexts.push(c.lines);
  }

  const files = new Map<string, string>();

  // plan.mplan.yaml: the plan, research, custom channels, initiatives.
  const planBudgetCents = bad ? Math.floor(budgetSumCents / 2 / 100) * 100 : Math.ceil((budgetSumCents * 1.1) / 100_000) * 100_000;
  const plan: string[] = [
    `# Generated benchmark plan: ${n} campaigns${bad ? `, ${Math.round(violations * 1000) / 10}% with a contradiction` : ''}.`,
    'version: 1',
    'plan:',
    `  id: bench-${n}`,
    `  name: Benchmark plan with ${n} campaigns`,
    `  period: { start: ${PERIOD_START}, end: ${PERIOD_END} }`,
    '  currency: EUR',
    `  budget: ${money(planBudgetCents)}`,
  ];
  if (!bad) plan.push('  mission: Every customer finds the product that was made for them.');
  plan.push('  owner: marketing-ops', '', 'upstream:', '  research:');
  for (const s of segments) {
    const j = Number(s.id.slice(4));
    plan.push(
      `    - id: res-${pad(j, 4)}`,
      `      method: ${METHODS[j % METHODS.length]}`,
      `      completed: ${addDays('2026-03-01', j % 270)}`,
      `      segments: [${s.id}]`,
    );
    if (j % 2 === 0) plan.push(`      finding: ${pick(rng, WORDS)} demand among ${s.id} for ${pick(rng, NEEDS)}.`);
  }
  if (bad) plan.push('    - id: res-pending', '      method: survey', `      segments: [${special.pending}]`);
  plan.push(
    '  channels:',
    '    - id: webinars',
    '      name: Live product webinars',
    '    - id: community-forum',
    '      name: Our community forum',
  );
  plan.push('  initiatives:');
  const initiativeCount = Math.max(1, Math.round(n / 500));
  for (let x = 0; x < initiativeCount; x++) {
    const p = products[(x * 7) % productCount];
    const s = p.segments[x % 2];
    plan.push(
      `    - id: init-${pad(x, 3)}`,
      `      name: Win ${s.id} with ${p.id}`,
      `      kind: ${['product-change', 'new-segment', 'positioning', 'pricing', 'brand'][x % 5]}`,
      `      segments: [${s.id}]`,
      `      products: [${p.id}]`,
      `      due: ${addDays('2027-06-30', x % 120)}`,
      `      kpis: [segment-share, { metric: awareness, target: 30% }]`,
    );
  }
  if (bad) {
    plan.push(
      '    - id: init-orphan',
      '      name: Win the segment nobody campaigns for',
      '      kind: new-segment',
      `      segments: [${special.orphan}]`,
      '      kpis: [segment-share]',
      '    - id: init-sales-only',
      '      name: Measured by sales alone',
      '      kind: pricing',
      `      segments: [${segments[0].id}]`,
      '      kpis: [sales, revenue]',
    );
  }
  files.set('plan.mplan.yaml', `${plan.join('\n')}\n`);

  // upstream/segments-NN.mplan.yaml
  split(segments, upstreamFiles).forEach((part, f) => {
    const out = [`# Segments, part ${f + 1}.`, 'upstream:', '  segments:'];
    for (const s of part) {
      const j = Number(s.id.slice(4));
      out.push(`    - id: ${s.id}`, `      name: Segment ${j} (${pick(rng, WORDS)} ${pick(rng, NEEDS)})`);
      if (j % 6 === 5) out.push('      status: emerging');
      out.push(`      age: ${s.age.text}`, `      genders: ${s.genders.text}`, `      regions: [${s.regions.join(', ')}]`);
      if (j % 2 === 0) out.push(`      needs: [${pickSome(rng, NEEDS, 2).join(', ')}]`);
      out.push(`      channels: [${s.channels.join(', ')}]`, `      evidence: [res-${pad(j, 4)}]`);
      out.push(`      priceSensitivity: ${['low', 'medium', 'high'][j % 3]}`);
      if (s.wtpCents !== undefined) out.push(`      willingnessToPay: ${money(s.wtpCents)}`);
    }
    if (bad && f === 0) {
      out.push(
        `    - id: ${special.retired}`,
        '      name: Segment we stopped serving',
        '      status: retired',
        '      age: 25-45',
        '      channels: [email]',
        `      evidence: [res-0000]`,
        `    - id: ${special.bargain}`,
        '      name: Bargain hunters',
        '      age: 18-34',
        '      channels: [search, email]',
        '      evidence: [res-0000]',
        '      willingnessToPay: 10',
        `    - id: ${special.pending}`,
        '      name: Segment whose study is still running',
        '      age: 25-45',
        '      channels: [search, email]',
        '      evidence: [res-pending]',
        `    - id: ${special.orphan}`,
        '      name: Segment nobody campaigns for',
        '      age: 35-44',
        '      channels: [email]',
      );
    }
    files.set(`upstream/segments-${pad(f, 2)}.mplan.yaml`, `${out.join('\n')}\n`);
  });

  // upstream/products-NN.mplan.yaml
  split(products, upstreamFiles).forEach((part, f) => {
    const out = [`# Products, part ${f + 1}.`, 'upstream:', '  products:'];
    for (const p of part) {
      const j = Number(p.id.slice(5));
      out.push(`    - id: ${p.id}`, `      name: Product ${j}`, `      segments: [${p.segments.map((s) => s.id).join(', ')}]`);
      out.push(`      available: ${addDays('2026-10-01', j % 100)}`, '      valueProps:');
      p.vps.forEach((vp, k) => {
        out.push(
          `        - id: ${vp}`,
          `          claim: The ${pick(rng, WORDS)} way to ${pick(rng, NEEDS).replace(/-/g, ' ')}.`,
          `          segments: [${p.segments[k].id}]`,
        );
      });
      const positioning = p.premium ? 'premium' : ['mainstream', 'value', 'economy'][j % 3];
      if (j % 2 === 0) {
        out.push(
          `      pricing: { list: ${money(p.listCents)}, floor: ${money(p.floorCents)}, maxDiscount: 25%, positioning: ${positioning} }`,
        );
      } else {
        out.push(
          '      pricing:',
          `        list: ${money(p.listCents)}`,
          `        floor: ${money(p.floorCents)}`,
          '        maxDiscount: 25%',
          `        positioning: ${positioning}`,
        );
      }
    }
    if (bad && f === 0) {
      out.push(
        `    - id: ${special.legacy}`,
        '      name: Legacy product',
        `      segments: [${special.retired}]`,
        '      valueProps:',
        '        - id: vp-never-used',
        '          claim: Nobody says this.',
        `    - id: ${special.bargainProduct}`,
        '      name: Bargain product',
        `      segments: [${special.bargain}]`,
        '      pricing: { list: 49, floor: 29, maxDiscount: 25% }',
        `    - id: ${special.pendingProduct}`,
        '      name: Product for the pending segment',
        `      segments: [${special.pending}]`,
        `    - id: ${special.late}`,
        '      name: Product sold late in the year',
        `      segments: [${segments[0].id}]`,
        '      available: 2027-09-01',
      );
    }
    files.set(`upstream/products-${pad(f, 2)}.mplan.yaml`, `${out.join('\n')}\n`);
  });

  // campaigns/batch-NNN.mplan.yaml
  split(campaignTexts, campaignFiles).forEach((part, f) => {
    const out = [`# Campaigns, batch ${f + 1}.`, 'downstream:', '  campaigns:'];
    for (const c of part) out.push(...c);
    files.set(`campaigns/batch-${pad(f, 3)}.mplan.yaml`, `${out.join('\n')}\n`);
  });

  if (bad) {
    // MP001: a half-typed file; MP007: a second plan in the root folder; MP008: a config below the root.
    files.set(
      'campaigns/zz-half-typed.mplan.yaml',
      [
        'downstream:',
        '  campaigns:',
        '    - id: half-typed',
        '      name: Half typed',
        `      product: ${products[0].id}`,
        `      segments: [${segments[0].id}`,
        '      channels: [email]',
        '',
      ].join('\n'),
    );
    files.set(
      'second-plan.mplan.yaml',
      [
        'version: 1',
        'plan:',
        '  id: second-plan',
        '  name: A second plan in the same folder',
        `  period: { start: ${PERIOD_START}, end: ${PERIOD_END} }`,
        '  currency: EUR',
        '  mission: Twice.',
        '',
      ].join('\n'),
    );
    files.set('campaigns/mplan.config.yaml', 'rules:\n  MP401: off\n');
    files.set(
      'mplan.config.yaml',
      'rules:\n  MP004: error\nthresholds:\n  pretestBudget: 50000\n  premiumDiscountLimit: 20%\n  adultAge: 18\n',
    );
    for (const code of ['MP001', 'MP007', 'MP008', 'MP404', 'MP406', 'MP407', 'MP501', 'MP502', 'MP503', 'MP504']) planted.add(code);
  }

  let lines = 0;
  let bytes = 0;
  for (const t of files.values()) {
    lines += t.split('\n').length - 1;
    bytes += Buffer.byteLength(t);
  }
  return { files, lines, bytes, campaigns: n, planted: [...planted].sort() };
}

function applies(kind: Kind, segs: Segment[], p: Product): boolean {
  if (kind === 'MP204') return p.premium;
  if (kind === 'MP403') return segs.some((s) => s.teen);
  if (kind === 'MP101' || kind === 'MP105') return segs.length === 1;
  return true;
}

/** A segment of another product that this campaign may add without any other contradiction (MP105). */
function foreignSegment(segments: readonly Segment[], p: Product, from: number): Segment | undefined {
  const price = p.listCents;
  for (let d = 0; d < segments.length; d++) {
    const s = segments[(from + d) % segments.length];
    if (p.segments.includes(s) || s.teen) continue;
    if (s.wtpCents === undefined || s.wtpCents >= price) return s;
  }
  return undefined;
}

interface Special {
  retired: string;
  bargain: string;
  pending: string;
  orphan: string;
  legacy: string;
  bargainProduct: string;
  pendingProduct: string;
  late: string;
  /** seg-0000, the segment of prod-late. */
  first: Segment;
  /** For MP105: a segment of another product. */
  foreign: Segment | undefined;
  /** For MP104: a value proposition of another product. */
  otherVp: string | undefined;
}

interface CampaignOut {
  lines: string[];
  budgetCents: number;
}

function campaign(
  i: number,
  product: Product,
  segsIn: Segment[],
  vpsIn: string[],
  kind: Kind | undefined,
  rng: () => number,
  special: Special,
): CampaignOut {
  let productId = product.id;
  let segIds = segsIn.map((s) => s.id);
  let vps = [...vpsIn];
  const segChannels = [...new Set(segsIn.flatMap((s) => s.channels))];
  let channels = pickSome(rng, segChannels, 1 + (i % 2));
  const teen = segsIn.some((s) => s.teen);
  const id = `camp-${pad(i, 5)}`;
  let start = addDays('2027-02-01', (i * 7) % 240);
  let end = addDays(start, 14 + (i % 47));
  if (end > PERIOD_END) end = PERIOD_END;
  let budgetCents = (1 + (i % 40)) * 500 * 100;
  let pretest = false;
  if (i % 50 === 49) {
    budgetCents = 60000 * 100;
    pretest = true;
  }
  let salesReview: string | undefined = addDays(start, -14);
  let compliance: string | undefined = teen ? addDays(start, -7) : undefined;
  let kpis: string | undefined = KPI_TEXTS[i % KPI_TEXTS.length];
  const status = STATUSES[i % STATUSES.length];
  // Audience: written out on a quarter of the single-segment campaigns, exactly the segment.
  const seg = segsIn[0];
  let audience: string[] | undefined;
  if (segsIn.length === 1 && i % 8 === 1) {
    audience = [
      '      audience:',
      `        age: ${seg.age.text}`,
      `        genders: ${seg.genders.text}`,
      `        regions: [${seg.regions.join(', ')}]`,
    ];
  } else if (segsIn.length === 1 && i % 8 === 5) {
    audience = [`      audience: { genders: ${seg.genders.text}, regions: [${seg.regions.join(', ')}] }`];
  }
  // Offer: price 10% off, a 10% discount with a code, the list price, or none.
  let offer: string | undefined;
  const price90 = money(Math.round(product.listCents * 0.9));
  switch (i % 4) {
    case 0:
      offer = `{ price: ${price90} }`;
      break;
    case 1:
      offer = `{ discount: 10%, code: SAVE${pad(i % 100, 2)} }`;
      break;
    case 2:
      offer = `{ price: ${money(product.listCents)}, currency: EUR }`;
      break;
    default:
      offer = undefined;
  }
  const extra: string[] = [];
  let before: string | undefined;
  let idText = id;
  const name = `Campaign ${i} (${WORDS[i % WORDS.length]})`;

  switch (kind) {
    case undefined:
      break;
    case 'MP101': // the audience leaves out part of the segment
      audience = [
        '      audience:',
        `        age: ${seg.age.text}`,
        `        genders: ${seg.genders.set.length > 1 ? `[${seg.genders.set[0]}]` : seg.genders.text}`,
        `        regions: [${seg.regions.slice(0, seg.genders.set.length > 1 ? seg.regions.length : 1).join(', ')}]`,
      ];
      break;
    case 'MP102': // the audience reaches a region no segment covers
      audience = ['      audience:', `        regions: [${[...new Set(segsIn.flatMap((s) => s.regions))].join(', ')}, JP]`];
      break;
    case 'MP103':
      channels = [...channels, 'tv'];
      break;
    case 'MP104': // a value prop of another product
      if (special.otherVp) vps = [...vps, special.otherVp];
      break;
    case 'MP105': // a segment the product is not made for
      if (special.foreign) segIds = [...segIds, special.foreign.id];
      audience = undefined;
      break;
    case 'MP106':
      productId = special.legacy;
      segIds = [special.retired];
      vps = [];
      channels = ['email'];
      offer = undefined;
      audience = undefined;
      break;
    case 'MP107':
      segIds = [];
      audience = undefined;
      break;
    case 'MP201':
      offer = `{ price: ${money(product.floorCents - 100)} }`;
      break;
    case 'MP202':
      offer = '{ discount: 30% }';
      break;
    case 'MP203':
      offer = `{ price: ${price90}, discount: 5% }`;
      break;
    case 'MP204':
      offer = '{ discount: 22% }';
      break;
    case 'MP205':
      productId = special.bargainProduct;
      segIds = [special.bargain];
      vps = [];
      channels = ['search'];
      offer = undefined;
      audience = undefined;
      break;
    case 'MP206':
      offer = `{ price: ${price90}, currency: USD }`;
      break;
    case 'MP207':
      offer = `{ price: ${money(product.listCents + 500)} }`;
      break;
    case 'MP301':
      end = addDays(start, -3);
      break;
    case 'MP302':
      end = '2028-01-15';
      break;
    case 'MP303':
      productId = special.pendingProduct;
      segIds = [special.pending];
      vps = [];
      channels = ['email'];
      offer = undefined;
      audience = undefined;
      compliance = undefined;
      break;
    case 'MP304':
      productId = special.late;
      segIds = [special.first.id];
      vps = [];
      channels = [special.first.channels[0]];
      audience = undefined;
      offer = undefined;
      compliance = special.first.teen ? addDays(start, -7) : undefined;
      start = start > '2027-08-01' ? '2027-04-01' : start;
      end = addDays(start, 20);
      salesReview = addDays(start, -14);
      break;
    case 'MP305':
      salesReview = addDays(start, 5);
      break;
    case 'MP401':
      salesReview = undefined;
      break;
    case 'MP402':
      budgetCents = 75000 * 100;
      pretest = false;
      break;
    case 'MP403':
      compliance = undefined;
      break;
    case 'MP405':
      kpis = undefined;
      break;
    case 'MP002':
      extra.push('      status: paused');
      break;
    case 'MP003':
      extra.push('      budjet: 100');
      break;
    case 'MP004':
      idText = `camp-${pad(Math.max(0, i - 1), 5)}`;
      break;
    case 'MP005':
      productId = `${product.id}-typo`;
      break;
    case 'MP006':
      offer = '{ discount: 10 }';
      break;
    case 'MP000':
      before = '    # mplan-disable-next-line MP401';
      break;
  }

  const out: string[] = [];
  if (before) out.push(before);
  if (i % 25 === 0) out.push(`    # ${WORDS[i % WORDS.length]} push for ${segIds.join(' and ') || 'nobody'}`);
  out.push(`    - id: ${idText}`, `      name: ${name}`);
  if (status && !extra.some((e) => e.includes('status'))) out.push(`      status: ${status}`);
  out.push(...extra);
  out.push(`      product: ${productId}`, `      segments: [${segIds.join(', ')}]`);
  if (audience) out.push(...audience);
  out.push(`      channels: [${channels.join(', ')}]`);
  if (vps.length) {
    if (i % 3 !== 2)
      out.push(
        `      message: { valueProps: [${vps.join(', ')}], headline: ${WORDS[(i + 3) % WORDS.length]} and ${WORDS[(i + 5) % WORDS.length]}. }`,
      );
    else out.push('      message:', `        valueProps: [${vps.join(', ')}]`);
  }
  if (offer) out.push(`      offer: ${offer}`);
  out.push(`      schedule: { start: ${start}, end: ${end} }`, `      budget: ${money(budgetCents)}`);
  if (kpis) out.push(`      kpis: ${kpis}`);
  if (salesReview) out.push(`      salesReview: { by: sales-emea, on: ${salesReview} }`);
  if (pretest) out.push(`      pretest: { method: ad-test, on: ${addDays(start, -10)} }`);
  if (compliance) out.push(`      compliance: { approvedBy: legal, on: ${compliance} }`);
  return { lines: out, budgetCents };
}

/** Write a generated plan under a fresh temp folder; returns the folder. */
export function writePlan(plan: GeneratedPlan, dir?: string): string {
  const root = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), `mplan-bench-${plan.campaigns}-`));
  for (const [rel, text] of plan.files) {
    const p = path.join(root, ...rel.split('/'));
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return root;
}

function main(argv: string[]): void {
  const campaigns = Number(argv[0] ?? '1000');
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const files = opt('--files');
  const plan = generatePlan({ campaigns, files: files ? Number(files) : undefined, violations: Number(opt('--violations') ?? '0') });
  const dir = writePlan(plan, opt('--out'));
  process.stdout.write(
    `${dir}\n${plan.files.size} files, ${plan.lines} lines, ${plan.bytes} bytes, ${plan.campaigns} campaigns${plan.planted.length ? `; planted: ${plan.planted.join(' ')}` : ''}\n`,
  );
}

if (require.main === module) main(process.argv.slice(2));
