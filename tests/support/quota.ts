/**
 * Makes IndexedDB refuse writes as a full disk does: `put` (and `add`, and a cursor's `update`) on the named
 * object stores throws a DOMException named QuotaExceededError. Works on whatever IndexedDB is global
 * (fake-indexeddb in unit tests). Returns the function that lifts the refusal.
 */
export function refuseWrites(storeNames: readonly string[]): () => void {
  const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const stores = IDBObjectStore.prototype as unknown as Record<'put' | 'add', (...args: unknown[]) => unknown>;
  const cursors = IDBCursor.prototype as unknown as Record<'update', (...args: unknown[]) => unknown>;
  const put = stores.put;
  const add = stores.add;
  const update = cursors.update;
  const refuses = (name: string) => storeNames.includes(name);
  stores.put = function (this: IDBObjectStore, ...args: unknown[]) {
    if (refuses(this.name)) throw full();
    return put.apply(this, args);
  };
  stores.add = function (this: IDBObjectStore, ...args: unknown[]) {
    if (refuses(this.name)) throw full();
    return add.apply(this, args);
  };
  cursors.update = function (this: IDBCursor, ...args: unknown[]) {
    const source = this.source as IDBObjectStore | IDBIndex;
    const store = 'objectStore' in source ? source.objectStore : source;
    if (refuses(store.name)) throw full();
    return update.apply(this, args);
  };
  return () => {
    stores.put = put;
    stores.add = add;
    cursors.update = update;
  };
}
