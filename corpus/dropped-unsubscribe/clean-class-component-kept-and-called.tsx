// The same ticker calls the kept unsubscribe when it unmounts.
import React from 'react';
import { priceStore, Quote } from './price-store';

export default class PriceTicker extends React.Component<{ symbol: string }, { price?: number }> {
  state: { price?: number } = {};
  private unsubscribe?: () => void;

  componentDidMount() {
    this.unsubscribe = priceStore.subscribe((quote: Quote) => {
      if (quote.symbol === this.props.symbol) this.setState({ price: quote.price });
    });
  }

  componentWillUnmount() {
    this.unsubscribe?.();
  }

  render() {
    return <span>{this.state.price ?? '—'}</span>;
  }
}
