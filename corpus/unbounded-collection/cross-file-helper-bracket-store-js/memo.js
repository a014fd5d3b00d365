// A helper that files a value under a key in whatever table it is given.
function remember(table, key, value) {
  table[key] = value;
  return value;
}

module.exports = { remember };
