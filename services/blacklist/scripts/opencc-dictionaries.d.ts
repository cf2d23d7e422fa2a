// opencc-js publishes its dictionaries as plain modules (`./*` in its exports) without typings.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
