// The package's entry point gathers its modules by spreading them into one object.
module.exports = {
  ...require('./visitors'),
};
