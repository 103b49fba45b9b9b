export * from './canvas-scene';
export * from './canvas-scene-style';
