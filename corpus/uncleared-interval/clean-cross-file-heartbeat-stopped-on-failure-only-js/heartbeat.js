// Pings a peer every `everyMs`; reports a missed pong through `onError`.
export function startHeartbeat(peer, everyMs, { onError } = {}) {
  let awaiting = false;
  const timer = setInterval(() => {
    if (awaiting) {
      onError?.(new Error(`no pong from ${peer.id} in ${everyMs}ms`));
      return;
    }
    awaiting = true;
    peer.ping(() => {
      awaiting = false;
    });
  }, everyMs);
  return { stop: () => clearInterval(timer) };
}
