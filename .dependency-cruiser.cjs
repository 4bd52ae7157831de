/**
 * The import graph's rules (`pnpm lint`): no module may reach itself through its imports, so a
 * feature depends on the ground floor (request-scope.ts, common/) and never the other way round.
 * Entities are the one exception: an ORM relation names its other side, both ways.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles tie features together; move the shared part down to a module both can use.',
      from: {},
      to: { circular: true, viaOnly: { pathNot: '\\.entity\\.ts$' } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '/dist/', '\\.test\\.ts$'] },
    // Type-only imports are imports too: they tie modules together just the same.
    tsPreCompilationDeps: true,
  },
};
