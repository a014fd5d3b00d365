// The effect subscribes once the user's settings have loaded; an unmount before that finds no
// `unsubscribe` yet, and the subscription made afterwards is never ended.
import { useEffect, useState } from 'react';
import { quotes } from './quotes-store';

export function Watchlist({ userId }) {
  const [rows, setRows] = useState([]);

  useEffect(() => {
    let unsubscribe = null;
    fetch(`/api/users/${userId}/watchlist`)
      .then((res) => res.json())
      .then((symbols) => {
        unsubscribe = quotes.subscribe((all) => setRows(symbols.map((s) => all[s]))); // expect: dropped-unsubscribe
      });
    return () => {
      if (unsubscribe) unsubscribe();
    };
  }, [userId]);

  return <ul>{rows.map((row) => <li key={row.symbol}>{row.symbol} {row.price}</li>)}</ul>;
}
