/** `mplan/ruleCatalogue`: every rule's metadata for Explain Rule, its summary and docs page in the client's language. */
import type { CatalogueEntry } from '../../../../shared/protocol';
import { RULES } from '../../engine/rules/registry';
import { docsPath, docsUrl } from '../../engine/rules/docs-url';
import { catalogueOf } from '../../engine/messages/catalogues';
import type { Locale } from '../../engine/messages/locale';

/** In code order. The explanation stays English (the translated ones are not in the bundled servers; the docs pages have them). */
export function ruleCatalogue(locale: Locale): CatalogueEntry[] {
  const summaries = catalogueOf(locale)?.summaries ?? {};
  return RULES.map(({ meta }) => ({
    code: meta.code,
    name: meta.name,
    severity: meta.severity,
    group: meta.group,
    summary: summaries[meta.code] ?? meta.summary,
    explanation: meta.explanation,
    docs: docsPath(meta, locale),
    docsUrl: docsUrl(meta, locale),
  }));
}
