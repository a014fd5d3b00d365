// Appends to whatever list it is given.
exports.append = function append(list, entry) {
  list.push(entry);
};
