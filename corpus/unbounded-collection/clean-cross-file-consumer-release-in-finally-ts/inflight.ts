// Deliveries being worked on, by their delivery number, so that shutdown can wait for them.

const working = new Map<string, { body: Buffer; since: number }>();

export function begin(msg: { fields: { consumerTag: string; deliveryTag: number }; content: Buffer }): string {
  const key = `${msg.fields.consumerTag}/${msg.fields.deliveryTag}`;
  working.set(key, { body: msg.content, since: Date.now() });
  return key;
}

export function done(key: string): void {
  working.delete(key);
}

