// Stream helpers of the download service.
function forward(source, target, onFailure) {
  source.on("error", (err) => {
    if (onFailure) onFailure(err);
    target.destroy(err);
  });
  return source.pipe(target);
}

module.exports = { forward };
