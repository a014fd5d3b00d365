// The search client is made on first use, with an error callback that logs through the
// context of the request that happened to come first: that request is kept for good.
const Koa = require('koa');
const { Client } = require('@elastic/elasticsearch');

const app = new Koa();
let search;

app.use(async (ctx) => {
  if (!search) {
    search = new Client({
      node: process.env.SEARCH_URL,
      onError: (err) => ctx.log.warn({ err }, 'search client error'), // expect: request-capture
    });
  }
  const { hits } = await search.search({ index: 'docs', q: ctx.query.q });
  ctx.body = hits;
});

app.listen(3000);
