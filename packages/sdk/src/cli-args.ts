import { readFile } from 'node:fs/promises';

/** Where the CLI writes. */
export interface CliIo {
  /** Writes a line of results (stdout). */
  out: (line: string) => void;
  /** Writes a line of errors and usage (stderr). */
  err: (line: string) => void;
}

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

/**
 * The text of the file a command was given, or `null` after writing why not (no file: the usage;
 * a file that cannot be read: its error code); the command then exits with 2.
 */
export async function readInput(
  file: string | undefined,
  io: Pick<CliIo, 'err'>,
  t: { usage: string; unreadable: (file: string, reason: string) => string },
): Promise<string | null> {
  if (!file) {
    io.err(t.usage);
    return null;
  }
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    io.err(t.unreadable(file, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
    return null;
  }
}
