/**
 * The version of the analysis stored claims were made with. The engine does not (yet) export a
 * version of its own, so the store keeps this one: raise it when the engine's features or index
 * terms change, and the background re-analyses every stored article from its text (in chunks,
 * resumable, the library usable meanwhile). Articles record the version that analysed them.
 */
export const ANALYSIS_VERSION = 1;
