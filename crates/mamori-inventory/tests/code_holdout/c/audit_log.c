#include <stdio.h>
#include <time.h>

struct tls_session_info {
    const char *cipher;    /* negotiated suite name as reported by the peer */
    const char *protocol;  /* e.g. "TLSv1.3" */
    int key_bits;
};

/* Writes one line per handshake; the names come from the peer, we only log them. */
void audit_handshake(FILE *log, const struct tls_session_info *s)
{
    time_t now = time(NULL);
    fprintf(log, "%ld proto=%s cipher=%s bits=%d\n",
            (long)now, s->protocol, s->cipher, s->key_bits);
    if (s->key_bits < 128)
        fprintf(log, "%ld WARNING weak cipher (e.g. RC4/DES) negotiated\n", (long)now);
}
