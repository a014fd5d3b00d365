export { createBoardroom, boardroom } from './boardroom.js';
