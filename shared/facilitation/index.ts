export * from './schedule';
export * from './timer';
export * from './methods';
export * from './edits';
export * from './new-items';
export * from './timer-schema';
