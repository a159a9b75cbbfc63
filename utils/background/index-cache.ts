import { StoryIndex } from '../match/inverted-index';
import {
  ANALYSER_VERSION,
  INDEX_SCHEMA_VERSION,
  loadIndex,
  persistedIndexProblem,
  serialiseIndex,
  type PersistedIndex,
} from '../match/persist';
import type { MatchQuery } from '../match/query';
import type { FoundCandidates } from '../match/rank';
import { headProblem, type ChunkSizes, type SavedHead } from '../match/saved-parts';
import { changesBetween } from '../store/changes';
import { getRevision, type SidelightDb } from '../store/db';
import { countStories, deleteStories, getStories, isStoredStory } from '../store/stories';
import type { Story } from '../types';
import { deleteSavedIndex, PartialIndex, readSavedChunks, readSavedHead, writeSavedIndex } from './saved-index';
import { StoryLookup } from './story-lookup';
import { measureSince, timed, timedSync } from './timing';

/** A built index and the stories it covers, for one revision of the store. */
export interface IndexSnapshot {
  revision: number;
  index: StoryIndex;
  /** The stories the index names, read from the store as they are asked for (`index.size` counts them). */
  stories: StoryLookup;
  /**
   * From {@link IndexCache.get} with a query, when the index was read in parts for it: that query and the
   * candidates found while reading them, so ranking it does not search again.
   */
  found?: { query: MatchQuery; candidates: FoundCandidates };
}

/** How the last {@link IndexCache.get} got its index (for tests and the bench). */
export type IndexSource = 'memory' | 'persisted' | 'caught-up' | 'rebuilt';

/**
 * Key in `meta` of the revision the saved index reflects, written once the index is saved: whether the saved
 * index is current can be known without reading it (tens of MB at 100,000 stories).
 */
export const SAVED_REVISION_KEY = 'matchIndexRevision';
/** How long a loaded index's full check waits for the first answer to be out, at most. */
const CHECK_AT_LATEST_MS = 1000;

/** What the matcher indexes of a stored story: a fetch time is not a publication date. */
export function indexable(story: Story) {
  return story.dateIsFetchTime ? { ...story, published: null } : story;
}

/**
 * Keeps the match index for the current store revision. The stories live in IndexedDB; the index is saved
 * there too (versioned, `utils/match/persist.ts`), so a fresh service worker loads it instead of re-analysing
 * every story (MV3 may kill the worker at any time). When stories change, the cache reads the store's change
 * log and applies just those stories; it rebuilds from scratch only when the log does not reach back or the
 * saved index is unusable (another layout, another analyser).
 */
export class IndexCache {
  private snapshot: IndexSnapshot | null = null;
  private building: Promise<IndexSnapshot> | null = null;
  private saving: Promise<void> = Promise.resolve();
  private checking: Promise<void> = Promise.resolve();
  /** The full check of a loaded index, waiting for the first answer to be out (see {@link answered}). */
  private pendingCheck: (() => void) | null = null;
  /** The saved index as read so far, while the snapshot's index is read in parts (null once it is whole). */
  private partial: PartialIndex | null = null;
  /** Reading the rest of a partly read index, when under way. */
  private completing: Promise<void> | null = null;
  /** A part failed to read: this cache reads the saved index whole from now on (never loops on a bad part). */
  private partsRefused = false;
  /** How the last update got its index. */
  lastSource: IndexSource = 'memory';

  constructor(
    /** The connection it reads (the worker makes a new cache when the database is reopened). */
    readonly db: SidelightDb,
    private readonly options: {
      persist?: boolean;
      /** A save of the index failed (a quota error is worth telling the reader about). */
      onSaveFailed?: (error: unknown) => unknown;
      /** Chunk sizes of the saved index (tests make them small, so a small index has many chunks). */
      chunks?: ChunkSizes;
    } = {},
  ) {}

  /**
   * The index for the store as it is now, brought up to date when stories changed since the last call. With a
   * `query`, the index may be one read in parts from the saved index (a fresh worker reads only what this
   * article's ranking reads, and the rest after the answer): rank only that query on it. Without one, the whole
   * index.
   */
  async get(query?: MatchQuery): Promise<IndexSnapshot> {
    const snapshot = await this.current(query !== undefined);
    const partial = this.partial;
    if (!partial || partial.index !== snapshot.index) return snapshot;
    if (!query) {
      await this.complete();
      return this.get();
    }
    try {
      const candidates = await timed('index:read-parts', () => partial.prepare(query));
      return { ...snapshot, found: { query, candidates } };
    } catch (error) {
      console.warn('Sidelight: part of the saved match index could not be read; rebuilding it.', error);
      this.partsRefused = true;
      if (this.partial === partial) this.partial = null;
      if (this.snapshot === snapshot) this.snapshot = null;
      await this.discardSaved();
      return this.get(query);
    }
  }

  /**
   * Starts bringing the index up to date, reading only the head of a current saved index (and warming the
   * matcher up on it), while the caller does other work (the popup's extraction runs in the page, leaving the
   * worker idle); {@link get} takes it from there.
   */
  warm(): void {
    // A failure here is met again, and handled, by the get() that follows.
    this.current(true)
      .then(() => {
        const partial = this.partial;
        if (partial) timedSync('index:warm-up', () => partial.warmUp());
      })
      .catch(() => undefined);
  }

  /** The snapshot for the store's revision, possibly read in parts when `partly`; callers share one update. */
  private async current(partly: boolean): Promise<IndexSnapshot> {
    const revision = await getRevision(this.db);
    if (this.snapshot?.revision === revision) {
      this.lastSource = 'memory';
      return this.snapshot;
    }
    this.building ??= this.update(revision, partly).finally(() => {
      this.building = null;
    });
    return this.building;
  }

  /** Resolves when the last save of the index has finished. */
  flush(): Promise<void> {
    return this.saving;
  }

  /**
   * Brings the saved index up to the store's revision and waits for the save (the worker calls it when a refresh
   * run is over, while the run keeps it awake), so the popup in a worker started afresh loads a current index
   * rather than catching up, or rebuilding when the run made more changes than the log keeps. Does nothing when
   * the saved index is current already.
   */
  async settle(): Promise<void> {
    if (this.options.persist === false) return;
    if (!this.snapshot) {
      const [revision, saved] = await Promise.all([getRevision(this.db), this.db.get('meta', SAVED_REVISION_KEY)]);
      if (saved === revision) return;
    }
    await this.get();
    this.answered();
    await this.flush();
  }

  private async update(revision: number, partly: boolean): Promise<IndexSnapshot> {
    let source: IndexSource = 'caught-up';
    // Catching up adds and removes stories: only on a whole index.
    if (this.partial) await this.complete();
    let snapshot = this.snapshot;
    const start = performance.now();
    if (!snapshot) {
      snapshot = await this.loadPersisted(revision, partly && !this.partsRefused);
      source = 'persisted';
    }
    if (snapshot && snapshot.revision !== revision) {
      const from = snapshot;
      snapshot = await timed('index:catch-up', () => this.catchUp(from, revision));
      source = 'caught-up';
    }
    if (!snapshot) {
      snapshot = await timed('index:rebuild', () => this.rebuild());
      source = 'rebuilt';
    }
    this.snapshot = snapshot;
    this.lastSource = source;
    measureSince(`index:${source}`, start);
    if (source !== 'persisted') this.save(snapshot);
    return snapshot;
  }

  /**
   * The saved index, or null when there is none or it cannot be used. When it is current and `partly`, only its
   * head is read now (the parts an article needs are read by {@link get}, the rest after the first answer). A
   * saved index that fails its checks or its load is deleted, so it is rebuilt and saved afresh instead of
   * failing again on every start of the worker.
   */
  private async loadPersisted(revision: number, partly: boolean): Promise<IndexSnapshot | null> {
    if (this.options.persist === false) return null;
    try {
      const head = await timed('index:read-head', () => readSavedHead(this.db));
      if (head === undefined) return null;
      // Another layout or analyser is expected after an update; only damage is worth a warning.
      const problem = timedSync('index:check-head', () => headProblem(head));
      if (problem !== null) {
        const h = head as Partial<SavedHead>;
        if (h.schemaVersion === INDEX_SCHEMA_VERSION && h.analyserVersion === ANALYSER_VERSION)
          console.warn(`Sidelight: ${problem}; rebuilding the match index.`);
        await this.discardSaved();
        return null;
      }
      const checkedHead = head as SavedHead;
      // The stories are not read: the index answers on its own, and the few stories an answer shows are read
      // then (listing all of them took seconds at 100,000, most of a cold popup).
      if (partly && checkedHead.revision === revision) {
        const restoreStart = performance.now();
        const partial = new PartialIndex(this.db, checkedHead);
        measureSince('index:restore', restoreStart);
        this.partial = partial;
        this.afterFirstAnswer(() => this.complete());
        return { revision, index: partial.index, stories: new StoryLookup(this.db) };
      }
      const saved = await timed('index:read-saved', () => readSavedChunks(this.db, checkedHead));
      const loadStart = performance.now();
      const index = loadIndex(saved);
      measureSince('index:restore', loadStart);
      const snapshot = { revision: saved.revision, index, stories: new StoryLookup(this.db) };
      this.afterFirstAnswer(() => this.check(saved, snapshot));
      return snapshot;
    } catch (error) {
      console.warn('Sidelight: the saved match index could not be loaded; rebuilding it.', error);
      await this.discardSaved();
      return null;
    }
  }

  /**
   * Reads the rest of a partly read index, checks every record and list of it, and swaps the whole index in
   * (later answers, catching up and saving need it whole). Damage found: the saved index is deleted and the
   * snapshot dropped, so the next call rebuilds.
   */
  private complete(): Promise<void> {
    this.completing ??= (async () => {
      const partial = this.partial;
      const snapshot = this.snapshot;
      if (!partial || snapshot?.index !== partial.index) return;
      try {
        const saved = await timed('index:read-rest', () => readSavedChunks(this.db, partial.head));
        const damage = persistedIndexProblem(saved);
        if (damage !== null) throw new Error(damage);
        if (this.snapshot === snapshot) this.snapshot = { ...snapshot, index: loadIndex(saved) };
      } catch (error) {
        console.warn('Sidelight: the saved match index could not be read whole; rebuilding it.', error);
        if (this.snapshot === snapshot) this.snapshot = null;
        await this.discardSaved();
      } finally {
        if (this.partial === partial) this.partial = null;
      }
    })().finally(() => {
      this.completing = null;
    });
    return this.completing;
  }

  /** Damage found by the full check of a loaded index: the saved index is deleted and the snapshot dropped. */
  private async check(saved: PersistedIndex, snapshot: IndexSnapshot): Promise<void> {
    const damage = persistedIndexProblem(saved);
    if (damage === null) return;
    console.warn(`Sidelight: ${damage}; rebuilding the match index.`);
    if (this.snapshot === snapshot) this.snapshot = null;
    await this.discardSaved();
  }

  /**
   * Runs `work` once the first answer is out: reading or checking the whole saved index takes hundreds of ms at
   * 100,000 stories (a damaged list cannot loop or hand on a wrong story meanwhile). It waits for
   * {@link answered}, or a second at most: started on the next task instead, it ran while the answer awaited
   * its stories and held that answer up.
   */
  private afterFirstAnswer(work: () => Promise<void>): void {
    this.checking = new Promise<void>((resolve) => {
      const run = () => {
        if (this.pendingCheck !== run) return;
        this.pendingCheck = null;
        void work().then(resolve, resolve);
      };
      this.pendingCheck = run;
      setTimeout(run, CHECK_AT_LATEST_MS);
    });
  }

  /** The answer that used the index is out: a loaded index's full check may run now (on the next task). */
  answered(): void {
    const check = this.pendingCheck;
    if (check) setTimeout(check, 0);
  }

  /** Starts the check of a loaded index and resolves when it has finished (tests; a worker never needs to wait). */
  checked(): Promise<void> {
    this.answered();
    return this.checking;
  }

  /** Deletes the saved index (a failure only means the next start tries it again). */
  private async discardSaved(): Promise<void> {
    // The revision first: a stop in between leaves an index not known to be current, which is only checked again.
    await this.db.delete('meta', SAVED_REVISION_KEY).catch(() => undefined);
    await deleteSavedIndex(this.db).catch(() => undefined);
  }

  /** Applies the logged changes since the snapshot's revision; null when they cannot be known. */
  private async catchUp(snapshot: IndexSnapshot, revision: number): Promise<IndexSnapshot | null> {
    const changes = await changesBetween(this.db, snapshot.revision, revision);
    if (changes === null) return null;
    const touched = new Set<string>();
    for (const change of changes) for (const id of [...change.upserted, ...change.deleted]) touched.add(id);
    const current = new Map((await getStories(this.db, touched)).map((s) => [s.id, s]));
    const { index, stories } = snapshot;
    for (const id of touched) {
      const story = current.get(id);
      // A damaged record: the rebuild deletes it.
      if (story && !isStoredStory(story)) return null;
      const known = stories.kept(id);
      if (!story) {
        index.remove(id);
        stories.delete(id);
        continue;
      }
      // A story another feed also carried changes its sources, not its text: no need to analyse it again (when
      // its earlier text was read; a loaded index has not read it, and analysing one story is cheap).
      const sameText =
        known &&
        known.title === story.title &&
        known.summary === story.summary &&
        indexable(known).published === indexable(story).published;
      if (!sameText || !index.has(id)) index.add(indexable(story));
      stories.set(story);
    }
    // A writer that skipped the log (or a lost write) shows as a count mismatch: rebuild rather than drift.
    if (index.size !== (await countStories(this.db))) return null;
    return { revision, index, stories };
  }

  /** Analyses every stored story (first run, or when nothing saved can be used). */
  private async rebuild(retried = false): Promise<IndexSnapshot> {
    // Revision and stories from one transaction, so a refresh in between cannot slip past the index.
    const tx = this.db.transaction(['stories', 'meta'], 'readonly');
    const [all, revision] = await Promise.all([
      tx.objectStore('stories').getAll(),
      tx.objectStore('meta').get('revision'),
    ]);
    await tx.done;
    const index = new StoryIndex();
    const stories = new Map<string, Story>();
    const damaged: string[] = [];
    for (const story of all) {
      if (!isStoredStory(story)) {
        // The key as stored (the store's key path is `id`, so it is there even when nothing else is).
        damaged.push((story as { id: string }).id);
        continue;
      }
      index.add(indexable(story));
      stories.set(story.id, story);
    }
    if (damaged.length > 0 && !retried) {
      // A record that is not a story would fail every rebuild; it is deleted (logged, so the revision moves on).
      console.warn(`Sidelight: deleting ${damaged.length} damaged stored stories.`);
      await deleteStories(this.db, damaged);
      return this.rebuild(true);
    }
    return { revision: revision ?? 0, index, stories: new StoryLookup(this.db, stories) };
  }

  /** Saves the index in the background, one save at a time; a failed save only costs a rebuild later. */
  private save(snapshot: IndexSnapshot): void {
    if (this.options.persist === false) return;
    this.saving = this.saving
      .then(async () => {
        // A newer snapshot may have replaced this one while an earlier save ran: save what is current (never an
        // index read only in parts).
        const newer = this.snapshot && this.snapshot.index !== this.partial?.index ? this.snapshot : null;
        const current = newer ?? snapshot;
        const saveStart = performance.now();
        const serialised = serialiseIndex(current.index, current.revision);
        measureSince('index:serialise', saveStart);
        await writeSavedIndex(this.db, serialised, this.options.chunks);
        // Its own transaction, after the index's: one over both stores would hold every read of the revision (each
        // popup's, each refresh's) for as long as tens of MB are written. A stop in between only costs a check
        // that finds the saved index current.
        await this.db.put('meta', current.revision, SAVED_REVISION_KEY);
        measureSince('index:saved', saveStart);
      })
      .catch(async (error: unknown) => {
        console.warn('Sidelight: could not save the match index; it will be rebuilt next time.', error);
        await Promise.resolve(this.options.onSaveFailed?.(error)).catch(() => undefined);
      });
  }
}
