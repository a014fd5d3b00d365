// The same breadcrumb keeps the unlisten function and calls it when it unmounts.
import React from 'react';
import { history } from './history';

export default class Breadcrumb extends React.Component {
  componentDidMount() {
    this.unlisten = history.listen((location) => this.setState({ path: location.pathname }));
  }

  componentWillUnmount() {
    this.unlisten();
  }

  render() {
    return <nav>{this.state && this.state.path}</nav>;
  }
}
