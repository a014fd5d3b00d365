// The same exports, giving the browser back in a `finally` whatever the kind.
const genericPool = require('generic-pool');
const puppeteer = require('puppeteer');

const browsers = genericPool.createPool(
  { create: () => puppeteer.launch(), destroy: (browser) => browser.close() },
  { max: 4 },
);

async function onPage(browser, html, work) {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return await work(page);
  } finally {
    await page.close();
  }
}

async function exportSheet(kind, html) {
  const browser = await browsers.acquire();
  try {
    switch (kind) {
      case 'pdf':
        return await onPage(browser, html, (page) => page.pdf());
      case 'preview':
        return await onPage(browser, html, (page) => page.screenshot({ type: 'jpeg' }));
      default:
        throw new Error(`unknown export kind ${kind}`);
    }
  } finally {
    await browsers.release(browser);
  }
}

module.exports = { exportSheet };
