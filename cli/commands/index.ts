/** Registry of sub-commands, in the order `stackwerk --help` lists them. */
import { CliCommand } from "../command";

export const COMMANDS: CliCommand[] = [];
