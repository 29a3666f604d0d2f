// The node network relay (standard library only): see main.go.
module stackwerk.local/tools/runtime/relay

go 1.24.0
