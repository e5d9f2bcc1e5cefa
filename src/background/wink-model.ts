/**
 * The extension's build of wink's English model (`wink-eng-lite-web-model`), put in its place by
 * an alias in wxt.config.ts. The engine asks wink for part-of-speech tags only
 * (`winkNLP(model, ['pos'])`, src/engine/text/pos.ts), but wink loads every part of the model it
 * is given, and the package's core reader deep-copies its 3 MB of JSON before using it. On a
 * worker woken by a page, both are in the way of the first answer:
 * - the core model (3 MB of JSON) is not in the bundle: it is a file of the extension
 *   (`wink-core.json`, copied by wxt.config.ts), fetched as text when the worker starts, while
 *   the rest starts up (`provideCoreModel`), and parsed once when the tagger loads, without the
 *   copy (the package parsed it into objects when the bundle was evaluated, then cloned it with
 *   JSON.parse(JSON.stringify(…)) on load; a 3 MB string literal alone costs tens of ms to
 *   evaluate);
 * - the named-entity (170 KB) and sentiment (400 KB) machines, which the 'pos' pipe never runs,
 *   are left out, and so is the negation machine: a pipe that asks for them throws, so the
 *   engine must keep to 'pos' (tests/unit/wink-model.test.ts checks that the tags are the
 *   package's, text for text).
 * The Node command line and the tests use the package as it is.
 */
import loadSbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadCerMeta from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';

/** The core model's JSON text, once provided. */
let coreJson: string | undefined;

/** Hand over the core model's JSON text (wink-core.json); the tagger cannot load before. */
export function provideCoreModel(json: string): void {
  coreJson = json;
}

/** A machine that recognises nothing (wink's own empty-model format). */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

function notInThisBuild(): never {
  throw new Error('wink model: only part-of-speech tagging is in the extension\'s model (src/background/wink-model.ts)');
}

function bytesOf(base64: string): ArrayBuffer {
  const decoded = atob(base64);
  const bytes = new Uint8Array(decoded.length);
  for (let k = 0; k < decoded.length; k += 1) bytes[k] = decoded.charCodeAt(k);
  return bytes.buffer;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- wink's model is untyped JSON */
/**
 * The package's read-core-model.js and load-core-model.js, step for step, minus the deep copy:
 * each call parses the JSON text afresh, so every caller still gets a model of its own.
 */
function core(): any {
  if (coreJson === undefined) throw new Error('wink model: the core model is not loaded yet (provideCoreModel)');
  const model = JSON.parse(coreJson);
  const { packing, features, pos } = model;
  model.lexicon = new Uint32Array(bytesOf(model.lexicon));
  model.xpansions = new Uint32Array(bytesOf(model.xpansions));
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    const hash = Object.create(null);
    const list = features[f].list;
    for (let k = 0; k < list.length; k += 1) hash[list[k]] = k;
    features[f].hash = hash;
  }
  const lexemes = features.lexeme.list;
  const lexemeHash = Object.create(null);
  for (let k = 0; k < lexemes.length; k += 1) lexemeHash[lexemes[k]] = k;
  features.lexeme.hash = lexemeHash;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set(clusters[k].split('_').map((e: string) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = lexemes.length;
  features.lexeme.index = lexemes.length;
  return model;
}

const model: any = Object.create(null);
model.core = core;
model.sbd = loadSbd;
model.pos = loadPos;
model.ner = () => ({ machines: [EMPTY_MACHINE], transformers: [notInThisBuild] });
model.negation = () => ({ machines: [EMPTY_MACHINE], setter: notInThisBuild });
model.sa = () => ({ machines: [EMPTY_MACHINE], setter: notInThisBuild });
model.metaCER = loadCerMeta;
model.featureFn = featureFn;
model.addons = Object.create(null);
model.addons.stem = stem;
model.addons.lemmatize = lemmatize;
model.addons.readabilityStats = readabilityStats;
model.addons.wordVectors = undefined;
/* eslint-enable @typescript-eslint/no-explicit-any */

export default model;
