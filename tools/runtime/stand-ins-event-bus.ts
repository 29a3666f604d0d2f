/**
 * Stand-ins for the images the event-bus pattern runs on-prem (issue 27, ADR 0420), built here
 * from pinned Debian 12 packages with the registry-free image builder:
 *
 * - RabbitMQ: Debian's rabbitmq-server 3.10.8 on Debian's Erlang 25 in place of the catalogue's
 *   `rabbitmq:4-management-alpine` (a 4.x release; Debian 12 has no 4.x, so `sameVersion: false`).
 *   The image keeps the official image's contract the pattern relies on: user 100, `sh`, `od`,
 *   `tr`, `base64`, `sed` and `openssl` for the definitions init container, `rabbitmq-server` as
 *   the command, `rabbitmq-diagnostics` for the liveness probe, the node's logs on the console.
 * - The example client app (`hello-events`, a placeholder reference of the reference instance):
 *   Debian's amqp-tools (librabbitmq 0.11, AMQP 0-9-1 over TLS with client certificates) and
 *   busybox, idling until the runtime checks exec `amqp-publish` / `amqp-get` in its pod with the
 *   pod's own environment (AMQP_URL, the password and the client certificate from its Secrets), and
 *   Debian's `openssl` for the TCP/TLS probe that tells a dropped or rejected connect from a reached
 *   broker.
 */
import { catalogueRef, IMAGE_CATALOGUE } from "../../core/images/catalogue";
import { LIBC } from "./app-images";
import type { DebianPackage, LayerSpec } from "./images";
import { runUntilStopped, type StandInSpec } from "./stand-ins";
import { KCAT_DEBS, kafkaStandIn } from "./stand-ins-kafka";
import { BUSYBOX_DEB, LOCAL_REGISTRY } from "./test-images";

const deb = (name: string, version: string): DebianPackage => ({ name, version });

/** Debian 12's RabbitMQ release (the host build the event-bus import test uses is the same package). */
export const RABBITMQ_STAND_IN_VERSION = "3.10.8";
const RABBITMQ_DEB_VERSION = "3.10.8-1.1+deb12u1";
const ERLANG_VERSION = "1:25.2.3+dfsg-1+deb12u4";

/** Erlang/OTP 25 applications RabbitMQ 3.10 loads (rabbitmq-server's Depends, closed over erlang-*). */
const ERLANG_DEBS: readonly DebianPackage[] = [
  "erlang-base",
  "erlang-asn1",
  "erlang-crypto",
  "erlang-eldap",
  "erlang-ftp",
  "erlang-inets",
  "erlang-mnesia",
  "erlang-os-mon",
  "erlang-parsetools",
  "erlang-public-key",
  "erlang-runtime-tools",
  "erlang-snmp",
  "erlang-ssl",
  "erlang-syntax-tools",
  "erlang-tftp",
  "erlang-tools",
  "erlang-xmerl",
].map((name) => deb(name, ERLANG_VERSION));

/** OpenSSL (erlang-crypto's libcrypto and the `openssl` command of the definitions init script). */
const OPENSSL_DEBS: readonly DebianPackage[] = [deb("libssl3", "3.0.22-1~deb12u2"), deb("openssl", "3.0.22-1~deb12u2")];

/** The shared libraries erlang-base's `beam.smp` loads (its Depends, closed over libsystemd0's). */
const ERLANG_LIBS: readonly DebianPackage[] = [
  ...LIBC,
  deb("libstdc++6", "12.2.0-14+deb12u1"),
  deb("libtinfo6", "6.4-4"),
  deb("libsystemd0", "252.39-1~deb12u2"),
  deb("libcap2", "1:2.66-4+deb12u3+b1"),
  deb("libgcrypt20", "1.10.1-3+deb12u1"),
  deb("libgpg-error0", "1.46-1"),
  deb("liblz4-1", "1.9.4-1"),
  deb("liblzma5", "5.4.1-1+deb12u2"),
  deb("libzstd1", "1.5.4+dfsg2-5+deb12u1"),
];

/** busybox applets the RabbitMQ and Erlang start scripts and the pattern's init script call. */
const BROKER_APPLETS = [
  "sh",
  "base64",
  "basename",
  "cat",
  "chmod",
  "cp",
  "cut",
  "dirname",
  "env",
  "expr",
  "grep",
  "head",
  "hostname",
  "id",
  "ls",
  "mkdir",
  "od",
  "printf",
  "readlink",
  "rm",
  "sed",
  "sleep",
  "tail",
  "tr",
  "uname",
];

function applets(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((a) => [`/bin/${a}`, "busybox"]));
}

/** Folder of RabbitMQ's own scripts inside the Debian package. */
export const RABBITMQ_SBIN = `/usr/lib/rabbitmq/lib/rabbitmq_server-${RABBITMQ_STAND_IN_VERSION}/sbin`;

/** rabbitmq.conf settings RabbitMQ 4.x knows and 3.10 refuses to boot with ("there is no setting with that name"). */
export const RABBITMQ_4_ONLY_SETTINGS = ["default_queue_type"] as const;

/**
 * Entrypoint of the RabbitMQ stand-in: 3.10 refuses a config with a 4.x-only key, so it copies the
 * mounted config to /tmp without those lines (printing each dropped line) and starts
 * rabbitmq-server with the copy, its log folder (3.10's upgrade log file) under /tmp as the root
 * filesystem is read-only. Any other command is executed as given.
 */
export const RABBITMQ_ENTRYPOINT = `#!/bin/sh
set -eu
if [ "$#" -gt 0 ] && [ "$1" != rabbitmq-server ]; then exec "$@"; fi
src="\${RABBITMQ_CONFIG_FILE:-/etc/rabbitmq/rabbitmq.conf}"
pattern='^(${RABBITMQ_4_ONLY_SETTINGS.join("|")}) *='
grep -E "$pattern" "$src" | sed 's/^/stand-in entrypoint: RabbitMQ 3.10 does not know this 4.x setting, dropped: /' || true
grep -vE "$pattern" "$src" > /tmp/rabbitmq.conf
export RABBITMQ_CONFIG_FILE=/tmp/rabbitmq.conf
# 3.10 writes its upgrade log under RABBITMQ_LOG_BASE even with log.file = false: a writable folder.
mkdir -p /tmp/rabbitmq-log
export RABBITMQ_LOG_BASE=/tmp/rabbitmq-log ERL_CRASH_DUMP=/tmp/rabbitmq-log/erl_crash.dump
exec rabbitmq-server
`;

/** RabbitMQ 3.10.8 from Debian 12 on Erlang 25, uid/gid 100/101 like the alpine image's rabbitmq user. */
export function rabbitmqStandIn(): StandInSpec {
  const layer: LayerSpec = {
    debs: [BUSYBOX_DEB, deb("rabbitmq-server", RABBITMQ_DEB_VERSION), ...ERLANG_DEBS, ...OPENSSL_DEBS, ...ERLANG_LIBS],
    symlinks: applets(BROKER_APPLETS),
    dirs: { "/tmp": 0o1777, "/etc": 0o755, "/etc/rabbitmq": 0o755, "/var/lib/rabbitmq": 0o755, "/var/log/rabbitmq": 0o777 },
    files: [
      {
        path: "/etc/passwd",
        content: "root:x:0:0:root:/root:/bin/sh\nrabbitmq:x:100:101:RabbitMQ:/var/lib/rabbitmq:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n",
      },
      { path: "/etc/group", content: "root:x:0:\nrabbitmq:x:101:\nnogroup:x:65534:\n" },
      { path: "/usr/local/bin/docker-entrypoint.sh", content: RABBITMQ_ENTRYPOINT, mode: 0o755 },
    ],
  };
  return {
    key: "rabbitmq",
    version: RABBITMQ_STAND_IN_VERSION,
    extraInputs: [`deb:erlang=${ERLANG_VERSION}`],
    note:
      `Debian 12 ships RabbitMQ ${RABBITMQ_STAND_IN_VERSION} (Erlang 25); the catalogue pins ${IMAGE_CATALOGUE.rabbitmq.tag} (a 4.x release on a newer Erlang). ` +
      "The pattern's AMQPS listener, ssl_options, definitions import and classic_config peer discovery are 3.10 settings too; " +
      `its ${RABBITMQ_4_ONLY_SETTINGS.join(", ")} (4.x only; classic at the test stage, 3.10's only default) is dropped by the stand-in's entrypoint, a shell script, not the official docker-entrypoint.sh; ` +
      "3.10 writes an upgrade log file even with log.file = false: the entrypoint points RABBITMQ_LOG_BASE at /tmp (the root filesystem is read-only); " +
      "no management plugin (the pattern enables none)",
    image: {
      name: `${LOCAL_REGISTRY}/rabbitmq`,
      tag: RABBITMQ_STAND_IN_VERSION,
      layers: [layer],
      config: {
        user: "100:101",
        env: [`PATH=${RABBITMQ_SBIN}:/usr/lib/erlang/bin:/usr/local/bin:/usr/bin:/bin`, "RABBITMQ_LOGS=-", "LANG=C.UTF-8"],
        entrypoint: ["/usr/local/bin/docker-entrypoint.sh"],
        cmd: ["rabbitmq-server"],
      },
    },
  };
}

/** The event-bus reference instance's example client image (a placeholder: no such image is published). */
export const HELLO_EVENTS_UPSTREAM = "registry.example.de/stackwerk/hello-events:1.0.0";

/** amqp-tools and the libraries its commands load (Debian 12). */
export const AMQP_TOOLS_DEBS: readonly DebianPackage[] = [
  deb("amqp-tools", "0.11.0-1+deb12u3"),
  deb("librabbitmq4", "0.11.0-1+deb12u3"),
  deb("libpopt0", "1.19+dfsg-1"),
  deb("libssl3", "3.0.22-1~deb12u2"),
  ...LIBC,
];

/** Entrypoint of the client stand-in: says what it is, then idles (the checks exec the AMQP commands). */
export const HELLO_EVENTS_ENTRYPOINT = `#!/bin/sh
set -eu
echo "hello-events stand-in on $(hostname): amqp-publish/amqp-get (librabbitmq 0.11) for \${AMQP_USERNAME:-an ungranted workload}"
${runUntilStopped("sleep 2147483647")}`;

/**
 * busybox with amqp-publish/amqp-consume/amqp-get, kcat (a Kafka-flavoured bus) and OpenSSL's
 * `openssl s_client` (the broker probe of the ungranted-client check), uid 10001 like the pattern's Workload securityContext.
 */
export function helloEventsStandIn(): StandInSpec {
  return {
    upstream: HELLO_EVENTS_UPSTREAM,
    version: "stand-in",
    note: "the reference instance names a placeholder client image; the stand-in carries Debian's amqp-tools (AMQP 0-9-1 over TLS with a client certificate) openssl (TCP/TLS probe) and kcat (Kafka SASL_SSL, librdkafka 2.0) for the runtime checks",
    image: {
      name: `${LOCAL_REGISTRY}/hello-events`,
      tag: "1.0.0",
      layers: [
        {
          debs: [BUSYBOX_DEB, ...AMQP_TOOLS_DEBS, OPENSSL_DEBS[1], ...KCAT_DEBS],
          symlinks: applets([
            "sh",
            "cat",
            "date",
            "echo",
            "env",
            "grep",
            "head",
            "hostname",
            "nc",
            "nslookup",
            "printf",
            "rm",
            "sed",
            "sleep",
            "timeout",
            "tr",
            "wc",
          ]),
          dirs: { "/tmp": 0o1777, "/etc": 0o755 },
          files: [
            { path: "/etc/passwd", content: "root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001:app:/tmp:/bin/sh\n" },
            { path: "/etc/group", content: "root:x:0:\napp:x:10001:\n" },
            { path: "/usr/local/bin/hello-events", content: HELLO_EVENTS_ENTRYPOINT, mode: 0o755 },
          ],
        },
      ],
      config: { user: "10001:10001", env: ["PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/tmp"], entrypoint: ["/usr/local/bin/hello-events"] },
    },
  };
}

/** The event-bus stand-ins by the upstream reference they replace (spread into standInsByUpstream()). */
export function eventBusStandIns(): Array<[string, () => Promise<StandInSpec>]> {
  return [
    [catalogueRef("rabbitmq"), async () => rabbitmqStandIn()],
    [HELLO_EVENTS_UPSTREAM, async () => helloEventsStandIn()],
    [catalogueRef("kafka"), kafkaStandIn],
  ];
}
