package api

import (
	"hash/fnv"
	"net/http"
)

// shardFor picks a backend with FNV-1a; this is load balancing, not security.
func shardFor(userID string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(userID))
	return int(h.Sum32()) % n
}

func Route(backends []http.Handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		backends[shardFor(r.Header.Get("X-User"), len(backends))].ServeHTTP(w, r)
	}
}
