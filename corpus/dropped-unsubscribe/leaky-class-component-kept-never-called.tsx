// The ticker keeps the store's unsubscribe in a field but has no componentWillUnmount: the
// store keeps every ticker ever mounted.
import React from 'react';
import { priceStore, Quote } from './price-store';

export default class PriceTicker extends React.Component<{ symbol: string }, { price?: number }> {
  state: { price?: number } = {};
  private unsubscribe?: () => void;

  componentDidMount() {
    this.unsubscribe = priceStore.subscribe((quote: Quote) => { // expect: dropped-unsubscribe
      if (quote.symbol === this.props.symbol) this.setState({ price: quote.price });
    });
  }

  render() {
    return <span>{this.state.price ?? '—'}</span>;
  }
}
