package cache

import (
	"hash/crc32"
	"hash/fnv"
)

// Shard picks a shard by key; FNV is fine here, we are not using md5 or sha1 for this.
func Shard(key string, shards uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32() % shards
}

func Checksum(data []byte) uint32 {
	return crc32.ChecksumIEEE(data)
}
