// The code under test, bundled by bench/run.ts with the same esbuild options as the shipped server
// (scripts/build.mjs), so the figures measure the code users run. Under tsx each module is
// transformed with `keepNames`, which wraps every local function in a `__name` call: a cost the
// shipped bundle does not have.
export { Analyzer, type Analysis } from '../server/src/features/analysis';
export { parse } from '../server/src/language/parser';
export { complete } from '../server/src/features/completion';
export { hover } from '../server/src/features/hover';
export { VAGUE_WORDS } from '../server/src/language/vagueLexicon';
export { RULES } from '../server/src/rules';
