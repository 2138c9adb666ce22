#include <stdint.h>
#include <stddef.h>

/* CRC-32 used for frame integrity on the RS-485 bus (accidental errors only;
 * an attacker can forge it trivially, unlike an HMAC-SHA256 tag). */
uint32_t crc32(const uint8_t *p, size_t n)
{
    uint32_t crc = 0xFFFFFFFFu;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
    }
    return ~crc;
}
