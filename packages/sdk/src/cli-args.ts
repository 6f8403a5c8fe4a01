/** The arguments of a `tiendo` command: flags with a value, boolean flags, and what is left. */
export interface CliArgs {
  /** Takes `--name VALUE` out of the arguments and returns VALUE (`undefined` when absent). */
  flag: (name: string) => string | undefined;
  /** Takes `--name` out of the arguments and says whether it was there. */
  bool: (name: string) => boolean;
  /** What is left once the flags are taken. */
  rest: string[];
}

/** Arguments of a command, flags taken out as they are asked for. */
export function cliArgs(argv: readonly string[]): CliArgs {
  const rest = [...argv];
  return {
    rest,
    flag: (name) => {
      const i = rest.indexOf(name);
      if (i === -1) return undefined;
      const v = rest[i + 1];
      rest.splice(i, 2);
      return v;
    },
    bool: (name) => {
      const i = rest.indexOf(name);
      if (i !== -1) rest.splice(i, 1);
      return i !== -1;
    },
  };
}
