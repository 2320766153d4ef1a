/**
 * Shared phrases: how sets of people, ages and regions are said, so every rule
 * says them alike and a locale translates them once. Placeholders as in rule
 * templates.
 */
import type { MessageTemplates } from './message';

/** Entity kinds as nouns (`{kind:kind}` says `kind.<id>`). */
const KIND_PHRASES: MessageTemplates = {
  'kind.plan': 'plan',
  'kind.research': 'research',
  'kind.segment': 'segment',
  'kind.channel': 'channel',
  'kind.product': 'product',
  'kind.valueProp': 'value proposition',
  'kind.initiative': 'initiative',
  'kind.campaign': 'campaign',
  'kind.metric': 'metric',
};

/**
 * Places in a plan said for people (MP002, MP003, MP006): the entity a data path falls in, by its
 * name, and the keys below it as written in the plan (`offer.discount in campaign Launch (launch)`).
 */
const PLACE_PHRASES: MessageTemplates = {
  'place.file': 'the file',
  'place.plan': 'plan {entity}',
  'place.plan.key': '{key} in plan {entity}',
  'place.research': 'research {entity}',
  'place.research.key': '{key} in research {entity}',
  'place.segment': 'segment {entity}',
  'place.segment.key': '{key} in segment {entity}',
  'place.channel': 'channel {entity}',
  'place.channel.key': '{key} in channel {entity}',
  'place.product': 'product {entity}',
  'place.product.key': '{key} in product {entity}',
  'place.valueProp': 'value proposition {entity}',
  'place.valueProp.key': '{key} in value proposition {entity}',
  'place.initiative': 'initiative {entity}',
  'place.initiative.key': '{key} in initiative {entity}',
  'place.campaign': 'campaign {entity}',
  'place.campaign.key': '{key} in campaign {entity}',
};

/** What the format expects, as schemas/plan.ts says it (validate.ts finds the phrase of a schema's message by its English text). */
export const SCHEMA_PHRASES: MessageTemplates = {
  'schema.id': 'expected an id (lower-case kebab case)',
  'schema.idLength': 'an id has at most 64 characters',
  'schema.idShape': 'expected an id in lower-case kebab case, such as teen-gamers',
  'schema.date': 'expected a date YYYY-MM-DD',
  'schema.realDate': 'not a real calendar date',
  'schema.money': 'expected an amount of money (a number)',
  'schema.moneyNegative': 'money cannot be negative',
  'schema.moneyDecimals': 'money has at most 2 decimals',
  'schema.currency': 'expected an ISO 4217 currency code such as EUR',
  'schema.currencyUpper': 'expected an upper-case ISO 4217 currency code such as EUR',
  'schema.percent': 'expected a percentage such as 25%',
  'schema.percentShape': 'expected a percentage such as 25% or 12.5%',
  'schema.percentMax': 'a percentage is at most 100%',
  'schema.ageWhole': 'ages are whole years',
  'schema.ageMax': 'ages go up to 120',
  'schema.ageRange': 'expected an age range such as 14-18, 65+ or any',
  'schema.ageBounds': 'ages go from 0 to 120 and min <= max',
  'schema.ageOrder': 'min must be <= max',
  'schema.age': 'expected an age range: 14-18, 65+, any, or {min, max}',
  'schema.gender': 'expected female, male or nonbinary',
  'schema.gendersEmpty': 'an empty list reaches nobody; write any or name genders',
  'schema.genders': 'expected any or a list of female, male, nonbinary',
  'schema.region': 'expected an ISO 3166-1 alpha-2 code such as FR',
  'schema.regionsEmpty': 'an empty list reaches nobody; write any or name regions',
  'schema.regions': 'expected any or a list of ISO 3166-1 alpha-2 codes',
  'schema.metric': 'expected a metric id',
  'schema.target': 'expected a number or a percentage',
  'schema.kpi': 'expected a metric id or {metric, target}',
  'schema.text': 'expected text',
  'schema.idList': 'expected a list of ids',
  'schema.version': 'version must be the integer 1',
  'schema.planFile': 'a plan file is a map of version, plan, upstream and downstream',
  'schema.map': 'expected a map of keys',
  'schema.list': 'expected a list',
  'schema.number': 'expected a number',
};

/** Why a file cannot be read as text (MP001's `data.detail`, English in the data): said in the reader's language where a face renders the message. */
export const REASON_PHRASES: MessageTemplates = {
  'reason.utf16': 'the file is UTF-16 text, not UTF-8: save it as UTF-8',
  'reason.notUtf8': 'the file is not UTF-8 text (Latin-1 or another encoding?): save it as UTF-8',
  'reason.cannotRead': 'cannot be read ({code})',
  'reason.permissionDenied': 'permission denied',
};

export const PHRASES: MessageTemplates = {
  'gender.female': 'women',
  'gender.male': 'men',
  'gender.nonbinary': 'non-binary people',
  'genders.any': 'people of any gender',
  'genders.none': 'no one',
  'ages.any': 'any age',
  'ages.one': 'age {ages}',
  'ages.some': 'ages {ages}',
  'ages.none': 'no age',
  'regions.any': 'any region',
  'regions.one': 'region {regions}',
  'regions.some': 'regions {regions}',
  'regions.except': 'regions other than {regions}',
  'regions.none': 'no region',
  'reach.in': 'in {regions}',
  'field.age': 'age',
  'field.genders': 'genders',
  'field.regions': 'regions',
  unknown: 'unknown {field}',
  'offer.discounted': '{price:money} ({discount:percent} off {list:money})',
  'offer.list': 'its list price {list:money}',
  money: '{amount:money} {currency}',
  ...KIND_PHRASES,
  ...PLACE_PHRASES,
  ...SCHEMA_PHRASES,
  ...REASON_PHRASES,
};

/** How lists end ("a, b and c") per locale. */
export const LIST_AND = ' and ';
