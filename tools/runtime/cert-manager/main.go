// Command cert-manager-controller runs cert-manager's own controllers (from the released module
// github.com/cert-manager/cert-manager, whose pkg/controller packages they are) as a host
// process against the runtime node's API server, for `conformance --runtime` (issue 27, ADR 0420).
//
// cert-manager's own main (the nested module cmd/controller) is not served by the Go module
// proxy, so this file is a minimal main of Stackwerk's: it builds cert-manager's controller
// context, starts the controllers that issue Certificates from a CA ClusterIssuer (certificates-*,
// certificaterequests-approver, certificaterequests-issuer-ca, clusterissuers, issuers and, with
// --enable-gateway-api, gateway-shim for Gateway HTTPS listeners) and their informers, and stops on
// SIGTERM. No webhook, no ACME, no leader election (one node, one run).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"sort"
	"strings"
	"sync"
	"syscall"

	controllerpkg "github.com/cert-manager/cert-manager/pkg/controller"
	_ "github.com/cert-manager/cert-manager/pkg/controller/certificate-shim/gateways"
	_ "github.com/cert-manager/cert-manager/pkg/controller/certificaterequests/approver"
	_ "github.com/cert-manager/cert-manager/pkg/controller/certificaterequests/ca"
	_ "github.com/cert-manager/cert-manager/pkg/controller/certificates/issuing"
	_ "github.com/cert-manager/cert-manager/pkg/controller/certificates/keymanager"
	_ "github.com/cert-manager/cert-manager/pkg/controller/certificates/readiness"
	_ "github.com/cert-manager/cert-manager/pkg/controller/certificates/requestmanager"
	_ "github.com/cert-manager/cert-manager/pkg/controller/certificates/revisionmanager"
	_ "github.com/cert-manager/cert-manager/pkg/controller/certificates/trigger"
	_ "github.com/cert-manager/cert-manager/pkg/controller/clusterissuers"
	_ "github.com/cert-manager/cert-manager/pkg/controller/issuers"
	_ "github.com/cert-manager/cert-manager/pkg/issuer/ca"
)

func main() {
	kubeconfig := flag.String("kubeconfig", "", "kubeconfig of the API server")
	clusterResourceNamespace := flag.String("cluster-resource-namespace", "cert-manager", "namespace of the ClusterIssuers' Secrets")
	workers := flag.Int("workers", 2, "workers per controller")
	gatewayAPI := flag.Bool("enable-gateway-api", false, "run gateway-shim (needs the Gateway API CRDs)")
	flag.Parse()

	ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer cancel()

	opts := controllerpkg.ContextOptions{
		Kubeconfig:         *kubeconfig,
		KubernetesAPIQPS:   50,
		KubernetesAPIBurst: 100,
	}
	opts.ClusterResourceNamespace = *clusterResourceNamespace
	opts.EnableGatewayAPI = *gatewayAPI
	factory, err := controllerpkg.NewContextFactory(ctx, opts)
	if err != nil {
		fail("building the controller context: %v", err)
	}
	names := make([]string, 0, len(controllerpkg.Known()))
	for name := range controllerpkg.Known() {
		if name == "gateway-shim" && !*gatewayAPI {
			continue
		}
		names = append(names, name)
	}
	sort.Strings(names)
	var loops []controllerpkg.Interface
	for _, name := range names {
		loop, err := controllerpkg.Known()[name](factory)
		if err != nil {
			fail("constructing controller %s: %v", name, err)
		}
		loops = append(loops, loop)
	}
	shared, err := factory.Build()
	if err != nil {
		fail("building the informers' context: %v", err)
	}
	shared.KubeSharedInformerFactory.Start(ctx.Done())
	shared.SharedInformerFactory.Start(ctx.Done())
	if *gatewayAPI {
		shared.GWShared.Start(ctx.Done())
	}
	fmt.Fprintf(os.Stderr, "cert-manager controllers running: %s\n", strings.Join(names, ", "))
	var wg sync.WaitGroup
	for i, loop := range loops {
		wg.Add(1)
		go func(name string, loop controllerpkg.Interface) {
			defer wg.Done()
			if err := loop.Run(*workers, ctx); err != nil {
				fmt.Fprintf(os.Stderr, "controller %s: %v\n", name, err)
				cancel()
			}
		}(names[i], loop)
	}
	<-ctx.Done()
	wg.Wait()
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "cert-manager-controller: "+format+"\n", args...)
	os.Exit(1)
}
