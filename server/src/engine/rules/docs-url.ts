/** Where each rule's docs page lives (package.json `repository`; a test keeps them in step): English in docs/rules/, others in docs/rules/<locale>/. */
import type { Locale } from '../messages/locale';
import type { RuleMeta } from './rule';

export const REPOSITORY_URL = 'https://github.com/mplan-dev/mplan';

export function docsPath(meta: Pick<RuleMeta, 'code' | 'name'>, locale: Locale = 'en'): string {
  return `docs/rules/${locale === 'en' ? '' : `${locale}/`}${meta.code}-${meta.name}.md`;
}

export function docsUrl(meta: Pick<RuleMeta, 'code' | 'name'>, locale: Locale = 'en'): string {
  return `${REPOSITORY_URL}/blob/main/${docsPath(meta, locale)}`;
}
