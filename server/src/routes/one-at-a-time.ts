/**
 * Runs tasks with the same key one after another, so two saves of one contact cannot both pass
 * the "unchanged since you opened it" check before either writes.
 */
export function oneAtATime() {
  const queues = new Map<string, Promise<unknown>>();
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = queues.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    queues.set(key, run);
    const release = () => {
      if (queues.get(key) === run) queues.delete(key);
    };
    run.then(release, release);
    return run;
  };
}
