// A hand-written memoizer over user input: the search term is the key, so the cache grows
// with every new term anyone types.
const http = require('http');

const results = new Map(); // expect: unbounded-collection

function search(term) {
  if (results.has(term)) return results.get(term);
  const found = expensiveSearch(term);
  results.set(term, found);
  return found;
}

function expensiveSearch(term) {
  return [term.toUpperCase()];
}

http.createServer((req, res) => {
  const term = new URL(req.url, 'http://localhost').searchParams.get('q');
  res.end(JSON.stringify(search(term)));
}).listen(8082);
