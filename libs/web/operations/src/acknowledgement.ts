// The acknowledgement line of a task alone, for the dashboard's "My tasks": the dashboard comes with the signed-in
// shell, and importing the main entry point (`@taskforce/web-operations`) there would put the whole operation board
// into the shell's chunk instead of the board's own, loaded on first visit.
import './lib/operations.css';

export * from './lib/acknowledgement/acknowledgement-status';
