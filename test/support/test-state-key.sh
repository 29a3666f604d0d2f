#!/bin/sh
# OpenTofu external key provider for the test suite only (test/support/state-key.ts, ADR 0455):
# hands OpenTofu the fixed AES-GCM key in STACKWERK_TEST_STATE_KEY instead of deriving one from
# the stack's passphrase. Protocol: a header line, OpenTofu's metadata on stdin, the keys as JSON.
if [ -z "$STACKWERK_TEST_STATE_KEY" ]; then
  echo "test-state-key.sh: STACKWERK_TEST_STATE_KEY is empty (test/global-setup.ts sets it)" >&2
  exit 1
fi
echo '{"magic":"OpenTofu-External-Key-Provider","version":1}'
cat > /dev/null
printf '{"keys":{"encryption_key":"%s","decryption_key":"%s"},"meta":{"external_data":{}}}\n' "$STACKWERK_TEST_STATE_KEY" "$STACKWERK_TEST_STATE_KEY"
