export * from './geometry';
export * from './ring-layout';
export * from './styles';
export * from './flow-layout';
export * from './relation-geometry';
export * from './map-scene';
export * from './map-scene-style';
export * from './types';
