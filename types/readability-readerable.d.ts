// The readerable check ships as its own file; importing it alone keeps the auto-show script small.
declare module '@mozilla/readability/Readability-readerable.js' {
  export { isProbablyReaderable } from '@mozilla/readability';
}
