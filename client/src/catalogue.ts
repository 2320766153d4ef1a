/**
 * The rule catalogue for Explain Rule, asked of the language server (`mplan/ruleCatalogue`, in the
 * client's language) once and kept: the client bundles carry no rule data of their own.
 */
import type { CatalogueEntry } from '../../shared/protocol';

export type { CatalogueEntry };

export class RuleCatalogue {
  private entries: Promise<CatalogueEntry[]> | undefined;

  constructor(private readonly fetch: () => Promise<CatalogueEntry[]>) {}

  /** Every rule in code order; asked again after a failed request (e.g. while the server restarts). */
  all(): Promise<CatalogueEntry[]> {
    if (!this.entries) {
      const asked = this.fetch();
      this.entries = asked;
      asked.catch(() => {
        if (this.entries === asked) this.entries = undefined;
      });
    }
    return this.entries;
  }

  /** The rule with this code (any case) or name. */
  async find(word: string): Promise<CatalogueEntry | undefined> {
    const w = word.trim();
    return (await this.all()).find((e) => e.code === w.toUpperCase() || e.name === w);
  }
}
