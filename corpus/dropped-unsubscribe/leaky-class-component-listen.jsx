// A class component listens to the router's history when it mounts and never stops: each
// mount of the breadcrumb adds a listener that keeps the unmounted component alive.
import React from 'react';
import { history } from './history';

export default class Breadcrumb extends React.Component {
  componentDidMount() {
    history.listen((location) => this.setState({ path: location.pathname })); // expect: dropped-unsubscribe
  }

  render() {
    return <nav>{this.state && this.state.path}</nav>;
  }
}
