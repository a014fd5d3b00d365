// Every chart on the page, so that a theme switch can redraw them all.
export class SparkChart extends HTMLElement {
  static readonly mounted = new Set<SparkChart>();

  connectedCallback(): void {
    SparkChart.mounted.add(this);
    this.draw();
  }

  disconnectedCallback(): void {
    SparkChart.mounted.delete(this);
  }

  draw(): void {
    this.textContent = (this.dataset.values ?? '').split(',').map(Number).map((v) => '▁▂▃▄▅▆▇█'[Math.min(7, v)]).join('');
  }

  static redrawAll(): void {
    SparkChart.mounted.forEach((chart) => chart.draw());
  }
}

customElements.define('spark-chart', SparkChart);
