#include <stdio.h>
#include <string.h>

struct transport_config {
    char cipher[32];
    int allow_md5;
};

/* Reads "cipher = aes-256-gcm" style lines; the TLS layer applies them later. */
int parse_line(struct transport_config *cfg, const char *line)
{
    char value[32];

    if (sscanf(line, "cipher = %31s", value) == 1) {
        strncpy(cfg->cipher, value, sizeof cfg->cipher - 1);
        return 1;
    }
    if (strcmp(line, "hash = md5") == 0) {
        fprintf(stderr, "md5 is not allowed, ignoring\n");
        cfg->allow_md5 = 0;
    }
    return 0;
}
