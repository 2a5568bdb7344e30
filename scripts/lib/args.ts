/** Tiny argv reader: `x --site a --site b --strict` → { _: ['x'], site: ['a','b'], strict: true }. */
export function readArgs(argv = process.argv.slice(2)): Map<string, string[] | true> {
  const args = new Map<string, string[] | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      const list = args.get('_');
      args.set('_', Array.isArray(list) ? [...list, arg] : [arg]);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const next = argv[i + 1];
    const value = inline ?? (next !== undefined && !next.startsWith('--') ? (i++, next) : undefined);
    if (value === undefined) args.set(name, true);
    else {
      const list = args.get(name);
      args.set(name, Array.isArray(list) ? [...list, ...value.split(',')] : value.split(','));
    }
  }
  return args;
}

export const flag = (args: Map<string, string[] | true>, name: string) => args.has(name);
export const values = (args: Map<string, string[] | true>, name: string): string[] => {
  const v = args.get(name);
  return Array.isArray(v) ? v : [];
};
export const value = (args: Map<string, string[] | true>, name: string): string | undefined => values(args, name)[0];
