// Vite sets the build mode ("production", "development", "test") and replaces it at build time.
interface ImportMetaEnv {
  readonly MODE: string;
}
