/**
 * The searchEngine capability: an OpenSearch cluster with one login for an application (k-NN
 * vector search for retrieval, full-text search). Managed where the cloud offers it (STACKIT
 * OpenSearch); a target without one declares it `unsupported` in `capabilities()` and fails at
 * synth naming what it offers instead.
 */
import type { SecretKeyRef } from "../secret-ref";
import type { CapabilityRequest, IConnectable } from "./connectable";

/** What a pattern asks for. */
export interface SearchEngineRequest extends CapabilityRequest {
  /** What the engine is for, for names and descriptions (e.g. `vector store of the RAG app`). */
  readonly purpose: string;
}

/** An OpenSearch cluster as a workload sees it. */
export interface ISearchEngine extends IConnectable {
  /** The engine: `opensearch`. */
  readonly engine: "opensearch";
  /** Host name of the HTTPS endpoint (a platform input). */
  readonly host: string;
  /** Port of the HTTPS endpoint (a platform input). */
  readonly port: string;
  /** Login of the application (a platform input). */
  readonly username: string;
  /** Secret (in the pattern's namespace) holding the password. */
  readonly password: SecretKeyRef;
  /** Secret holding the full URI, credentials included. */
  readonly uri: SecretKeyRef;
}
