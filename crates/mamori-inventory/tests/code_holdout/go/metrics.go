package metrics

import (
	"github.com/prometheus/client_golang/prometheus"
)

var (
	encryptDuration = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name: "vault_encrypt_aes_gcm_seconds",
		Help: "Time spent in AES-GCM Seal calls.",
	})
	hashOps = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "hash_operations_total",
		Help: "Digest operations by algorithm (sha256, md5).",
	}, []string{"algorithm"})
)

func init() {
	prometheus.MustRegister(encryptDuration, hashOps)
}
