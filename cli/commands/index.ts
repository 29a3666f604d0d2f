/** Registry of sub-commands, in the order `stackwerk --help` lists them. */
import { CliCommand } from "../command";
import { command as cluster } from "./cluster";
import { command as conformance } from "./conformance";
import { deployCommand, destroyCommand, outputCommand, planCommand } from "./deploy";
import { command as list } from "./list";
import { command as newCommand } from "./new";
import { command as pulumi } from "./pulumi";
import { command as synth } from "./synth";
import { command as gitops } from "./synth-gitops";
import { command as promote } from "./promote";
import { command as toolchain } from "./toolchain";

export const COMMANDS: CliCommand[] = [
  conformance,
  synth,
  planCommand,
  deployCommand,
  destroyCommand,
  outputCommand,
  pulumi,
  list,
  newCommand,
  toolchain,
  cluster,
  gitops,
  promote,
];
