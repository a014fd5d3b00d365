function link(parent, child) {
  const onAbort = () => child.abort();
  parent.addEventListener('abort', onAbort);
  return () => parent.removeEventListener('abort', onAbort);
}

module.exports = { link };
