/**
 * The editor's own texts in English (hover cards, code lenses, code action titles), as templates like
 * the rules' (`{name}` placeholders); each locale's catalogue translates them (`editor`). Markdown is
 * written by the features around them, never inside a value.
 */
import { catalogueOf } from './catalogues';
import type { Locale } from './locale';
import type { MessageData, MessageTemplates } from './message';
import { renderMessage } from './render';

export const EDITOR: MessageTemplates = {
  'action.fixAll': 'Fix all safe mplan findings',
  'action.disableLine': 'Disable {code} for this line',
  'action.disableFile': 'Disable {code} for this file',
  'action.quoteHash': 'Put the whole text in quotes (# starts a comment)',
  'kind.segment': 'segment',
  'kind.product': 'product',
  'kind.valueProp': 'value proposition',
  'kind.research': 'research',
  'kind.channel': 'channel',
  'kind.initiative': 'initiative',
  'kind.campaign': 'campaign',
  'kind.plan': 'plan',
  'kind.metric': 'metric',
  'lens.campaigns.zero': '0 campaigns',
  'lens.campaigns.one': '1 campaign',
  'lens.campaigns.other': '{n} campaigns',
  'lens.contradictions.zero': '0 contradictions',
  'lens.contradictions.one': '1 contradiction',
  'lens.contradictions.other': '{n} contradictions',
  'lens.contradictionIn': '{code} in {place}',
  'lens.noContradictions': 'no contradictions',
  'status.emerging': 'emerging',
  'status.retired': 'retired',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'severity.hint': 'hint',
  'label.age': 'age',
  'label.genders': 'genders',
  'label.regions': 'regions',
  'label.channels': 'channels',
  'label.evidence': 'evidence',
  'label.priceSensitivity': 'price sensitivity',
  'label.willingnessToPay': 'willingness to pay',
  'label.forSegments': 'for segments',
  'label.listPrice': 'list price',
  'label.floor': 'floor',
  'label.maxDiscount': 'max discount',
  'label.positioning': 'positioning',
  'label.available': 'available',
  'label.claim': 'claim',
  'label.method': 'method',
  'label.completed': 'completed',
  'label.finding': 'finding',
  'label.kind': 'kind',
  'label.segments': 'segments',
  'label.price': 'price',
  'label.audience': 'audience',
  'label.audienceBought': 'audience bought',
  'value.anyAge': 'any age',
  'value.anyGender': 'any gender',
  'value.anyRegion': 'any region',
  'value.none': 'none',
  'value.noneParen': '(none)',
  'value.noPricing': 'no pricing',
  'value.anyTime': 'any time',
  'value.stillRunning': 'still running',
  'value.completedOn': 'completed {date}',
  'value.allSegmentsOf': "all of {product}'s segments",
  'value.noneResolved': 'none resolved',
  'value.agesOfSegments': 'ages of its segments',
  'value.gendersOfSegments': 'genders of its segments',
  'value.regionsOfSegments': 'regions of its segments',
  'value.exactlySegments': 'exactly its segments',
  'value.list': 'list {list}',
  'value.listMinus': 'list {list} - {discount}',
  'value.floor': '(floor {floor})',
  'card.ofProduct': 'of product {product}',
  'card.builtIn': '(built in)',
  'card.linesUp': 'how it lines up with upstream',
  'card.starts': 'starts {start}',
  'card.research': 'research: {research}',
  'card.productAvailable': 'product available {date}',
  'card.findings.one': '1 finding: {codes}',
  'card.findings.other': '{n} findings: {codes}',
  'card.noFindings': 'no findings',
  'card.field': '{label}: {value}',
  'card.ruleDocs': 'Rule documentation',
  'metric.downstream': 'downstream: counts sales and clicks',
  'metric.upstream': 'upstream: counts brand and segment progress',
};

/** Renders one editor text in a locale (`t('action.disableLine', { code })`). */
export type EditorText = (id: string, data?: MessageData) => string;

export function editorTexts(locale: Locale): EditorText {
  const c = catalogueOf(locale);
  const templates = c ? { ...EDITOR, ...c.editor } : EDITOR;
  return (id, data = {}) => renderMessage(templates, id, data, locale);
}

/** A count in words with its plural form: `zero`, `one` or `other` of `base`. */
export function countText(t: EditorText, base: string, n: number): string {
  return t(`${base}.${n === 0 ? 'zero' : n === 1 ? 'one' : 'other'}`, { n });
}
