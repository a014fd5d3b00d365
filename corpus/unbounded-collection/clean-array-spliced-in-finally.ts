import type { Context, Next } from 'koa';

// Uploads in progress, listed by the admin endpoint; spliced out however the handler ends.
const uploading: Array<{ ctx: Context; since: number }> = [];

export async function listUploads(ctx: Context, next: Next): Promise<void> {
  const item = { ctx, since: Date.now() };
  uploading.push(item);
  try {
    await next();
  } finally {
    const at = uploading.indexOf(item);
    if (at !== -1) uploading.splice(at, 1);
  }
}

export function inProgress(): Array<{ url: string; ms: number }> {
  return uploading.map(({ ctx, since }) => ({ url: ctx.url, ms: Date.now() - since }));
}
