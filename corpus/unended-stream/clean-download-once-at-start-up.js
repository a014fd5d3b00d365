const https = require('node:https');
const fs = require('node:fs');

// Fetches the GeoIP database once, when the tool is run.
https.get(process.argv[2], (response) => {
  response.pipe(fs.createWriteStream('./GeoLite2-City.mmdb'));
});
