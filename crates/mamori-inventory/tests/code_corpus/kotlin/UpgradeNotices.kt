package com.acme.admin

import org.slf4j.LoggerFactory

private val log = LoggerFactory.getLogger("upgrade")

/* Signature.getInstance("SHA1withRSA") used to live here. */
fun warnAboutLegacySigner(signerName: String) {
    log.warn("SHA1withRSA is deprecated; upgrade signer {}", signerName)
    log.warn("AES/ECB is not permitted by policy ${"SEC-7"}")
}
