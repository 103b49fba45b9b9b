export * from './geometry';
export * from './ring-layout';
export * from './styles';
