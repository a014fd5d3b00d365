// The process's one scoreboard, fed by the match feed.
import { Scoreboard } from './scoreboard';

export const live = new Scoreboard();
