// The gauge polls while mounted. Its unmount stops polling only when the gauge is connected,
// so a gauge removed while it is still connecting, or after an error, keeps its interval and
// the component it closes over.
import React from 'react';

export class PressureGauge extends React.Component {
  state = { phase: 'connecting', reading: null };

  componentDidMount() {
    this.beginPolling();
  }

  componentWillUnmount() {
    if (this.state.phase === 'connected') {
      this.endPolling();
    }
  }

  beginPolling() {
    this.poller = setInterval(this.sample, this.props.everyMs); // expect: uncleared-interval
  }

  endPolling() {
    clearInterval(this.poller);
    this.poller = null;
  }

  sample = async () => {
    try {
      const reading = await this.props.sensor.read();
      this.setState({ phase: 'connected', reading });
    } catch (error) {
      this.setState({ phase: 'failed' });
    }
  };

  render() {
    return <meter value={this.state.reading ?? 0} />;
  }
}
