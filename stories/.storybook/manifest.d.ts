/** dist/custom-elements.json, served to the preview by the plugin in main.ts. */
declare module 'virtual:ontrack-manifest' {
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}
