// Every method patched for tracing, so tracing can be turned off without a restart.
const installed = [];

function patch(target, method, makeWrapper) {
  const original = target[method];
  const wrapped = makeWrapper(original);
  target[method] = wrapped;
  const entry = { target, method, original, wrapped };
  installed.push(entry);
  return entry;
}

function unpatch(entry) {
  if (entry.target[entry.method] === entry.wrapped) entry.target[entry.method] = entry.original;
  const at = installed.indexOf(entry);
  if (at !== -1) installed.splice(at, 1);
}

function unpatchEverything() {
  while (installed.length) unpatch(installed[installed.length - 1]);
}

module.exports = { patch, unpatch, unpatchEverything };
