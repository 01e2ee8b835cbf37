export * from './types';
export { compileCorpus, COMPILER_VERSION, splitRoleAndName, outletOf } from './compile';
export { parseTranscript, readLabel } from './parse-transcript';
export { CorpusView } from './corpus-view';
