// Method patching that records each patch so it can be undone.
function wrap(target, name, wrapper, records) {
  const original = target[name];
  target[name] = wrapper(original);
  records.push({ target, name, original });
}

function restoreAll(records) {
  while (records.length) {
    const { target, name, original } = records.pop();
    target[name] = original;
  }
}

module.exports = { wrap, restoreAll };
