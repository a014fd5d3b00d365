// The fix most adapters ship: one listener per client, added the first time a channel is
// subscribed (the client is marked), and a map of handlers per channel that the undoing
// helper deletes from. A naive matcher sees `client.on(...)` in the subscribing helper and
// no removal in its counterpart.
const kHandlers = Symbol('handlers');

type Handler = (payload: Buffer) => void;

export function SSUBSCRIBE(client: any, channel: string, handler: Handler): void {
  if (!client[kHandlers]) {
    client[kHandlers] = new Map<string, Handler>();
    client.on('smessageBuffer', (from: Buffer, payload: Buffer) => {
      client[kHandlers].get(from.toString())?.(payload);
    });
  }
  client[kHandlers].set(channel, handler);
  client.ssubscribe(channel);
}

export function SUNSUBSCRIBE(client: any, channel: string): void {
  client.sunsubscribe(channel);
  client[kHandlers]?.delete(channel);
}
