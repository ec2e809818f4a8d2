/**
 * The layer rules of the code (README, "What is where"), checked by dependency-cruiser inside the tests
 * (test/unit/architecture.test.ts): a violation fails the test run. Type-only imports count too.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'renderers-only-in-map',
      comment: 'Only src/map touches MapLibre or deck.gl (the style spec package is plain data and may be used anywhere).',
      severity: 'error',
      from: { pathNot: '^src/map/' },
      to: { path: '(^|/)node_modules/(maplibre-gl|@deck\\.gl)/' },
    },
    {
      name: 'pure-without-react',
      comment: 'src/lib, src/plan, src/layers and src/store are pure: no React.',
      severity: 'error',
      from: { path: '^src/(lib|plan|layers|store)/' },
      to: { path: '(^|/)node_modules/(react|react-dom)/' },
    },
    {
      name: 'pure-without-map',
      comment: 'src/lib, src/plan, src/layers and src/store never import the map adapter.',
      severity: 'error',
      from: { path: '^src/(lib|plan|layers|store)/' },
      to: { path: '^src/map/' },
    },
    {
      name: 'panels-without-map',
      comment: 'Panels are presentational: they never import src/map (the app composes map and panels).',
      severity: 'error',
      from: { path: '^src/panels/' },
      to: { path: '^src/map/' },
    },
    {
      name: 'geo-without-map',
      comment: 'The geo/ scripts (build, validation) never import the map adapter.',
      severity: 'error',
      from: { path: '^geo/' },
      to: { path: '^src/map/' },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Folders depend on each other in one direction only.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Keep package paths under node_modules/ even where node_modules is a link.
    preserveSymlinks: true,
    exclude: { path: '^(dist|public)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    combinedDependencies: false,
    metrics: true,
  },
};
