import type { NameRules } from '../domain/name-rules.ts';
import { screeningEntriesOf } from '../domain/screen-application.ts';
import {
  buildScreeningIndex,
  removeScreeningEntry,
  type ScreeningIndex,
  upsertScreeningEntry,
} from '../domain/screening-index.ts';
import type { ListedEntrySource, ScreeningIndexSource, ScreeningProjection } from './ports.ts';

export interface IndexCacheOptions {
  /**
   * How far before the previous refresh started to look again: writers' clocks differ and the
   * change index is eventually consistent, so a change stamped slightly earlier still arrives.
   */
  lookbackMs: number;
  clock: () => Date;
}

/**
 * The in-memory screening index of one process: loaded in full on first use, then brought up to date
 * before every screening by reading only the entries changed since the last refresh (never a scan
 * per request). A change is applied only if its version is newer than the one held, so re-reading
 * the look-back window is harmless; a revoked or merged entry is removed, so it stops matching.
 */
export class ScreeningIndexCache implements ScreeningIndexSource {
  readonly #source: ListedEntrySource;
  readonly #rules: NameRules;
  readonly #options: IndexCacheOptions;
  readonly #versions = new Map<string, number>();
  readonly #composites = new Map<string, string[]>();
  #index: ScreeningIndex | undefined;
  #since: string | undefined;
  #refreshing: Promise<ScreeningIndex> | undefined;

  constructor(source: ListedEntrySource, rules: NameRules, options: IndexCacheOptions) {
    this.#source = source;
    this.#rules = rules;
    this.#options = options;
  }

  /** The index, refreshed; concurrent callers share one refresh. */
  current(): Promise<ScreeningIndex> {
    this.#refreshing ??= this.#refresh().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  /** Index ids of an entry's parties, as last indexed (empty once it is off the list). */
  compositesOf = (entryId: string): readonly string[] => this.#composites.get(entryId) ?? [];

  /** Entries currently indexed. */
  get size(): number {
    return this.#composites.size;
  }

  async #refresh(): Promise<ScreeningIndex> {
    const started = this.#options.clock();
    const changed = await this.#source.changedSince(this.#since);
    this.#index ??= buildScreeningIndex([], this.#rules);
    const index = this.#index;
    for (const entry of changed) this.#apply(index, entry);
    this.#since = new Date(started.getTime() - this.#options.lookbackMs).toISOString();
    return index;
  }

  /** Applies one entry version to the index, unless an equal or newer one was applied already. */
  #apply(index: ScreeningIndex, entry: ScreeningProjection): void {
    if ((this.#versions.get(entry.entryId) ?? 0) >= entry.version) return;
    this.#versions.set(entry.entryId, entry.version);
    for (const id of this.#composites.get(entry.entryId) ?? []) removeScreeningEntry(index, id);
    this.#composites.delete(entry.entryId);
    const indexed = screeningEntriesOf(entry);
    for (const e of indexed) upsertScreeningEntry(index, e);
    const kept = indexed.filter((e) => e.status === 'confirmed').map((e) => e.entryId);
    if (kept.length > 0) this.#composites.set(entry.entryId, kept);
  }
}
