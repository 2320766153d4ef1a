/**
 * The zod schema of the plan format (format.md): the single source of truth
 * for structure. The engine validates with it; `schemas/mplan.schema.json` is
 * generated from it (`npm run gen`). Semantics (references, alignment...) are
 * rules, not schema.
 */
import * as z from 'zod';

/** Message marker zod carries for a bare-number percentage (MP006, not MP002). */
export const AMBIGUOUS_PERCENTAGE = 'ambiguous-percentage';

export const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERCENT_PATTERN = /^(\d+(?:\.\d+)?)%$/;
const AGE_PATTERN = /^(?:(\d{1,3})-(\d{1,3})|(\d{1,3})\+|any)$/;

export const GENDERS = ['female', 'male', 'nonbinary'] as const;
export const BUILTIN_CHANNELS = [
  'search',
  'social',
  'tiktok',
  'instagram',
  'facebook',
  'youtube',
  'twitch',
  'linkedin',
  'x',
  'snapchat',
  'pinterest',
  'reddit',
  'email',
  'sms',
  'display',
  'web',
  'tv',
  'radio',
  'print',
  'ooh',
  'podcasts',
  'influencers',
  'events',
  'trade-show',
  'retail',
  'partners',
  'affiliates',
  'direct-mail',
] as const;
export const DOWNSTREAM_METRICS = [
  'sales',
  'revenue',
  'conversions',
  'clicks',
  'ctr',
  'cpc',
  'cpa',
  'roas',
  'leads',
  'visits',
  'signups',
  'installs',
] as const;
export const UPSTREAM_METRICS = [
  'awareness',
  'consideration',
  'brand-lift',
  'nps',
  'retention',
  'segment-share',
  'market-share',
  'insights',
] as const;

/** True for a real calendar date written YYYY-MM-DD. */
function isCalendarDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d <= days;
}

/** Percentage text (`25%`) to its number, or undefined. */
function parsePercentage(text: string): number | undefined {
  const m = PERCENT_PATTERN.exec(text);
  return m ? Number(m[1]) : undefined;
}

function hasAtMostTwoDecimals(n: number): boolean {
  return Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;
}

export const Id = z
  .string({ error: 'expected an id (lower-case kebab case)' })
  .max(64, { error: 'an id has at most 64 characters' })
  .regex(ID_PATTERN, { error: 'expected an id in lower-case kebab case, such as teen-gamers' })
  .meta({ description: 'lower-case kebab case, at most 64 characters' });

export const DateString = z
  .string({ error: 'expected a date YYYY-MM-DD' })
  .regex(DATE_PATTERN, { error: 'expected a date YYYY-MM-DD' })
  .refine(isCalendarDate, { error: 'not a real calendar date' })
  .meta({ description: 'a calendar date, YYYY-MM-DD' });

export const Money = z
  .number({ error: 'expected an amount of money (a number)' })
  .nonnegative({ error: 'money cannot be negative' })
  .refine(hasAtMostTwoDecimals, { error: 'money has at most 2 decimals' })
  .meta({ description: "a non-negative amount in the plan's currency, at most 2 decimals" });

export const Currency = z
  .string({ error: 'expected an ISO 4217 currency code such as EUR' })
  .regex(/^[A-Z]{3}$/, { error: 'expected an upper-case ISO 4217 currency code such as EUR' })
  .meta({ description: 'ISO 4217 currency code, upper case' });

export const Percentage = z
  .string({
    error: (issue) => (typeof issue.input === 'number' ? AMBIGUOUS_PERCENTAGE : 'expected a percentage such as 25%'),
  })
  .regex(PERCENT_PATTERN, { error: 'expected a percentage such as 25% or 12.5%' })
  .refine((t) => (parsePercentage(t) ?? 0) <= 100, { error: 'a percentage is at most 100%' })
  .meta({ description: 'a percentage written with %, from 0% to 100% (a bare number is ambiguous)' });

const Age = z.number().int({ error: 'ages are whole years' }).min(0).max(120, { error: 'ages go up to 120' });
export const AgeRange = z
  .union(
    [
      z
        .string()
        .regex(AGE_PATTERN, { error: 'expected an age range such as 14-18, 65+ or any' })
        .refine(
          (t) => {
            const m = AGE_PATTERN.exec(t);
            if (!m) return false;
            const nums = [m[1], m[2], m[3]].filter((x) => x !== undefined).map(Number);
            if (nums.some((n) => n > 120)) return false;
            return m[1] === undefined || Number(m[1]) <= Number(m[2]);
          },
          { error: 'ages go from 0 to 120 and min <= max' },
        ),
      z.strictObject({ min: Age, max: Age }).refine((r) => r.min <= r.max, { error: 'min must be <= max' }),
    ],
    { error: 'expected an age range: 14-18, 65+, any, or {min, max}' },
  )
  .meta({ description: 'an age range: `14-18`, `65+`, `any`, or `{min, max}` (whole years 0-120)' });

const Any = z.literal('any');
export const Genders = z
  .union(
    [
      Any,
      z
        .array(z.enum(GENDERS, { error: 'expected female, male or nonbinary' }))
        .min(1, { error: 'an empty list reaches nobody; write any or name genders' }),
    ],
    {
      error: 'expected any or a list of female, male, nonbinary',
    },
  )
  .meta({ description: 'a list of `female`, `male`, `nonbinary`, or the single word `any`' });

export const Regions = z
  .union(
    [
      Any,
      z
        .array(z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code such as FR' }))
        .min(1, { error: 'an empty list reaches nobody; write any or name regions' }),
    ],
    {
      error: 'expected any or a list of ISO 3166-1 alpha-2 codes',
    },
  )
  .meta({ description: 'a list of ISO 3166-1 alpha-2 codes (`FR`, `IT`), or `any`' });

const Metric = z.string({ error: 'expected a metric id' }).meta({ description: 'a metric id' });
const Kpi = z
  .union(
    [
      Metric,
      z.strictObject({
        metric: Metric,
        target: z.union([z.number(), z.string().regex(PERCENT_PATTERN)], { error: 'expected a number or a percentage' }),
      }),
    ],
    {
      error: 'expected a metric id or {metric, target}',
    },
  )
  .meta({ description: 'a metric id, or `{metric: id, target: number or percentage}`' });

/** What a free text field says of a value that is not text: how the engine knows a text field (quoting a `#`). */
export const TEXT_EXPECTED = 'expected text';
const Text = z.string({ error: TEXT_EXPECTED });
const IdList = z.array(Id, { error: 'expected a list of ids' });

export const Plan = z
  .strictObject({
    id: Id.meta({ description: "the plan's id" }),
    name: Text.meta({ description: 'human title' }),
    period: z.strictObject({ start: DateString, end: DateString }).meta({ description: 'the time the plan covers' }),
    currency: Currency.meta({ description: 'currency of every price and budget' }),
    budget: Money.optional().meta({ description: 'total downstream budget' }),
    mission: Text.optional().meta({ description: "the organisation's mission: upstream work needs an agreed identity and mission" }),
    identity: Text.optional().meta({ description: 'brand identity / positioning statement' }),
    owner: Text.optional().meta({ description: 'who owns the plan' }),
  })
  .meta({ description: 'the plan: at most one per scope' });

const Research = z
  .strictObject({
    id: Id,
    method: z.enum(['trend-study', 'survey', 'interviews', 'analytics', 'competitive-analysis', 'ad-test', 'sales-input']),
    completed: DateString.optional().meta({ description: 'when its findings are available; absent means still running' }),
    finding: Text.optional().meta({ description: 'the headline result' }),
    segments: IdList.optional().meta({ description: 'segments it informs' }),
  })
  .meta({ description: 'research that backs upstream decisions' });

export const Segment = z
  .strictObject({
    id: Id,
    name: Text,
    description: Text.optional(),
    status: z
      .enum(['active', 'emerging', 'retired'])
      .optional()
      .meta({ description: '`retired` = upstream decided to stop serving it (default active)' }),
    age: AgeRange.optional(),
    genders: Genders.optional(),
    regions: Regions.optional(),
    needs: z.array(Text).optional().meta({ description: 'the needs upstream identified' }),
    channels: IdList.optional().meta({ description: 'where this segment can be reached' }),
    evidence: IdList.optional().meta({ description: 'research that backs the segment' }),
    priceSensitivity: z.enum(['low', 'medium', 'high']).optional(),
    willingnessToPay: Money.optional().meta({ description: 'the highest price research says it accepts' }),
  })
  .meta({ description: 'a customer segment chosen upstream' });

const Channel = z.strictObject({ id: Id, name: Text }).meta({ description: 'a channel beyond the built-in ones' });

const ValueProp = z.strictObject({
  id: Id,
  claim: Text,
  segments: IdList.optional().meta({ description: "narrows who the claim is for (default: all of the product's segments)" }),
});

export const Pricing = z.strictObject({
  list: Money.meta({ description: 'list price' }),
  floor: Money.optional().meta({ description: 'lowest price ever allowed, <= list' }),
  maxDiscount: Percentage.optional(),
  positioning: z.enum(['premium', 'mainstream', 'value', 'economy']).optional(),
});

const Product = z.strictObject({
  id: Id,
  name: Text,
  segments: IdList.meta({ description: 'the segments the product is made for' }),
  available: DateString.optional().meta({ description: 'first day it can be sold' }),
  valueProps: z.array(ValueProp).optional().meta({ description: 'value propositions' }),
  pricing: Pricing.optional(),
});

const Initiative = z
  .strictObject({
    id: Id,
    name: Text,
    kind: z.enum(['product-change', 'new-segment', 'positioning', 'pricing', 'brand']),
    segments: IdList.meta({ description: 'who it is meant to win' }),
    products: IdList.optional(),
    due: DateString.optional(),
    kpis: z.array(Kpi).optional().meta({ description: 'how its success is judged' }),
  })
  .meta({ description: 'a strategic move decided upstream' });

const Schedule = z.strictObject({ start: DateString, end: DateString });

export const Campaign = z
  .strictObject({
    id: Id,
    name: Text,
    status: z.enum(['draft', 'planned', 'live', 'done']).optional(),
    product: Id.meta({ description: 'the product it promotes' }),
    segments: IdList.meta({ description: 'the upstream segments it is meant to reach' }),
    audience: z
      .strictObject({ age: AgeRange.optional(), genders: Genders.optional(), regions: Regions.optional() })
      .optional()
      .meta({ description: 'the targeting actually bought (default: exactly the union of its segments)' }),
    channels: IdList,
    message: z.strictObject({ valueProps: IdList, headline: Text.optional(), body: Text.optional() }).optional(),
    offer: z
      .strictObject({ price: Money.optional(), discount: Percentage.optional(), currency: Currency.optional(), code: Text.optional() })
      .optional(),
    schedule: Schedule,
    budget: Money.optional(),
    kpis: z.array(Kpi).optional(),
    salesReview: z.strictObject({ by: Text, on: DateString }).optional().meta({ description: 'sales team sign-off' }),
    pretest: z.strictObject({ method: Text, on: DateString }).optional().meta({ description: 'ad / message test before launch' }),
    compliance: z.strictObject({ approvedBy: Text, on: DateString }).optional().meta({ description: 'legal sign-off' }),
  })
  .meta({ description: 'a campaign that promotes what upstream decided' });

export const PlanFile = z
  .strictObject({
    version: z
      .literal(1, { error: 'version must be the integer 1' })
      .optional()
      .meta({ description: 'format version: the integer 1, required in the file that declares plan:' }),
    plan: Plan.optional(),
    upstream: z
      .strictObject({
        research: z.array(Research).optional(),
        segments: z.array(Segment).optional(),
        channels: z.array(Channel).optional(),
        products: z.array(Product).optional(),
        initiatives: z.array(Initiative).optional(),
      })
      .optional()
      .meta({ description: 'decisions taken before any promotion' }),
    downstream: z
      .strictObject({ campaigns: z.array(Campaign).optional() })
      .optional()
      .meta({ description: 'the campaigns that promote what upstream decided' }),
  })
  .meta({ title: 'mplan marketing plan (version 1)', description: 'A marketing plan file (*.mplan.yaml)' });
