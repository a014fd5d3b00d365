// The same audit, keeping the last hundred entries only; and counts by method, which takes a
// handful of values however many requests come.
const recent = [];
const byMethod = new Map();

function audit(req, res) {
  recent.push({ url: req.url, at: Date.now() });
  if (recent.length > 100) recent.shift();
  byMethod.set(req.method, (byMethod.get(req.method) || 0) + 1);
  res.setHeader('x-audited', '1');
}

module.exports = { audit };
