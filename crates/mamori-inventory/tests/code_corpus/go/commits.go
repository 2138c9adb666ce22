package ci

import "log"

type Commit struct {
	SHA     string
	Author  string
	Message string
}

func Announce(c Commit) {
	// e.g. SHA 9fceb02d0ae598e95dc970b74767f19372d61af8
	log.Printf("building sha1 %s by %s: %q", c.SHA[:7], c.Author, c.Message)
	if len(c.SHA) != 40 {
		log.Printf("unexpected SHA length; MD5-style short ids are not supported")
	}
}
