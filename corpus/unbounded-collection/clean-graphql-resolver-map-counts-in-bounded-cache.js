// A resolver map: the `search` resolver counts searches in a module-level Map that keeps only
// the newest thousand terms.
const recentSearches = new Map();
const MAX_TERMS = 1000;

const resolvers = {
  Query: {
    async search(_parent, { term }, { dataSources }) {
      recentSearches.delete(term);
      recentSearches.set(term, Date.now());
      if (recentSearches.size > MAX_TERMS) recentSearches.delete(recentSearches.keys().next().value);
      return dataSources.catalog.search(term);
    },
  },
};

module.exports = { resolvers };
