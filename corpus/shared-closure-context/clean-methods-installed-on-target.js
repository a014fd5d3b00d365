// An extender gives a target several methods at once: they live exactly as long as the
// target, and so do the variables they share.
function trackChanges(target, options) {
  let pending = null;
  const original = target.notify;
  target.beforeChange = function () {
    pending = target.peek();
  };
  target.afterChange = function (value) {
    if (pending !== null) original.call(target, { before: pending, after: value, options });
    pending = null;
  };
  return target;
}

module.exports = { trackChanges };
