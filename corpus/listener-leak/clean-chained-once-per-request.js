// The same forwarding with a proxy made for the request, which goes with it.
const httpProxy = require('http-proxy');

exports.forward = (req, res, target) =>
  new Promise((resolve, reject) => {
    const proxy = httpProxy.createProxy();
    proxy
      .once('proxyRes', resolve)
      .once('error', reject)
      .web(req, res, { target, changeOrigin: true });
  });
