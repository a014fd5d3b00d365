// Who is online, shared by the routes that need it. Nothing in this module ever removes an
// entry: the module only declares the Map and hands it out.
const lastSeen = new Map();

module.exports = { lastSeen };
