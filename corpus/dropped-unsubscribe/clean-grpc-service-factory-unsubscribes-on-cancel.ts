import type { ServerWritableStream } from '@grpc/grpc-js';

interface Change { key: string; value: string }
interface ChangeFeed { subscribe(listener: (change: Change) => void): () => void }

export function changesService(feed: ChangeFeed) {
  return {
    Follow(call: ServerWritableStream<{ prefix: string }, Change>) {
      const prefix = call.request.prefix;
      const stop = feed.subscribe((change) => {
        if (change.key.startsWith(prefix)) call.write(change);
      });
      call.on('cancelled', stop);
      call.on('close', stop);
    },
  };
}
