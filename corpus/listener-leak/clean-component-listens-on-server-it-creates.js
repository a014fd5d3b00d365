// The component's start creates its own server and listens on it; the server is the
// instance's field, made in the same start, and goes with the component.
const http = require('http');

export default {
  name: 'status-page',
  data() {
    return { hits: 0 };
  },
  created() {
    this.server = http.createServer();
    this.server.on('request', (req, res) => {
      this.hits += 1;
      res.end(String(this.hits));
    });
    this.server.listen(0);
  },
};
