'use strict';
// Fetches a rendition from the image service and hands back its status and body.
const { request } = require('undici');

async function fetchRendition(id, size) {
  const { statusCode, body } = await request(`http://images.internal/renditions/${id}?w=${size}`);
  return { statusCode, body };
}

module.exports = { fetchRendition };
