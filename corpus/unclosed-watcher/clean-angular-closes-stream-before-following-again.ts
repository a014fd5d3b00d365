// The same log view closes the open stream before it follows the new build.
import { Component, Input, OnChanges, OnDestroy } from '@angular/core';

@Component({ selector: 'app-build-log', template: '<pre>{{ lines.join("\\n") }}</pre>' })
export class BuildLogComponent implements OnChanges, OnDestroy {
  @Input() buildId = '';
  lines: string[] = [];
  private source?: EventSource;

  ngOnChanges(): void {
    this.follow();
  }

  ngOnDestroy(): void {
    this.source?.close();
  }

  private follow(): void {
    this.source?.close();
    this.source = new EventSource(`/builds/${this.buildId}/log`);
    this.source.onmessage = (event) => this.lines.push(event.data);
  }
}
