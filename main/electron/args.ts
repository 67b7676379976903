// Command line of the Electron shell. Pure (no electron import) so it is testable under Node.

/** `--data DIR`, `--data=DIR`, else $WATCHFLOOR_DATA, else null (the caller uses userData). */
export function resolveDataDirArg(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data' && argv[i + 1] && !argv[i + 1].startsWith('--')) return argv[i + 1];
    if (arg.startsWith('--data=') && arg.length > '--data='.length) return arg.slice('--data='.length);
  }
  const fromEnv = env.WATCHFLOOR_DATA?.trim();
  return fromEnv ? fromEnv : null;
}

/** `--basemap FILE` (.mbtiles/.pmtiles) or `--basemap-url TEMPLATE` (also `=` forms, or $WATCHFLOOR_BASEMAP[_URL]). */
export function resolveBasemapArgs(argv: readonly string[], env: NodeJS.ProcessEnv): { file: string } | { url: string } | undefined {
  const value = (name: string): string | undefined => {
    for (let i = 0; i < argv.length; i++) {
      if (argv[i] === name && argv[i + 1] && !argv[i + 1].startsWith('--')) return argv[i + 1];
      if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1) || undefined;
    }
    return undefined;
  };
  const file = value('--basemap') ?? env.WATCHFLOOR_BASEMAP?.trim();
  if (file) return { file };
  const url = value('--basemap-url') ?? env.WATCHFLOOR_BASEMAP_URL?.trim();
  return url ? { url } : undefined;
}
