/**
 * The version of the analysis stored claims were made with: the engine's own. When it differs from
 * the stored version, the background re-analyses every stored article from its text (in chunks,
 * resumable, the library usable meanwhile). Articles record the version that analysed them.
 */
export { ENGINE_VERSION as ANALYSIS_VERSION } from '../engine/version';
