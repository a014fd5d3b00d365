// A tag page per request: the helper files every requested tag, tidied up, in a table the
// module keeps for good.
import express from 'express';

const pages = new Map<string, { tag: string; renderedAt: number }>(); // expect: unbounded-collection

function pageFor(tag: string): { tag: string; renderedAt: number } {
  const key = String(tag).trim().toLowerCase();
  let page = pages.get(key);
  if (!page) {
    page = { tag: key, renderedAt: Date.now() };
    pages.set(key, page);
  }
  return page;
}

export const app = express();
app.get('/tags/:tag', (req, res) => {
  res.json(pageFor(req.params.tag));
});
