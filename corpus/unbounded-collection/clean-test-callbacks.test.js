// Test callbacks run once each: a module array collecting results in a test file is bounded.
const assert = require('assert');

const events = [];

describe('emitter', () => {
  beforeEach(() => {
    events.push('setup');
  });

  it('records', () => {
    events.push('ran');
    assert.ok(events.length > 0);
  });
});
