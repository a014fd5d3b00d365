// A topic hub: one Set of callbacks per topic; `listen` hands back the function that takes the
// callback out again (through `unlisten`), but never forgets a topic.
type Callback = (data: unknown) => void;

const byTopic = new Map<string, Set<Callback>>();

export function listen(topic: string, callback: Callback): () => void {
  let callbacks = byTopic.get(topic);
  if (!callbacks) {
    callbacks = new Set();
    byTopic.set(topic, callbacks);
  }
  callbacks.add(callback);
  return () => unlisten(topic, callback);
}

export function unlisten(topic: string, callback: Callback): void {
  byTopic.get(topic)?.delete(callback);
}

export function publish(topic: string, data: unknown): void {
  byTopic.get(topic)?.forEach((callback) => callback(data));
}
