export * from './presets';
export * from './emotion-curve';
