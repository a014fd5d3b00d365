import type { Context, Next } from 'koa';

// Uploads in progress, listed by the admin endpoint. An upload whose handler throws is never
// spliced out, and its context stays in the list.
const uploading: Array<{ ctx: Context; since: number }> = []; // expect: unbounded-collection

export async function listUploads(ctx: Context, next: Next): Promise<void> {
  const item = { ctx, since: Date.now() };
  uploading.push(item);
  await next();
  const at = uploading.indexOf(item);
  if (at !== -1) uploading.splice(at, 1);
}

export function inProgress(): Array<{ url: string; ms: number }> {
  return uploading.map(({ ctx, since }) => ({ url: ctx.url, ms: Date.now() - since }));
}
