// The thread view follows a thread through a method; on a new thread the update calls it again,
// and it stores the new teardown over the old one, which the store keeps calling.
import React from 'react';
import { threads } from './thread-store';

export class ThreadView extends React.Component {
  state = { posts: [] };

  componentDidMount() {
    this.follow(this.props.threadId);
  }

  componentDidUpdate(prevProps) {
    if (prevProps.threadId !== this.props.threadId) this.follow(this.props.threadId);
  }

  componentWillUnmount() {
    this.stopFollowing?.();
  }

  follow(threadId) {
    this.stopFollowing = threads.subscribe(threadId, (posts) => this.setState({ posts })); // expect: dropped-unsubscribe
  }

  render() {
    return <ol>{this.state.posts.map((p) => <li key={p.id}>{p.body}</li>)}</ol>;
  }
}
