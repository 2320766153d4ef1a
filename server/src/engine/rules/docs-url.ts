/** Where each rule's docs page lives (package.json `repository`; a test keeps them in step). */
import type { RuleMeta } from './rule';

export const REPOSITORY_URL = 'https://github.com/mplan-dev/mplan';

export function docsPath(meta: Pick<RuleMeta, 'code' | 'name'>): string {
  return `docs/rules/${meta.code}-${meta.name}.md`;
}

export function docsUrl(meta: Pick<RuleMeta, 'code' | 'name'>): string {
  return `${REPOSITORY_URL}/blob/main/${docsPath(meta)}`;
}
