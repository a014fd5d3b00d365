// Orders per sales channel; the module also says which channels exist.
const CHANNELS = Object.freeze(['web', 'ios', 'android']);
const ordersByChannel = new Map<string, number>();

export function isKnownChannel(value: unknown): value is string {
  return typeof value === 'string' && CHANNELS.includes(value);
}

export function countOrder(channel: string): void {
  ordersByChannel.set(channel, (ordersByChannel.get(channel) ?? 0) + 1);
}
