// Method patches, recorded so they can be taken back.
const patched = [];

function patch(target, method, around) {
  const original = target[method];
  target[method] = around(original);
  patched.push({ target, method, original });
}

function restore(target, method) {
  const at = patched.findIndex((p) => p.target === target && p.method === method);
  if (at === -1) return;
  const [entry] = patched.splice(at, 1);
  entry.target[entry.method] = entry.original;
}

module.exports = { patch, restore };
