export * from './presets';
export * from './emotion-curve';
export * from './channel-icons';
