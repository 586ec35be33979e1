/**
 * Tells the event streams of an import that its rows moved, within this process. Streams also
 * look every few seconds, for rows another process's worker sent (several processes may share
 * PostgreSQL), so a lost signal only delays a progress bar.
 */
export class ImportEvents {
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly closers = new Set<() => void>();

  changed(importId: string): void {
    for (const listener of this.listeners.get(importId) ?? []) listener();
  }

  /** Returns the unsubscribe; `close` is called if the server stops first. */
  listen(importId: string, listener: () => void, close: () => void): () => void {
    let set = this.listeners.get(importId);
    if (!set) this.listeners.set(importId, (set = new Set()));
    set.add(listener);
    this.closers.add(close);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(importId);
      this.closers.delete(close);
    };
  }

  /** A stopping server ends its streams rather than wait out its grace period for them. */
  closeAll(): void {
    for (const close of [...this.closers]) close();
  }
}
