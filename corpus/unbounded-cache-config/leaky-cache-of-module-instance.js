// A token verifier keeps every verified token in an lru-cache field with no `max` or `ttl`;
// the module exports its one verifier, made as it loads.
const { LRUCache } = require('lru-cache');

class TokenVerifier {
  verified = new LRUCache({ allowStale: false }); // expect: unbounded-cache-config

  verify(token) {
    if (this.verified.has(token)) return this.verified.get(token);
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    this.verified.set(token, claims);
    return claims;
  }
}

module.exports = new TokenVerifier();
