// The process's one channel registry: a fixed set of channels, each with the events it has
// carried, which late subscribers read back.
export interface ChannelEvent {
  seq: number;
  body: unknown;
}

interface Channel {
  seq: number;
  events: ChannelEvent[];
}

export class ChannelRegistry {
  private readonly channels = new Map<string, Channel>();

  constructor(names: readonly string[]) {
    for (const name of names) this.channels.set(name, { seq: 0, events: [] });
  }

  publish(name: string, body: unknown): ChannelEvent {
    const channel = this.channels.get(name);
    if (!channel) throw new Error(`unknown channel ${name}`);
    const event = { seq: ++channel.seq, body };
    channel.events.push(event); // expect: unbounded-collection
    return event;
  }

  since(name: string, seq: number): ChannelEvent[] {
    return (this.channels.get(name)?.events ?? []).filter((event) => event.seq > seq);
  }
}

export const registry = new ChannelRegistry(["deploys", "incidents"]);
