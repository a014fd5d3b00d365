import type { ServerWritableStream } from '@grpc/grpc-js';

interface Change { key: string; value: string }
interface ChangeFeed { subscribe(listener: (change: Change) => void): () => void }

export function changesService(feed: ChangeFeed) {
  return {
    Follow(call: ServerWritableStream<{ prefix: string }, Change>) {
      const prefix = call.request.prefix;
      feed.subscribe((change) => { // expect: dropped-unsubscribe
        if (change.key.startsWith(prefix)) call.write(change);
      });
    },
  };
}
