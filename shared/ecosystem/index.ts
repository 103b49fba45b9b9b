export * from './geometry';
export * from './ring-layout';
