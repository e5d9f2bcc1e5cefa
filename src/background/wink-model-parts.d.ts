// The CommonJS parts of wink's English model that src/background/wink-model.ts assembles (untyped).
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: (...args: never[]) => unknown;
  export default part;
}
