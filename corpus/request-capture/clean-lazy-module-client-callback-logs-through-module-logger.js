// The same lazily made client, whose error callback logs through the module's own logger:
// the client keeps nothing of the request that made it.
const Koa = require('koa');
const pino = require('pino');
const { Client } = require('@elastic/elasticsearch');

const log = pino();
const app = new Koa();
let search;

app.use(async (ctx) => {
  if (!search) {
    search = new Client({
      node: process.env.SEARCH_URL,
      onError: (err) => log.warn({ err }, 'search client error'),
    });
  }
  const { hits } = await search.search({ index: 'docs', q: ctx.query.q });
  ctx.body = hits;
});

app.listen(3000);
