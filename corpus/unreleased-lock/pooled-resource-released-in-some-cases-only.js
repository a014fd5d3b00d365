// Headless browsers lent by a generic-pool. Two kinds of export give the browser back; the
// 'preview' case returns without it, so every preview keeps one browser checked out, and the
// pool runs dry after as many previews as it has browsers.
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
  const browser = await browsers.acquire(); // expect: unreleased-lock
  switch (kind) {
    case 'pdf': {
      const file = await onPage(browser, html, (page) => page.pdf());
      await browsers.release(browser);
      return file;
    }
    case 'preview': {
      return onPage(browser, html, (page) => page.screenshot({ type: 'jpeg' }));
    }
    default:
      await browsers.release(browser);
      throw new Error(`unknown export kind ${kind}`);
  }
}

module.exports = { exportSheet };
