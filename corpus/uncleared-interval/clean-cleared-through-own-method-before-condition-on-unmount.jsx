// The gauge polls while mounted. Its unmount stops polling whatever phase the gauge is in;
// the condition only decides whether to tell the sensor goodbye.
import React from 'react';

export class PressureGauge extends React.Component {
  state = { phase: 'connecting', reading: null };

  componentDidMount() {
    this.beginPolling();
  }

  componentWillUnmount() {
    this.endPolling();
    if (this.state.phase === 'connected') {
      this.props.sensor.release();
    }
  }

  beginPolling() {
    this.poller = setInterval(this.sample, this.props.everyMs);
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
