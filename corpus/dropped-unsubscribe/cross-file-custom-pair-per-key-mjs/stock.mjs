// Stock levels and the callbacks waiting on each SKU.
const watchers = new Map();

export function watchStock(sku, fn) {
  if (!watchers.has(sku)) watchers.set(sku, new Set());
  const bucket = watchers.get(sku);
  bucket.add(fn);
  return () => {
    bucket.delete(fn);
    if (bucket.size === 0) watchers.delete(sku);
  };
}

export function restock(sku, count) {
  for (const fn of watchers.get(sku) ?? []) fn(count);
}
