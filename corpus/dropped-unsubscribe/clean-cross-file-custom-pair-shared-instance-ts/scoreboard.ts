// A scoreboard that fans out score changes to the callbacks it holds.
export type Score = { match: string; home: number; away: number };
type ScoreListener = (score: Score) => void;

export class Scoreboard {
  private listeners: ScoreListener[] = [];

  onScore(listener: ScoreListener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  update(score: Score): void {
    for (const listener of this.listeners) listener(score);
  }
}
