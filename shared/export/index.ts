export * from './csv';
export * from './project-tables';
