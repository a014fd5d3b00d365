// Every client ever constructed registers itself in a static list, and nothing takes one out;
// the class is exported both as the module and under its own name.
module.exports = Client;

function Client(url) {
  if (!(this instanceof Client)) return new Client(url);
  this.url = url;
  Client.clients.push(this);
}

Client.prototype.send = function (message) {
  return `${this.url} <- ${message}`;
};

Client.clients = []; // expect: unbounded-collection
Client.Client = Client;
