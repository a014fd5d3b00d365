// Exchange rates per currency, refreshed every minute over a constant list of currencies.
const CURRENCIES = ['EUR', 'USD', 'JPY'] as const;
const rates = new Map<string, number>();

async function fetchRate(code: string): Promise<number> {
  const response = await fetch(`https://rates.example.com/${code}`);
  return Number(await response.text());
}

setInterval(async () => {
  for (const code of CURRENCIES) {
    rates.set(code, await fetchRate(code));
  }
}, 60_000).unref();

export function rate(code: string): number | undefined {
  return rates.get(code);
}
