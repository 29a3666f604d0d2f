/** Registry of sub-commands, in the order `stackwerk --help` lists them. */
import { CliCommand } from "../command";
import { command as cluster } from "./cluster";
import { command as toolchain } from "./toolchain";

export const COMMANDS: CliCommand[] = [toolchain, cluster];
