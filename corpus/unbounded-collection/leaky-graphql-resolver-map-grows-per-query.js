// A resolver map: the `search` resolver runs once per query that asks for it, and records
// every search term it is given in a module-level Map that nothing prunes.
const recentSearches = new Map(); // expect: unbounded-collection

const resolvers = {
  Query: {
    async search(_parent, { term }, { dataSources }) {
      recentSearches.set(term, Date.now());
      return dataSources.catalog.search(term);
    },
  },
  Product: {
    price(product) {
      return product.priceCents / 100;
    },
  },
};

module.exports = { resolvers };
