export * from './arrows';
export * from './scene';
export * from './svg';
export * from './text-fit';
