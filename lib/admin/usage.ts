// What every administration command shares: its shape, and the error that
// is a message for the operator rather than a crash (printed without a stack).
export class UsageError extends Error {}

export interface Command {
  /** The arguments after the command's name, for the help text. */
  usage: string
  run(args: string[]): Promise<void>
}

export type Commands = Record<string, Command>
