/**
 * Plans shared by the rule tables' alias and placeholder cases (rules.md
 * "Files and values a real repository holds").
 */

/**
 * A campaign whose segments and audience age are written through aliases:
 * `&kids 10-15` on segment `kids` (line 5), `&segs [teens]` on the product
 * (line 8); segment `teens` is aged 13-19 (line 6); the audience is on line 17.
 */
export const aliasedAudience = (age = '*kids', segments = '*segs', tail = ''): string =>
  'version: 1\nplan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: Fun. }\n' +
  'upstream:\n  segments:\n    - { id: kids, name: Kids, age: &kids 10-15 }\n    - { id: teens, name: Teens, age: 13-19 }\n' +
  '  products:\n    - { id: game, name: Game, segments: &segs [teens] }\n' +
  'downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n' +
  `      segments: ${segments}\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-04-15 }\n      audience: { age: ${age} }\n${tail}`;

/**
 * An offer whose price is an alias of another product's list price `&low 5`
 * (line 6); product `game` (line 7) has the given pricing.
 */
export const aliasedPrice = (price = '*low', pricing = '{ list: 100, floor: 80, maxDiscount: 10% }'): string =>
  'version: 1\nplan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: Fun. }\n' +
  'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products:\n' +
  '    - { id: cheap, name: Cheap, segments: [teens], pricing: { list: &low 5 } }\n' +
  `    - { id: game, name: Game, segments: [teens], pricing: ${pricing} }\n` +
  'downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n' +
  `      schedule: { start: 2027-03-01, end: 2027-04-15 }\n      offer: { price: ${price} } # the cheap price, by mistake\n`;
