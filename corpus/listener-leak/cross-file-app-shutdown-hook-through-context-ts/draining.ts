import type Koa from 'koa';

// Long exports stop early when the application starts to drain: the SIGTERM handler emits
// 'shutdown' on the app once.
export function abortOnShutdown(app: Koa, abort: (reason: Error) => void): () => void {
  const handler = () => abort(new Error('server is shutting down'));
  app.once('shutdown', handler);
  return () => {
    app.removeListener('shutdown', handler);
  };
}
