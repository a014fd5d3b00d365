import type { FastifyInstance } from 'fastify';

const LIMIT = 20_000;

export async function previewRoutes(app: FastifyInstance): Promise<void> {
  const previews = new Map<string, string>(); // expect: unbounded-collection

  app.get<{ Querystring: { url: string } }>('/preview', async (request) => {
    const { url } = request.query;
    let html = previews.get(url);
    if (html === undefined) {
      html = `<a href="${encodeURI(url)}">${url}</a>`;
      previews.set(url, html);
      if (previews.size >= LIMIT) request.log.warn({ size: previews.size }, 'preview cache is large');
    }
    return { html };
  });
}
