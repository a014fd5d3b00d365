// The effect subscribes once the user's settings have loaded, unless the cleanup has run by
// then; the cleanup ends a subscription that was made.
import { useEffect, useState } from 'react';
import { quotes } from './quotes-store';

export function Watchlist({ userId }) {
  const [rows, setRows] = useState([]);

  useEffect(() => {
    let cancelled = false;
    let unsubscribe = null;
    fetch(`/api/users/${userId}/watchlist`)
      .then((res) => res.json())
      .then((symbols) => {
        if (cancelled) return;
        unsubscribe = quotes.subscribe((all) => setRows(symbols.map((s) => all[s])));
      });
    return () => {
      cancelled = true;
      if (unsubscribe) unsubscribe();
    };
  }, [userId]);

  return <ul>{rows.map((row) => <li key={row.symbol}>{row.symbol} {row.price}</li>)}</ul>;
}
