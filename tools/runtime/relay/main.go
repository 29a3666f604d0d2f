// Command relay joins the host side of an embedded cluster to its node network namespace
// without touching the host's network: unix sockets are file-system objects, so a socket
// created by a process in one network namespace is reachable from every other one.
//
//	relay -forward tcp:127.0.0.1:6443=unix:/state/api.sock   (listen, then dial the target)
//	relay -connect unix:/state/egress.sock                       (HTTP CONNECT proxy: dials host:port from this namespace)
//	relay pause                                                  (a pod sandbox's process: waits for SIGTERM/SIGINT, reaps children)
//
// Both flags repeat. The host side forwards a unix socket to the API server's loopback port;
// inside the node namespace the relay listens on the API server's address and forwards to that
// socket, and serves the API server's egress (kubelet logs/exec, webhooks, proxy) as an
// HTTP CONNECT proxy on another socket (kube-apiserver --egress-selector-config-file).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

// split turns "tcp:127.0.0.1:1" or "unix:/a/b" into network and address.
func split(s string) (string, string) {
	i := strings.Index(s, ":")
	if i < 0 {
		log.Fatalf("relay: %q is not tcp:<addr> or unix:<path>", s)
	}
	return s[:i], s[i+1:]
}

func listen(spec string) net.Listener {
	network, addr := split(spec)
	if network == "unix" {
		_ = os.Remove(addr)
	}
	l, err := net.Listen(network, addr)
	if err != nil {
		log.Fatalf("relay: listen %s: %v", spec, err)
	}
	if network == "unix" {
		_ = os.Chmod(addr, 0o600)
	}
	return l
}

func pipe(a, b net.Conn) {
	done := make(chan struct{}, 2)
	cp := func(dst, src net.Conn) {
		_, _ = io.Copy(dst, src)
		if c, ok := dst.(interface{ CloseWrite() error }); ok {
			_ = c.CloseWrite()
		}
		done <- struct{}{}
	}
	go cp(a, b)
	go cp(b, a)
	<-done
	<-done
	_ = a.Close()
	_ = b.Close()
}

func forward(spec string) {
	parts := strings.SplitN(spec, "=", 2)
	if len(parts) != 2 {
		log.Fatalf("relay: -forward %q is not <listen>=<target>", spec)
	}
	l := listen(parts[0])
	network, addr := split(parts[1])
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				log.Fatalf("relay: accept %s: %v", parts[0], err)
			}
			go func() {
				t, err := net.DialTimeout(network, addr, 10*time.Second)
				if err != nil {
					log.Printf("relay: dial %s: %v", parts[1], err)
					_ = c.Close()
					return
				}
				pipe(c, t)
			}()
		}
	}()
}

func connectProxy(spec string) {
	l := listen(spec)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				log.Fatalf("relay: accept %s: %v", spec, err)
			}
			go serveConnect(c)
		}
	}()
}

func serveConnect(c net.Conn) {
	br := bufio.NewReader(c)
	req, err := http.ReadRequest(br)
	if err != nil || req.Method != http.MethodConnect {
		_, _ = fmt.Fprint(c, "HTTP/1.1 405 Method Not Allowed\r\n\r\n")
		_ = c.Close()
		return
	}
	t, err := net.DialTimeout("tcp", req.Host, 10*time.Second)
	if err != nil {
		_, _ = fmt.Fprintf(c, "HTTP/1.1 503 Service Unavailable\r\nContent-Length: %d\r\n\r\n%s", len(err.Error()), err.Error())
		_ = c.Close()
		return
	}
	_, _ = fmt.Fprint(c, "HTTP/1.1 200 Connection established\r\n\r\n")
	if n := br.Buffered(); n > 0 {
		b, _ := br.Peek(n)
		_, _ = t.Write(b)
	}
	pipe(c, t)
}

// pause is the pod sandbox process (the `pause` image runs this binary): it holds the pod's
// namespaces, reaps orphans when it is PID 1 of a shared PID namespace, and exits on a signal.
func pause() {
	sig := make(chan os.Signal, 4)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT, syscall.SIGCHLD)
	for s := range sig {
		if s != syscall.SIGCHLD {
			return
		}
		for {
			var ws syscall.WaitStatus
			if pid, err := syscall.Wait4(-1, &ws, syscall.WNOHANG, nil); pid <= 0 || err != nil {
				break
			}
		}
	}
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "pause" {
		pause()
		return
	}
	var forwards, connects multi
	flag.Var(&forwards, "forward", "listen=target (tcp:<addr> or unix:<path>), repeatable")
	flag.Var(&connects, "connect", "unix:<path> or tcp:<addr> to serve an HTTP CONNECT proxy on, repeatable")
	flag.Parse()
	for _, f := range forwards {
		forward(f)
	}
	for _, c := range connects {
		connectProxy(c)
	}
	log.Printf("relay: ready (%d forwards, %d connect proxies)", len(forwards), len(connects))
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	<-sig
}
