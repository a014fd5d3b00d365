// Makes `child` abort when `parent` does; the returned function detaches them again.
export function followSignal(parent: AbortSignal, child: AbortController): () => void {
  const onAbort = () => child.abort(parent.reason);
  parent.addEventListener('abort', onAbort);
  return () => parent.removeEventListener('abort', onAbort);
}
