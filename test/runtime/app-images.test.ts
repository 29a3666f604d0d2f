/**
 * Images from Maven and PyPI artifacts (tools/runtime/app-images.ts) run on the real node: a
 * jar from Maven Central on the Debian JRE base and a wheel from PyPI on the Debian Python base,
 * each a pod whose output is in `kubectl logs`. Also `waitForRuntimePods` (the level-5 hook of
 * `conformance --runtime`): it resolves for Ready pods on the node and names the reason of a pod
 * whose image the node does not have.
 */
import { waitForRuntimePods } from "../../conformance/runtime";
import { RUNTIME_POD_PLACEMENT, RuntimeCluster, startRuntimeCluster } from "../../tools/runtime";
import { buildMavenImage, buildPypiImage } from "../../tools/runtime/app-images";
import { H2_ARTIFACT, SIX_WHEEL } from "../../tools/runtime/test-images";
import { RESTRICTED } from "./restricted";

jest.setTimeout(600_000);

let cluster: RuntimeCluster;

function pod(ns: string, name: string, image: string, args: string[] | undefined, command?: string[], restartPolicy = "Never"): object {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: ns },
    spec: {
      ...RUNTIME_POD_PLACEMENT,
      restartPolicy,
      automountServiceAccountToken: false,
      terminationGracePeriodSeconds: 1,
      containers: [
        {
          name: "main",
          image,
          imagePullPolicy: "Never",
          ...(command ? { command } : {}),
          ...(args ? { args } : {}),
          securityContext: RESTRICTED,
          resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "1", memory: "384Mi" } },
          volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
        },
      ],
      volumes: [{ name: "tmp", emptyDir: {} }],
    },
  };
}

async function apply(...objects: object[]): Promise<void> {
  await cluster.kubectl(["apply", "-f", "-"], { input: JSON.stringify({ apiVersion: "v1", kind: "List", items: objects }) });
}

function namespace(name: string): object {
  return { apiVersion: "v1", kind: "Namespace", metadata: { name, labels: { "pod-security.kubernetes.io/enforce": "restricted" } } };
}

async function logsOf(ns: string, name: string): Promise<string> {
  await cluster.kubectl(["wait", "-n", ns, `pod/${name}`, "--for=jsonpath={.status.phase}=Succeeded", "--timeout=180s"], { check: false });
  const phase = (await cluster.kubectl(["get", "pod", "-n", ns, name, "-o", "jsonpath={.status.phase}"])).stdout;
  const logs = (await cluster.kubectl(["logs", "-n", ns, name], { check: false })).stdout;
  if (phase !== "Succeeded") throw new Error(`pod ${ns}/${name} is ${phase}; logs:\n${logs}`);
  return logs;
}

beforeAll(async () => {
  cluster = await startRuntimeCluster({ name: "app-images-test", zones: ["zone-a"], gpuNodes: 0, timeoutMs: 240000 });
});

afterAll(async () => {
  await cluster?.stop();
});

test("a jar from Maven Central on the Debian JRE base runs as a pod: H2's shell answers a query, java -version names Debian's OpenJDK 17", async () => {
  const image = await buildMavenImage({ name: "h2", tag: H2_ARTIFACT.version, artifacts: [H2_ARTIFACT], mainClass: "org.h2.tools.Shell" });
  await cluster.runtime.importImage(image);
  await apply(
    namespace("app-java"),
    pod("app-java", "h2", image.ref, ["org.h2.tools.Shell", "-url", "jdbc:h2:mem:t", "-sql", "SELECT 40+2 AS ANSWER"]),
    pod("app-java", "version", image.ref, ["-version"], ["/usr/lib/jvm/java-17-openjdk-amd64/bin/java"]),
  );
  expect(await logsOf("app-java", "h2")).toMatch(/ANSWER\n42\n\(1 row/);
  const version = await logsOf("app-java", "version"); // java -version writes to stderr, which is in the container log too
  expect(version).toMatch(/openjdk version "17\.0\.\d+/);
  expect(version).toMatch(/Debian/);
});

test("a wheel from PyPI on the Debian Python base runs as a pod: the package's version is printed", async () => {
  const image = await buildPypiImage({ name: "six", tag: SIX_WHEEL.version, wheels: [SIX_WHEEL] });
  await cluster.runtime.importImage(image);
  await apply(
    namespace("app-python"),
    pod("app-python", "six", image.ref, ["-c", "import six, sys; print(six.__name__, six.__version__, sys.version.split()[0])"]),
  );
  expect((await logsOf("app-python", "six")).trim()).toBe("six 1.16.0 3.11.2");
});

test("waitForRuntimePods resolves when the namespace's pods run Ready on the real node, and names the reason when a pod's image is missing", async () => {
  const kubectl = (args: string[], o?: { input?: string; check?: boolean }) => cluster.kubectl(args, o);
  const busybox = cluster.runtime.testImage.ref;
  await apply(namespace("wait-ok"), pod("wait-ok", "sleeper", busybox, undefined, ["sh", "-c", "exec sleep 3600"], "Always"));
  expect(await waitForRuntimePods(kubectl, "wait-ok", { timeoutMs: 120_000 })).toEqual(["sleeper"]);

  await apply(namespace("wait-bad"), pod("wait-bad", "missing", "stackwerk.local/not-built:1", undefined, ["sh"], "Always"));
  await expect(waitForRuntimePods(kubectl, "wait-bad", { timeoutMs: 20_000 })).rejects.toThrow(/missing: Pending \(ErrImageNeverPull\)/);
  await expect(waitForRuntimePods(kubectl, "no-such-namespace", { timeoutMs: 1_000 })).rejects.toThrow(/no pod in the namespace/);
});
