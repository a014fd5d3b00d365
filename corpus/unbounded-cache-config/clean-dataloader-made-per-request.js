'use strict';

const DataLoader = require('dataloader');
const db = require('./db');

function makeLoaders() {
  return {
    product: new DataLoader(async (skus) => {
      const rows = await db.products.findMany({ where: { sku: { in: skus } } });
      const bySku = new Map(rows.map((row) => [row.sku, row]));
      return skus.map((sku) => bySku.get(sku) ?? null);
    }),
  };
}

module.exports = {
  context: () => ({ loaders: makeLoaders() }),
  resolvers: { Line: { product: (line, _args, ctx) => ctx.loaders.product.load(line.sku) } },
};
