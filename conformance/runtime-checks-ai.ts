/**
 * Level 5 protocol checks of the AI pattern under `conformance --runtime` (issue 27, ADR 0430),
 * with real traffic on the real node:
 *
 * 1. a chat completion from the CPU model server (llama.cpp with the tiny model), sent twice from
 *    a client pod that carries the gateway's labels (so the model's NetworkPolicy admits it, as it
 *    admits Envoy) with the model's API key from its Secret: both answers must be non-empty and
 *    identical (greedy decoding, temperature 0);
 * 2. the same endpoint refuses a request without a token and one with a wrong token (HTTP 401).
 *    Envoy does not run here (runtime-not-run-ai.ts), so this is the model server's `--api-key`
 *    check, and the check says so: the gateway's client-key check is not verified;
 * 3. the app's pod (not the gateway) cannot reach the model server (NetworkPolicy), though DNS
 *    answers.
 */
import { CLIENT_FUNCTIONS, execInApp, oneLine, runClientPod } from "./runtime-checks";
import type { Kubectl } from "./runtime";
import type { CheckResult } from "./types";

type Env = { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } };
type DeploymentJson = {
  spec?: { template?: { metadata?: { labels?: Record<string, string> }; spec?: { containers?: Array<{ args?: string[]; env?: Env[] }> } } };
};

/** What the checks need from the live model and gateway Deployments. */
interface ModelFacts {
  readonly alias: string;
  readonly keyRef?: { name: string; key: string };
  readonly gatewayLabels: Record<string, string>;
}

async function deployment(kubectl: Kubectl, namespace: string, name: string): Promise<DeploymentJson> {
  const r = await kubectl(["get", "deployment", "-n", namespace, name, "-o", "json"], { check: false });
  return r.code === 0 ? (JSON.parse(r.stdout) as DeploymentJson) : {};
}

async function modelFacts(kubectl: Kubectl, namespace: string): Promise<ModelFacts> {
  const model = (await deployment(kubectl, namespace, "model")).spec?.template?.spec?.containers?.[0];
  const args = model?.args ?? [];
  const alias = args[args.indexOf("--alias") + 1] ?? "model";
  const keyRef = model?.env?.find((e) => e.name === "LLAMA_API_KEY")?.valueFrom?.secretKeyRef;
  const gatewayLabels = (await deployment(kubectl, namespace, "gateway")).spec?.template?.metadata?.labels ?? {};
  return { alias, ...(keyRef ? { keyRef } : {}), gatewayLabels };
}

/**
 * `req <ip> <token or empty> <body>`: an HTTP/1.0 POST of a chat completion with busybox nc. The
 * request is written by nc's `-e` program, which then copies the answer out (to stderr, merged into
 * the output), so the connection's sending side stays open until the server closes it. Piped into
 * nc, the request's end half-closed the connection, and llama-server, which cancels a generation
 * when its client hangs up, sometimes answered nothing (CI 2026-12-06).
 *
 * A connection that brings back no HTTP status line at all is tried again, up to 3 times, 3 s
 * apart, and each such attempt is printed as `# attempt N: no HTTP answer: <what nc printed>` for
 * the evidence. CI 2026-12-07 still saw the client pod's first request come back empty ("HTTP 0")
 * while the second, a moment later, was answered: a fresh pod's first connection, not an answer of
 * the model server. Any HTTP answer, an error status included, is taken as it is.
 */
const REQUEST = `req() { for a in 1 2 3; do out="$(REQ_B="$3" REQ_T="$2" timeout 150 nc "$1" 80 -e sh -c 'b="$REQ_B"; printf "POST /v1/chat/completions HTTP/1.0\\r\\nHost: model\\r\\nContent-Type: application/json\\r\\nContent-Length: %s\\r\\n" "\${#b}"; [ -n "$REQ_T" ] && printf "Authorization: Bearer %s\\r\\n" "$REQ_T"; printf "\\r\\n%s" "$b"; cat >&2' 2>&1)"; case "$out" in HTTP/*) break;; esac; echo "# attempt $a: no HTTP answer: $(printf '%s' "\${out:-nothing}" | tr '\\r\\n' '  ' | head -c 300)"; [ "$a" = 3 ] || sleep 3; done; printf '%s\\n' "$out"; }`;

/** One HTTP answer from the client's output: status code and body. */
interface Answer {
  readonly status: number;
  readonly body: string;
  /** What came back on each attempt before this one, when it was no HTTP answer (see REQUEST). */
  readonly retries?: readonly string[];
}

/** Splits the client's output at `=== <name>` markers into HTTP answers. */
export function parseAnswers(output: string): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const part of output.split(/^=== /m).slice(1)) {
    const name = part.slice(0, part.indexOf("\n")).trim();
    const text = part.slice(part.indexOf("\n") + 1);
    const status = Number(/^HTTP\/1\.[01] (\d{3})/m.exec(text)?.[1] ?? 0);
    // Headers end at the first empty line (CRLF on the wire; `kubectl logs` may hand back bare LF).
    const retries = [...text.matchAll(/^# attempt \d+: no HTTP answer: (.*)$/gm)].map((m) => m[1].trim());
    const answer = retries.length ? text.slice(text.lastIndexOf("# attempt ")).replace(/^.*\n/, "") : text;
    const sep = /\r?\n\r?\n/.exec(answer);
    out[name] = { status, body: sep ? answer.slice(sep.index + sep[0].length).trim() : "", ...(retries.length ? { retries } : {}) };
  }
  return out;
}

/** The requests that needed another connection, with what came back first (empty when none did). */
export function retriesNote(answers: Record<string, Answer>): string {
  const retried = Object.entries(answers).filter(([, a]) => a.retries?.length);
  return retried.length
    ? `; tried again after no HTTP answer: ${retried.map(([name, a]) => `${name} (${a.retries!.map((r) => `"${oneLine(r, 200)}"`).join(", ")})`).join(", ")}`
    : "";
}

/** The assistant's content of an OpenAI chat completion body, or undefined. */
export function completionContent(body: string): string | undefined {
  try {
    const json = JSON.parse(body) as { choices?: Array<{ message?: { content?: unknown } }> };
    const content = json.choices?.[0]?.message?.content;
    return typeof content === "string" ? content : undefined;
  } catch {
    return undefined;
  }
}

/** The AI pattern's runtime checks in its namespace (see the file header). */
export async function aiRuntimeChecks(kubectl: Kubectl, namespace: string): Promise<CheckResult[]> {
  const checks: CheckResult[] = [];
  const svc = `model.${namespace}.svc.cluster.local`;
  const facts = await modelFacts(kubectl, namespace);
  const body = JSON.stringify({ model: facts.alias, messages: [{ role: "user", content: "Hello" }], max_tokens: 12, temperature: 0, seed: 27 });
  const client = await runClientPod(
    kubectl,
    namespace,
    "model-client",
    `${CLIENT_FUNCTIONS}\n${REQUEST}\nip="$(resolve ${svc})"; echo "model -> $ip"
for n in first second; do echo "=== $n"; req "$ip" "$MODEL_API_KEY" '${body}'; echo; done
echo "=== no-token"; req "$ip" "" '${body}'; echo
echo "=== wrong-token"; req "$ip" "wrong-$MODEL_API_KEY" '${body}'; echo`,
    240_000,
    {
      labels: facts.gatewayLabels,
      env: facts.keyRef ? [{ name: "MODEL_API_KEY", valueFrom: { secretKeyRef: facts.keyRef } }] : [],
    },
  );
  const answers = parseAnswers(client.output);
  const [first, second] = [answers.first, answers.second].map((a) => (a?.status === 200 ? completionContent(a.body) : undefined));
  const where = `from ${client.pod} (labels of the gateway's pods: ${Object.entries(facts.gatewayLabels)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ")})`;
  checks.push({
    name: "runtime: completion from the CPU model server",
    ok: client.phase === "Succeeded" && first !== undefined && first.length > 0 && first === second,
    message:
      `POST http://${svc}/v1/chat/completions (model ${facts.alias}, temperature 0, with the model's API key from Secret ${facts.keyRef?.name ?? "(none found)"}) twice ${where} → ` +
      `HTTP ${answers.first?.status ?? "-"} / ${answers.second?.status ?? "-"}; answers ${JSON.stringify(first)} / ${JSON.stringify(second)}` +
      retriesNote(answers) +
      (first !== undefined && first === second
        ? " (identical: deterministic)"
        : `; client ${client.phase}; bodies: first "${oneLine(answers.first?.body ?? client.output, 500)}" / second "${oneLine(answers.second?.body ?? "", 500)}"`),
  });
  const refused = (a: Answer | undefined) => a?.status === 401;
  checks.push({
    name: "runtime: model server refuses a request without a valid token",
    ok: refused(answers["no-token"]) && refused(answers["wrong-token"]),
    message:
      `without Authorization → HTTP ${answers["no-token"]?.status ?? "-"} ${oneLine(answers["no-token"]?.body ?? "", 120)}; ` +
      `with a wrong bearer token → HTTP ${answers["wrong-token"]?.status ?? "-"} ${oneLine(answers["wrong-token"]?.body ?? "", 120)} (${where}). ` +
      "Enforced by llama-server's --api-key (LLAMA_API_KEY from the model's Secret); the gateway (Envoy) is not run, so its client-key check is NOT verified here",
  });
  // The app may call the gateway only: the model server's NetworkPolicy must drop it.
  const app = await execInApp(
    kubectl,
    namespace,
    "app",
    `${CLIENT_FUNCTIONS}\nip="$(resolve ${svc})"; [ -n "$ip" ] && echo "dns ok ($ip)" || echo "dns FAILED"
out="$(get "$ip" 80 2>&1)"; case "$out" in HTTP/*) echo "model:80 answered: $(echo "$out" | sed -n 1p)";; *) echo "model:80 no answer (\${out:-nothing within 10 s})";; esac`,
  );
  checks.push({
    name: "runtime: app → model server refused",
    ok: /dns ok/.test(app.output) && /model:80 no answer/.test(app.output),
    message: `from ${app.pod} (the app; only the gateway is admitted to the model): "${oneLine(app.output)}"`,
  });
  return checks;
}
