// Compiles a caching policy per HTTP method, once each.
const compiled = new Map();

function policyFor(method) {
  let policy = compiled.get(method);
  if (!policy) {
    policy = { method, cacheable: method === 'GET' || method === 'HEAD' };
    compiled.set(method, policy);
  }
  return policy;
}

module.exports = { policyFor };
