// One Map per channel, of each watching client's push function.
type Push = (event: unknown) => void;

class Channels {
  private readonly byName = new Map<string, Map<string, Push>>();

  watch(channel: string, clientId: string, push: Push): void {
    let watchers = this.byName.get(channel);
    if (!watchers) {
      watchers = new Map();
      this.byName.set(channel, watchers);
    }
    watchers.set(clientId, push);
  }

  unwatch(channel: string, clientId: string): void {
    const watchers = this.byName.get(channel);
    watchers?.delete(clientId);
    if (watchers && watchers.size === 0) this.byName.delete(channel);
  }

  forget(clientId: string): void {
    for (const [channel, watchers] of this.byName) {
      watchers.delete(clientId);
      if (watchers.size === 0) this.byName.delete(channel);
    }
  }

  emit(channel: string, event: unknown): void {
    for (const push of this.byName.get(channel)?.values() ?? []) push(event);
  }
}

export const channels = new Channels();
