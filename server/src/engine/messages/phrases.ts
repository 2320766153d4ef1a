/**
 * Shared phrases: how sets of people, ages and regions are said, so every rule
 * says them alike and a locale translates them once. Placeholders as in rule
 * templates.
 */
import type { MessageTemplates } from './message';

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
  'offer.discounted': '{price} ({discount} off {list})',
  'offer.list': 'its list price {list}',
  money: '{amount} {currency}',
};

/** How lists end ("a, b and c") per locale. */
export const LIST_AND = ' and ';
