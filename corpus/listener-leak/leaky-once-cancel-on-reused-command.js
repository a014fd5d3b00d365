// A connection runs commands its callers build; a prepared command is executed again and again.
// Each execution adds a 'cancel' listener that only a cancellation would consume, so a command
// run a thousand times carries a thousand listeners, each keeping that execution's message.
const { EventEmitter } = require('events');

class Connection extends EventEmitter {
  execute(command) {
    this.current = command;
    const message = this.startMessage(command.sql);
    command.once('cancel', () => { // expect: listener-leak
      message.ignore = true;
      message.end();
    });
    message.write(command.parameters);
  }

  startMessage(sql) {
    return { sql, ignore: false, write() {}, end() {} };
  }
}

module.exports = { Connection };
