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
