package main

import (
	"crypto/tls"
	"log"
	"net/http"
)

func main() {
	cfg := &tls.Config{
		MinVersion:       tls.VersionTLS12,
		CurvePreferences: []tls.CurveID{tls.X25519MLKEM768, tls.X25519, tls.CurveP256},
	}
	srv := &http.Server{Addr: ":8443", TLSConfig: cfg}
	log.Printf("listening on %s", srv.Addr)
	log.Fatal(srv.ListenAndServeTLS("/etc/app/tls.crt", "/etc/app/tls.key"))
}
