export {
  buildSampleProject,
  buildSampleFileText,
  SAMPLE_APP_VERSION,
  SAMPLE_FILE_NAME,
  SAMPLE_SEED,
} from './sample-project';
export { SAMPLE_CREATED_AT, SAMPLE_SAVED_AT, SAMPLE_UPDATED_AT } from './sample-people';
export * from './random';
export * from './layout';
export * from './builders';
export * from './generate-map';
