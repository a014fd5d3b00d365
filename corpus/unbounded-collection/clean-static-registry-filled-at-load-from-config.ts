// The TypeScript twin: a static registry filled by the constructor, instances made only at
// load, one per entry of a fixed table, and the class never leaves the module.
class Channel {
  static readonly registry: Channel[] = [];
  sent = 0;

  constructor(readonly name: string, readonly endpoint: string) {
    Channel.registry.push(this);
  }

  static byName(name: string): Channel | undefined {
    return Channel.registry.find((channel) => channel.name === name);
  }
}

new Channel('email', 'http://mailer.internal/send');
new Channel('sms', 'http://sms.internal/send');

export function channelFor(name: string): string | undefined {
  return Channel.byName(name)?.endpoint;
}
