// The same registry, which a client leaves when it is closed.
module.exports = Client;

function Client(url) {
  if (!(this instanceof Client)) return new Client(url);
  this.url = url;
  Client.clients.push(this);
}

Client.prototype.send = function (message) {
  return `${this.url} <- ${message}`;
};

Client.prototype.close = function () {
  const index = Client.clients.indexOf(this);
  if (index !== -1) Client.clients.splice(index, 1);
};

Client.clients = [];
Client.Client = Client;
