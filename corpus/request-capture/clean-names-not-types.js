// Parameters called `request` or `ctx` outside any handler are not requests: a module
// resolver's request is a path, a canvas context is a drawing surface.
const { EventEmitter } = require('events');

const resolver = new EventEmitter();
const resolved = new Map();
const frames = [];

resolver.on('resolve', (request) => {
  resolved.set(request, () => request.replace(/^\.\//, ''));
});
resolver.on('reset', () => resolved.clear());

function draw(ctx) {
  frames.push(() => ctx.fillRect(0, 0, 1, 1));
}

setInterval(() => frames.splice(0).forEach((frame) => frame()), 16).unref();

module.exports = { draw, resolver };
