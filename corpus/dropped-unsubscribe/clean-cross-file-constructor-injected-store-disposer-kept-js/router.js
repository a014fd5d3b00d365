// A tiny client-side router: one emitter for the life of the page.
const { EventEmitter } = require('events');

module.exports = new EventEmitter();
