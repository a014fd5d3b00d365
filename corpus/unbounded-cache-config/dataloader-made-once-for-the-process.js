'use strict';

const DataLoader = require('dataloader');
const db = require('./db');

const productLoader = new DataLoader(async (skus) => { // expect: unbounded-cache-config
  const rows = await db.products.findMany({ where: { sku: { in: skus } } });
  const bySku = new Map(rows.map((row) => [row.sku, row]));
  return skus.map((sku) => bySku.get(sku) ?? null);
});

module.exports = { resolvers: { Line: { product: (line) => productLoader.load(line.sku) } } };
